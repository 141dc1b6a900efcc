import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { type AnyRule, type MessageData } from '../engine/rule.js';
import type { SharedSettings } from '../engine/rule.js';
export interface ValidCase {
    /** Shown as the test name; defaults to the first line of the code. */
    readonly name?: string;
    /** The manifest text (one file; may hold several documents). */
    readonly code: string;
    readonly options?: unknown;
    /** Target Kubernetes version, e.g. `1.24`; defaults to the newest. */
    readonly target?: string;
    /** Shared settings (`ctx.settings`) for this case, e.g. `{ defaultNamespace: 'payments' }`. */
    readonly settings?: SharedSettings;
}
export interface ExpectedFinding {
    readonly messageId: string;
    /** Placeholder values; required when the message has placeholders, so the full text is asserted. */
    readonly data?: MessageData;
    readonly line: number;
    readonly column: number;
    readonly endLine?: number;
    readonly endColumn?: number;
    readonly severity?: Severity;
}
export interface InvalidCase extends ValidCase {
    readonly errors: readonly ExpectedFinding[];
}
export interface RuleCases {
    readonly valid: readonly (ValidCase | string)[];
    readonly invalid: readonly InvalidCase[];
}
/** Lints one case with only `rule` enabled. Exported for fixture-style tests. */
export declare function runRule(rule: AnyRule, c: ValidCase): Diagnostic[];
/** Declares one vitest test per case. */
export declare function testRule(rule: AnyRule, cases: RuleCases): void;
