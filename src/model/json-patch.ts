/**
 * What a list of JSON patch operations (RFC 6902, as kustomize's `patchesJson6902` and targeted `patches`
 * apply them) sets on the object it patches, as a partial object of the target's kind: the values of its
 * `add` and `replace` operations, each at its JSON pointer (RFC 6901). It is checked like a strategic-merge
 * patch, for the values it states (RuleMeta.checksPatches), and every finding points into the operation that
 * set the value.
 */
import type { Path, PathSegment } from '../load/positions.js';
import { setOwn } from '../load/own.js';
import { isArrayIndex as isIndex, pointerSegments } from './json-patch-apply.js';
import type { PatchTarget } from '../load/source.js';
import { KIND_GROUPS, type KnownKind } from './kinds.js';
import { isPlainObject, own, Resource, type PlainObject } from './resource.js';

/**
 * The target's apiVersion: its group and version as given; a known kind without a group gets its own
 * (`Deployment` is `apps`), and a missing version is `v1`.
 */
function apiVersionOf(target: PatchTarget): string {
  const group = target.group ?? (Object.hasOwn(KIND_GROUPS, target.kind) ? (KIND_GROUPS[target.kind as KnownKind][0] ?? '') : '');
  const version = target.version ?? 'v1';
  return group === '' ? version : `${group}/${version}`;
}

/** Deepest pointers first: a value set at `/a/b` is found there before `/a`. */
interface Origin {
  readonly at: Path;
  readonly operation: number;
}

/**
 * The partial object a document of JSON patch operations sets on `target`, and for each synthetic path the
 * path in the document of the operation value that set it; undefined when the document is not such a
 * list or sets nothing. Operations other than `add` and `replace` (remove, move, copy, test) state no value.
 */
export function jsonPatchObject(operations: unknown, target: PatchTarget): Resource | undefined {
  if (!Array.isArray(operations)) return undefined;
  const root: PlainObject = { apiVersion: apiVersionOf(target), kind: target.kind, metadata: target.name === undefined ? {} : { name: target.name } };
  const origins: Origin[] = [];
  operations.forEach((operation: unknown, index) => {
    if (!isPlainObject(operation)) return;
    const op = own(operation, 'op');
    const pointer = own(operation, 'path');
    if ((op !== 'add' && op !== 'replace') || typeof pointer !== 'string' || !Object.hasOwn(operation, 'value')) return;
    const segments = pointerSegments(pointer);
    if (!segments || segments.length === 0 || segments.length > 64) return;
    const at: PathSegment[] = [];
    let node: PlainObject | unknown[] = root;
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      const nextIsIndex = !last && isIndex(segments[i + 1] ?? '');
      // The value is copied: paths below it may be set by later operations.
      const fresh = () => (last ? structuredClone(own(operation, 'value')) : nextIsIndex ? [] : {});
      if (Array.isArray(node)) {
        if (!isIndex(segment)) return;
        // Positions of the object patched are unknown: an element goes at the end of what the patch sets.
        const child: unknown = fresh();
        node.push(child);
        at.push(node.length - 1);
        if (last) break;
        node = child as PlainObject | unknown[];
        continue;
      }
      const existing = own(node, segment);
      if (last || existing === undefined || typeof existing !== 'object' || existing === null) {
        const child: unknown = last ? fresh() : existing !== undefined && typeof existing === 'object' && existing !== null ? existing : fresh();
        setOwn(node, segment, child);
        at.push(segment);
        if (last) break;
        node = child as PlainObject | unknown[];
        continue;
      }
      at.push(segment);
      node = existing as PlainObject | unknown[];
    }
    origins.push({ at, operation: index });
  });
  if (origins.length === 0) return undefined;
  origins.sort((a, b) => b.at.length - a.at.length);
  const inDocument = (path: Path): Path => {
    const origin = origins.find((o) => o.at.length <= path.length && o.at.every((segment, i) => path[i] === segment));
    return origin ? [origin.operation, 'value', ...path.slice(origin.at.length)] : [origins[origins.length - 1]?.operation ?? 0];
  };
  return new Resource(root, [], { inDocument });
}
