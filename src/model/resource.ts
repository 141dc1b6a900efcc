import { apiGroupOf } from '../k8s/api-versions.js';
import { dict, own, type Dict } from '../load/own.js';
import type { Path, PathSegment } from '../load/positions.js';

export { dict, own, type Dict };

/** The identity of a Kubernetes object, as printed in diagnostics. */
export interface ResourceRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name?: string;
}

/** A value from a manifest together with the path that finds it again in the YAML. */
export interface Located<T> {
  readonly value: T;
  readonly path: Path;
}

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The string entries of a mapping (labels, annotations). Built with Object.fromEntries, which defines
 * properties, so a key named `__proto__` stays an entry (read them with `own`); plain JSON data, as facts
 * must be.
 */
export function stringMap(value: unknown): Readonly<Record<string, string>> {
  if (!isPlainObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * One Kubernetes object from a manifest. `value` is the object as plain data (typed by the visitor that
 * receives it); `path` locates the object in its document (`[]`, or `['items', 3]` inside a `List`).
 */
export class Resource<T = PlainObject> implements Located<T> {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /**
   * The kustomization file (as reports show paths) whose namespace transformer gave the object
   * its namespace (`value` is then the object as `kustomize build` writes it: see namespaceTransformed in
   * kustomization.ts); undefined when the namespace, if any, is the one the file states.
   */
  readonly namespaceSetBy: string | undefined;
  /** The kustomize build roots (directories as reports show paths) whose build holds the object; empty outside kustomize builds. */
  readonly buildRoots: readonly string[];
  /**
   * The `namePrefix`/`nameSuffix` kustomize adds to the object's name, as `prefix\u0000suffix` ('' when none):
   * two objects of one build with the same source name and other affixes are two objects.
   */
  readonly nameAffix: string;
  /**
   * For an object no document holds as it is (what JSON patch operations set: jsonPatchObject): where in the
   * document a path of the object was written. Undefined for an object written as it is.
   */
  readonly inDocument: ((path: Path) => Path) | undefined;
  /**
   * For a copy a build's JSON patches changed: true for a path inside a value a patch set or inserted, which
   * the patch states and the rules that check patches report where the patch writes it.
   */
  readonly setByPatch: ((path: Path) => boolean) | undefined;
  /**
   * True for a copy of an object that a `$patch: delete` patch of its build removes: it is no object of that
   * build, but what it states is still checked (RuleMeta.checksPatches), as a wrapping kustomization can
   * delete what the build applied on its own keeps.
   */
  readonly removed: boolean;

  constructor(
    readonly value: T,
    readonly path: Path,
    build?: { readonly namespaceFrom?: string | undefined; readonly roots?: readonly string[]; readonly nameAffix?: string; readonly inDocument?: (path: Path) => Path; readonly setByPatch?: (path: Path) => boolean; readonly removed?: boolean },
  ) {
    const raw = value as unknown as PlainObject;
    const metadata = isPlainObject(raw.metadata) ? raw.metadata : {};
    this.apiVersion = String(raw.apiVersion);
    this.kind = String(raw.kind);
    this.name = stringOrUndefined(metadata.name) ?? stringOrUndefined(metadata.generateName);
    this.namespace = stringOrUndefined(metadata.namespace);
    this.labels = stringMap(metadata.labels);
    this.annotations = stringMap(metadata.annotations);
    this.namespaceSetBy = build?.namespaceFrom;
    this.buildRoots = build?.roots ?? [];
    this.nameAffix = build?.nameAffix ?? '';
    this.inDocument = build?.inDocument;
    this.setByPatch = build?.setByPatch;
    this.removed = build?.removed === true;
  }

  /** API group: `apps` for `apps/v1`, the empty string for the core group `v1`. */
  get group(): string {
    return apiGroupOf(this.apiVersion);
  }

  private sharedRef: ResourceRef | undefined;

  /** Who the object is; one shared object per Resource, as every location of the object carries it. */
  get ref(): ResourceRef {
    return (this.sharedRef ??= {
      apiVersion: this.apiVersion,
      kind: this.kind,
      ...(this.namespace !== undefined && { namespace: this.namespace }),
      ...(this.name !== undefined && { name: this.name }),
    });
  }

  /** The path of a field below this object, e.g. `pathTo('metadata', 'labels')`. */
  pathTo(...segments: PathSegment[]): Path {
    return [...this.path, ...segments];
  }
}

function isKubernetesObject(value: unknown): value is PlainObject & { apiVersion: string; kind: string } {
  return isPlainObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string' && value.kind !== '';
}

function nonEmptyString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The Kubernetes objects in one document's plain value: the object itself, or the items of a list.
 * kubectl reads any object with a kind and an `items` array as a list, whatever the kind, and applies the
 * items only (k8s.io/apimachinery unstructured helpers.go `decode` and `decodeToList`): an item with neither
 * kind nor apiVersion takes the list's kind less a `List` suffix and the list's apiVersion (so a `PodList`
 * of bare pod specs, or an `items` array under `kind: ConfigMap`, is pods). An item that holds an `items`
 * array is a list again, to any depth: kubectl's FlattenListVisitor (k8s.io/cli-runtime pkg/resource
 * visitor.go) expands every item `meta.IsListType` calls a list (Unstructured.IsList: an `items` array,
 * whatever the kind), and the items of such an inner list take nothing from it (Unstructured.ToList), so
 * they need their own kind and apiVersion. Documents that are not Kubernetes objects (null, scalars,
 * arrays, maps without apiVersion/kind, such as a values.yaml or package.json) yield nothing.
 */
export function resourcesIn(value: unknown): Resource[] {
  // An empty apiVersion is none: kubectl refuses it ("apiVersion not set"), as it refuses an item's.
  if (!(isPlainObject(value) && nonEmptyString(value.kind) !== '' && Array.isArray(value.items))) return isKubernetesObject(value) && value.apiVersion.trim() !== '' ? [new Resource(value, [])] : [];
  const itemKind = nonEmptyString(value.kind).replace(/List$/, '');
  const listApiVersion = nonEmptyString(value.apiVersion);
  const out: Resource[] = [];
  // Depth first with a stack of pending items (in document order), never recursion: a list nests as deep
  // as the parser allows. Each entry keeps its parent's path and its index, so a path is built only for an
  // object, once.
  type Pending = { readonly item: unknown; readonly parent: Path; readonly index: number; readonly top: boolean };
  const pending: Pending[] = [];
  const push = (items: readonly unknown[], parent: Path, top: boolean) => {
    for (let i = items.length - 1; i >= 0; i--) pending.push({ item: items[i], parent, index: i, top });
  };
  push(value.items as unknown[], [], true);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { item, parent, index, top } = next;
    const path: Path = [...parent, 'items', index];
    if (isPlainObject(item) && Array.isArray(item.items)) {
      push(item.items as unknown[], path, false);
      continue;
    }
    const typed: unknown = top && isPlainObject(item) && nonEmptyString(item.kind) === '' && nonEmptyString(item.apiVersion) === '' ? { ...item, apiVersion: listApiVersion, kind: itemKind } : item;
    if (isKubernetesObject(typed) && typed.apiVersion !== '') out.push(new Resource(typed, path));
  }
  return out;
}
