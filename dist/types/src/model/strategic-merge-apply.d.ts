import type { PatchEffect } from './json-patch-apply.js';
import { type PlainObject } from './resource.js';
/**
 * `value` with the strategic-merge patch `patch` applied to a deep copy (see the file's comment), the paths
 * it set, inserted and reordered added to `effects`; undefined when the patch is not a map, removes the whole
 * object (`$patch: delete`: the build drops it), or is left unapplied.
 */
export declare function applyStrategicMerge(value: PlainObject, patch: unknown, effects?: PatchEffect[]): PlainObject | undefined;
