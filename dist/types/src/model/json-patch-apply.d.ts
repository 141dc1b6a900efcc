/**
 * JSON patch operations (RFC 6902) applied to a copy of an object, as kustomize applies a targeted
 * `patches:` entry or a `patchesJson6902` one to each object its target selects (kubernetes-sigs/kustomize
 * 12f9e6391464b3ad9dd3fe8182049dc1b1772990 api/filters/patchjson6902, on evanphx/json-patch), and the
 * target selectors as kustomize matches them (api/types/selector.go `SelectorRegex`, api/resmap/reswrangler.go
 * `Select`: the name and namespace match the object's original or current ones).
 */
import type { Path } from '../load/positions.js';
import type { KustomizeJsonPatch } from '../load/source.js';
import { type PlainObject } from './resource.js';
/**
 * The unescaped segments of a JSON pointer as evanphx/json-patch v5 reads one (patch.go `findObject`, at
 * 009bc564fa613d3e711dcc8a0984c6e639729a54, the library kustomize's patchjson6902 filter applies patches
 * with): split on `/`, what is before the first `/` dropped, so `x/spec` is `/spec`; undefined for a text
 * with no `/` at all (other than "", the whole document), which kustomize fails on.
 */
export declare function pointerSegments(pointer: unknown): string[] | undefined;
/** Whether a segment is a list index as evanphx/json-patch reads one (Go's strconv.Atoi: a sign, leading zeros) or `-`, the end. */
export declare function isArrayIndex(segment: string): boolean;
/**
 * What an operation did to the object's paths, for locating what the patched object holds in the file
 * (patchedPathInFile): a value set at a path (its nodes are no longer the file's), an element inserted into
 * or removed from a list (the later ones move by one).
 */
export type PatchEffect = ({
    readonly set: Path;
} | {
    readonly inserted: Path;
    readonly index: number;
} | {
    readonly removed: Path;
    readonly index: number;
}
/** A list a strategic-merge patch merged: the index each element had before, or undefined for one the patch added. */
 | {
    readonly reordered: Path;
    readonly from: readonly (number | undefined)[];
}) & {
    /** Made by a patch read from a file of the input, where what it sets is checked. */
    readonly fromFile?: true;
};
/**
 * The path in the file of what a patched object holds at `path`, undoing `effects` (in the order they
 * were made) last to first: below a value a patch set, the path where it was set (a node of the file when
 * it replaced one; else the locator finds its nearest container); past an inserted or removed list
 * element, the index it had before.
 */
export declare function patchedPathInFile(path: Path, effects: readonly PatchEffect[]): Path;
/** True when what a patched object holds at `path` is (inside) a value a patch read from a file set or inserted. */
export declare function isSetByPatch(path: Path, effects: readonly PatchEffect[]): boolean;
/**
 * How many nodes (values of maps and lists, and scalars) the patches of one object may add, by `add`,
 * `replace`, `copy` and `move`, before they are left unapplied: repeated copies of a map into itself double
 * it each time (forty operations made more than 2^40 nodes, and the run died out of memory). kustomize's
 * library has no such limit (`AccumulatedCopySizeLimit` 0), so such a build does not finish either; the
 * object is judged as written.
 */
export declare const MAX_ADDED_NODES = 100000;
/** What the patches of one object may still add (MAX_ADDED_NODES), shared by every patch applied to it. */
export interface PatchBudget {
    nodes: number;
}
/**
 * `value` with `operations` applied, in order, to a deep copy; undefined when the list is not one of
 * operations or an operation fails (a missing path, a failing `test`, an unknown `op`): kustomize fails
 * the build then, and the object stays as written.
 */
export declare function applyJsonPatch(value: PlainObject, operations: unknown, effects?: PatchEffect[], budget?: PatchBudget): PlainObject | undefined;
/**
 * `operations` applied, in order, to `root.value` itself (an `add` or `replace` of the whole document, "",
 * makes its value the object, when that is a map); false when one fails, leaving `root` part-patched.
 */
export declare function applyJsonPatchInPlace(root: {
    value: PlainObject;
}, operations: unknown, effects: PatchEffect[], budget: PatchBudget): boolean;
/**
 * A selector field as an anchored test (`^(?:pattern)$`, as kustomize anchors it); undefined when it is
 * unset (matches anything); `'never'` for a pattern not compiled: too long, not valid here, with a
 * quantified group holding a quantifier or an alternation, or with more than MAX_UNBOUNDED unbounded
 * quantifiers (catastrophic or polynomial backtracking in JavaScript, where Go's RE2 is linear). Such a patch is not applied: the object is judged as written.
 */
export declare function selectorPattern(pattern: unknown): ((value: string) => boolean) | undefined | 'never';
/**
 * Whether a label selector string (`k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`,
 * comma-separated; apimachinery labels.Parse) selects `labels`; undefined for one that does not parse
 * (kustomize fails the build).
 */
export declare function matchesSelectorString(selector: string, labels: Readonly<Record<string, string>>): boolean | undefined;
/** An object as a patch's selector sees it. */
export interface SelectedObject {
    readonly group: string;
    readonly version: string;
    readonly kind: string;
    /** Its name as written and as the build has named it when the patch runs. */
    readonly names: readonly string[];
    /** Its namespace as written (`default` when unset) and as the build has set it when the patch runs. */
    readonly namespaces: readonly string[];
    readonly labels: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, string>>;
}
/** Whether a patch's `target` selects `object`; false for a selector that cannot be evaluated (see selectorPattern). */
export declare function targetSelects(target: unknown, object: SelectedObject): boolean;
/** The names and namespace an object has when `patch` runs: `written` with the affixes and namespace of the kustomizations inside the one that lists it. */
export declare function whenPatched(patch: KustomizeJsonPatch, written: {
    readonly name: string | undefined;
    readonly namespace: string | undefined;
    readonly keepsName: boolean;
}): {
    names: string[];
    namespaces: string[];
};
