import type { Diagnostic, Severity } from '../../engine/diagnostic.js';
import type { RunEvidence } from '../../engine/evidence.js';
import { type Coverage } from '../../engine/pci-sections.js';
import type { AnyRule } from '../../engine/rule.js';
import type { RuleState } from '../../engine/settings.js';
import { type InputKind } from '../../k8s/input-kinds.js';
import { type Platform, type PlatformChoice, type PlatformName } from '../../k8s/platforms.js';
import { type K8sVersion } from '../../k8s/versions.js';
export declare const STATUSES: readonly ["fail", "not-assessed", "provider", "not-configured", "off", "pass", "evidence"];
export type Status = (typeof STATUSES)[number];
/** What each status means, for the legend of every rendering. */
export declare const STATUS_MEANING: Readonly<Record<Status, string>>;
export interface InputFile {
    readonly file: string;
    readonly sha256?: string;
    readonly bytes?: number;
    readonly problem?: string;
}
/** Everything the report states about the run besides its findings. The CLI gathers it. */
export interface CoverageContext {
    readonly date: string;
    readonly platform: PlatformChoice;
    readonly platformFrom: 'flag' | 'config' | 'default';
    readonly targetFrom: 'flag' | 'config' | 'input' | 'default';
    /** For a target taken from the input: which claim. */
    readonly targetDetail?: string;
    readonly pssLevel: 'baseline' | 'restricted';
    readonly configFile?: {
        readonly path: string;
        readonly sha256: string;
    };
    readonly gitCommit?: string;
    readonly inputs: readonly InputFile[];
    readonly evidence: RunEvidence;
    readonly ruleStates: readonly RuleState[];
    readonly baseline?: {
        readonly file: string;
        readonly hidden: number;
    };
    /** Warnings the run printed (a target that differs from the input's version, …). */
    readonly warnings: readonly string[];
}
export interface FindingRef {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    /** `Deployment shop/web`, when the finding is about an object. */
    readonly object?: string;
    readonly message: string;
}
export interface CheckReport {
    readonly ruleId: string;
    readonly summary: string;
    readonly status: Exclude<Status, 'evidence'>;
    readonly findings: number;
    /** Input kinds present that the rule checked. */
    readonly checked: readonly InputKind[];
    /** Input kinds the rule needs that were not in the input. */
    readonly missing: readonly InputKind[];
    /** Why: what to supply, the provider evidence, the configuration it needs, who turned it off. */
    readonly note?: string;
}
export interface ItemReport {
    readonly id: string;
    readonly section: string;
    readonly title: string;
    readonly coverage: Coverage;
    readonly status: Status;
    readonly requirements: readonly string[];
    readonly checks: readonly CheckReport[];
    readonly findings: readonly FindingRef[];
    /** Evidence to collect from outside the files (partial and evidence-only items). */
    readonly evidence?: string;
    /** What to supply, for checks that were not assessed. */
    readonly supply: readonly string[];
    /** What to ask the provider for, for checks the provider runs. */
    readonly providerEvidence?: string;
    /** Published provider defaults that bear on the item (facts, not a pass). */
    readonly providerDefaults: readonly {
        readonly text: string;
        readonly source: string;
    }[];
    /** Rules of the item that do not apply to the target version (not counted). */
    readonly notApplicable: readonly string[];
}
export interface SectionSummary {
    readonly id: string;
    readonly title: string;
    readonly counts: Readonly<Record<Status, number>>;
}
export interface RequirementReport {
    readonly id: string;
    readonly title: string;
    readonly status: Status;
    readonly items: readonly string[];
    readonly rules: readonly string[];
    readonly findings: number;
}
export interface WaiverEntry {
    readonly ruleId: string;
    readonly object?: string;
    readonly reason: string | null;
    /** Where the suppression is written. */
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly kind: 'comment' | 'annotation';
    /** The finding it hid. */
    readonly finding: {
        readonly file: string;
        readonly line: number;
        readonly column: number;
        readonly message: string;
    };
}
export interface CoverageReport {
    readonly reportVersion: 1;
    readonly tool: {
        readonly name: 'pci-lint';
        readonly version: string;
    };
    readonly standard: {
        readonly guidance: string;
        readonly pciDss: string;
    };
    readonly scope: {
        readonly date: string;
        readonly targetVersion: string;
        readonly targetFrom: CoverageContext['targetFrom'];
        readonly targetDetail: string | null;
        readonly platform: PlatformName | 'unknown';
        readonly platformTitle: string;
        readonly platformFrom: CoverageContext['platformFrom'] | 'detected';
        readonly pssLevel: 'baseline' | 'restricted';
        readonly configFile: {
            readonly path: string;
            readonly sha256: string;
        } | null;
        readonly gitCommit: string | null;
        readonly inputKinds: readonly InputKind[];
        readonly files: readonly InputFile[];
    };
    readonly totals: {
        readonly items: Readonly<Record<Status, number>>;
        readonly findings: Readonly<Record<Severity, number>>;
    };
    readonly sections: readonly SectionSummary[];
    readonly items: readonly ItemReport[];
    readonly requirements: readonly RequirementReport[];
    readonly evidenceToCollect: readonly {
        readonly item: string;
        readonly title: string;
        readonly kind: 'evidence' | 'provider' | 'supply';
        readonly text: string;
    }[];
    readonly waivers: {
        readonly entries: readonly WaiverEntry[];
        readonly baselineHidden: number;
        readonly baselineFile: string | null;
    };
    readonly unreadable: readonly {
        readonly ruleId: string;
        readonly file: string;
        readonly line: number;
        readonly column: number;
        readonly message: string;
    }[];
    readonly otherDiagnostics: readonly FindingRef[];
    readonly warnings: readonly string[];
}
/** The platform the report applies: as given, or (auto) self-managed when control-plane files are in the input. */
export declare function resolvePlatform(choice: PlatformChoice, kinds: readonly InputKind[]): {
    platform: Platform | undefined;
    detected: boolean;
};
/** Builds the report from a run: one pass over the diagnostics. */
export declare function buildCoverageReport(input: {
    readonly diagnostics: Iterable<Diagnostic>;
    readonly rules: readonly AnyRule[];
    readonly target: K8sVersion;
    readonly version: string;
    readonly context: CoverageContext;
}): CoverageReport;
