import type { Document } from 'yaml';
import { type LinePositions } from './yaml-package.js';
import type { Span } from './positions.js';
/** A warning on a place where go-yaml and `yaml` read a merge differently (parse.ts's ParseProblem). */
export interface MergeOrderNote {
    readonly span: Span;
    readonly code: 'MERGE_ORDER';
    readonly message: string;
}
/**
 * Rewrites every mapping of `doc` whose merge keys go-yaml applies otherwise than `yaml` (see above), and
 * returns a warning for each difference: on an explicit key a later merge replaces, and on a merge key whose
 * keys a later merge in the same mapping replaces.
 */
export declare function applyGoYamlMergeOrder(doc: Document.Parsed, lineCounter: LinePositions): MergeOrderNote[];
