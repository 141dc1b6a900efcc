import type { Diagnostic } from './diagnostic.js';
/**
 * A finding's identity that survives edits elsewhere in the file: rule, message id, file, object and
 * YAML path — never the line number. Baselines and SARIF `partialFingerprints` use it.
 */
export declare function fingerprintOf(d: Diagnostic): string;
/**
 * The fingerprint of the `n`th finding (from 1) with the same {@link fingerprintOf} in one file: the
 * first keeps it, each later one gets its own, so a report that wants one fingerprint per finding (GitLab
 * Code Quality) has it, stable while the findings keep their order.
 */
export declare function occurrenceFingerprint(base: string, n: number): string;
