/**
 * Exported cluster state (`kubectl get deploy,rs,pod -o yaml`) holds a Deployment, the ReplicaSet it
 * controls and that ReplicaSet's Pods: one pod template, three copies. A finding on a controlled copy is
 * its controller's fact when the controller, in the same document, has a finding of the same rule at the
 * same place of its pod template (or of the object): that copy is dropped, the controller's kept. A copy
 * that differs (a Pod edited after it was created, a reference forged to hide it) keeps every finding its
 * controller does not also have.
 */
import type { Diagnostic } from './diagnostic.js';
/** One object of a document's walk, with the diagnostics its visit added (`from` to `to`, exclusive). */
export interface WalkedObject {
    /** objectKey of the object itself. */
    readonly self: string;
    readonly uid: string | undefined;
    /** objectKey of its controller, when it names one. */
    readonly controller: {
        readonly key: string;
        readonly uid?: string;
    } | undefined;
    /** Formatted path of the object in the document (formatPath). */
    readonly objectPath: string;
    /** Its pod specs (workloads.podSpecsOf): formatted path in the document, and below the object. */
    readonly podSpecs: readonly {
        readonly path: string;
        readonly relative: string;
    }[];
    readonly from: number;
    readonly to: number;
}
/** For a rule and a copy's messageId, the controller's messageId when the API server's defaulting makes the difference. */
export type DefaultedMessages = (ruleId: string, messageId: string) => string | undefined;
/** The indexes of `diagnostics` that repeat a finding of their object's controller (see above). */
export declare function controlledCopies(objects: readonly WalkedObject[], diagnostics: readonly Diagnostic[], defaulted?: DefaultedMessages): Set<number>;
