import type { Severity } from '../engine/diagnostic.js';
import { type ChunkFormatter } from './types.js';
/** GitLab Code Quality's severities are info, minor, major, critical and blocker. */
export declare const GITLAB_SEVERITY: Readonly<Record<Severity, 'info' | 'major' | 'critical'>>;
/** One issue of a GitLab Code Quality report (a subset of the Code Climate issue format). */
export interface CodeQualityIssue {
    readonly type: 'issue';
    readonly check_name: string;
    readonly description: string;
    readonly categories: readonly string[];
    readonly severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
    readonly fingerprint: string;
    readonly location: {
        readonly path: string;
        readonly lines: {
            readonly begin: number;
            readonly end: number;
        };
    };
}
/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array with one issue per finding,
 * each with a fingerprint of its own that does not depend on line numbers.
 */
export declare const gitlabChunks: ChunkFormatter;
export declare const gitlab: import("./types.js").Formatter;
