/**
 * What a run saw, beyond its findings, for the coverage report: which kinds of input were there (so a rule
 * with nothing to look at is "not assessed", not "passed"), what the input says about the cluster's
 * Kubernetes version, and which findings suppressions hid (the waiver register). Plain data: it crosses
 * worker threads and the cache like the rest of a file's result.
 */
import { type InputKind } from '../k8s/input-kinds.js';
import type { ControlPlaneNode } from '../model/control-plane.js';
import type { Resource, ResourceRef } from '../model/resource.js';
import type { Diagnostic, Location } from './diagnostic.js';
/** A version the input states, and where. */
export interface VersionClaim {
    /** `1.29` */
    readonly version: string;
    /** As written: `v1.29.3`. */
    readonly text: string;
    readonly how: string;
    readonly at: Location;
}
/** One finding a suppression hid. */
export interface Waiver {
    readonly ruleId: string;
    readonly kind: 'comment' | 'annotation';
    readonly reason?: string;
    /** Where the suppression is written. */
    readonly at: Location;
    /** The finding it hid. */
    readonly finding: {
        readonly file: string;
        readonly line: number;
        readonly column: number;
        readonly message: string;
        readonly resource?: ResourceRef;
    };
    /** Rules whose findings of the same fact the hidden finding had replaced. */
    readonly alsoRules?: readonly string[];
    /** The hidden finding whole, for reports that list suppressed results (SARIF `suppressions`). */
    readonly diagnostic?: Diagnostic;
}
export interface FileEvidence {
    readonly kinds: readonly InputKind[];
    readonly versions: readonly VersionClaim[];
}
export interface RunEvidence extends FileEvidence {
    readonly waivers: readonly Waiver[];
}
export declare const NO_EVIDENCE: RunEvidence;
/** The input kinds one object is: by kind and group, and the control-plane components it configures. */
export declare function inputKindsOfResource(resource: Resource, components: readonly ControlPlaneNode[]): InputKind[];
/** Collects one file's evidence as its objects are walked. */
export declare class EvidenceCollector {
    private readonly kinds;
    private readonly versions;
    addKinds(kinds: readonly InputKind[]): void;
    addVersion(claim: {
        readonly version: {
            readonly major: number;
            readonly minor: number;
        };
        readonly text: string;
        readonly how: string;
    }, at: Location): void;
    result(): FileEvidence;
}
/** The evidence of a whole run from its files' evidence and the waivers its suppressions produced. */
export declare function mergeEvidence(files: readonly (FileEvidence | undefined)[], waivers: readonly Waiver[]): RunEvidence;
/** True for evidence read back from the cache in the shape this version writes. */
export declare function isRunEvidence(value: unknown): value is RunEvidence;
export declare function isFileEvidence(value: unknown): value is FileEvidence;
