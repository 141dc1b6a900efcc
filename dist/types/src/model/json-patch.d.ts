import type { PatchTarget } from '../load/source.js';
import { Resource } from './resource.js';
/**
 * The partial object a document of JSON patch operations sets on `target`, and for each synthetic path the
 * path in the document of the operation value that set it; undefined when the document is not such a
 * list or sets nothing. Operations other than `add` and `replace` (remove, move, copy, test) state no value.
 */
export declare function jsonPatchObject(operations: unknown, target: PatchTarget): Resource | undefined;
