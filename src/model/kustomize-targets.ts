/**
 * Whether kustomize would apply a document of a file a kustomization lists as a patch or as plugin
 * configuration, or refuse it. Such a file is not linted as objects (src/model/document.ts) only where
 * kustomize would use it that way; a plain object listed under `patches:` that patches nothing of its build
 * is what `kubectl apply -f` applies, and it is linted.
 *
 * Facts from kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990:
 * - a strategic-merge patch without `target` (api/internal/builtins/PatchTransformer.go
 *   `transformStrategicMerge`, PatchStrategicMergeTransformer.go `Transform`) must match exactly one object
 *   of the build by group, version, kind, name and namespace, its current or any earlier name
 *   (api/resmap/reswrangler.go `GetById`, `GetMatchingResourcesByAnyId`), else the build fails: "no resource
 *   matches strategic merge patch";
 * - a patch with `target` is applied to what the selector selects, and to nothing, without error, when it
 *   selects nothing; the selector's group, version, kind, name and namespace are anchored regular
 *   expressions (api/types/selector.go `SelectorRegex`);
 * - a `patchesJson6902` file must hold JSON patch operations (a list): an object is refused;
 * - a file under `transformers`, `generators` or `validators` whose kind is not a builtin plugin needs an
 *   external plugin ("external plugins disabled; unable to load external plugin 'Pod'" without
 *   --enable-alpha-plugins), unless it configures a KRM function (`config.kubernetes.io/function`).
 *
 * Matching here is looser than kustomize's wherever it cannot be exact (versions, namespaces, label
 * selectors, regular expressions other than plain names are taken to match): a document is linted as an
 * object only when kustomize certainly would not use it.
 */
import type { PatchTarget } from '../load/source.js';
import { isKnownKind } from './kinds.js';
import { isPlainObject as isRecord, own, type Resource } from './resource.js';

/** How a kustomization lists a file (kustomizationPatchListings in src/model/kustomization.ts). */
export type PatchListing =
  /** `patches` without `target`, or `patchesStrategicMerge`: strategic-merge patches matched by their own identity. */
  | { readonly path: string; readonly how: 'merge' }
  /** `patches` with `target`: a strategic-merge or JSON patch applied to what the selector selects. */
  | { readonly path: string; readonly how: 'targeted'; readonly target: unknown }
  /** `patchesJson6902`: JSON patch operations, applied to what the selector selects. */
  | { readonly path: string; readonly how: 'json6902'; readonly target: unknown }
  /** `transformers`, `generators`, `validators`: plugin configuration. */
  | { readonly path: string; readonly how: 'plugin'; readonly field: string };

/** An object of a build as patches find it: its API group and version, kind, and every name it has had. */
export interface BuiltObject {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly names: readonly string[];
}

/**
 * What a kustomization's build is made of, as far as the input shows it: its objects, and why it may hold
 * others that cannot be seen (a remote base, a Helm chart, a generator plugin, a file outside the input);
 * with such a reason no document is judged unused.
 */
export interface BuildContents {
  readonly objects: readonly BuiltObject[];
  readonly hidden?: string;
}

/**
 * A kustomization's build as the verdicts ask about it: first whether some resource file of it holds a text
 * at all (a name, a kind: a patch of an object of its build names it, so a yes is taken as a match without
 * reading the objects), then, only when none does, its objects.
 */
export interface Build {
  readonly mentions: (text: string) => boolean;
  readonly contents: () => BuildContents;
}

/** What kustomize does with one document of a listed file: uses it, may use it, or refuses or ignores it (why). */
export type ListingVerdict = { readonly used: true } | { readonly used: false; readonly why: string };

const USED: ListingVerdict = { used: true };


function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A selector field as kustomize matches it: undefined when it matches anything (unset); a test for a plain
 * name (letters, digits, `-`, `_`, `.` as any character); `'any'` for any other regular expression, which
 * is not evaluated here (Go's RE2 and JavaScript differ, and a pattern from the input must not cost
 * backtracking time) and is taken to match.
 */
function fieldTest(pattern: string): ((value: string) => boolean) | undefined | 'any' {
  if (pattern === '') return undefined;
  if (!/^[A-Za-z0-9_.-]+$/.test(pattern)) return 'any';
  const expression = new RegExp(`^(?:${pattern})$`);
  return (value) => expression.test(value);
}

/** Whether a `target` selector selects an object of the build (loosely: see the module comment). */
function selectsAny(target: unknown, objects: readonly BuiltObject[]): boolean {
  if (!isRecord(target)) return true;
  const tests: [(object: BuiltObject) => string[], ReturnType<typeof fieldTest>][] = [
    [(o) => [o.group], fieldTest(text(target['group']))],
    [(o) => [o.version], fieldTest(text(target['version']))],
    [(o) => [o.kind], fieldTest(text(target['kind']))],
    [(o) => [...o.names], fieldTest(text(target['name']))],
  ];
  return objects.some((object) => tests.every(([values, test]) => test === undefined || test === 'any' || values(object).some(test)));
}

/** A text an object the selector selects must hold: its plain name, else its plain kind; undefined when neither is given plainly. */
function targetHint(target: unknown): string | undefined {
  if (!isRecord(target)) return undefined;
  for (const field of ['name', 'kind']) {
    const value = text(own(target, field));
    if (value !== '' && /^[A-Za-z0-9_-]+$/.test(value)) return value;
  }
  return undefined;
}

/** The selector as the message shows it: its identity fields as written. */
function shownTarget(target: unknown): string {
  if (!isRecord(target)) return 'its target';
  const parts = ['group', 'version', 'kind', 'name'].flatMap((field) => {
    const value = text(own(target, field));
    return value === '' ? [] : [`${field}: ${JSON.stringify(value)}`];
  });
  return parts.length === 0 ? 'its target' : `the target {${parts.join(', ')}}`;
}

/** Annotations that make a file under transformers/generators/validators configure a KRM function. */
const FUNCTION_ANNOTATIONS = ['config.kubernetes.io/function', 'config.k8s.io/function'];

/**
 * What kustomize does with `resource`, an object of a document of a file listed by `listedBy` as `listing`,
 * given what that kustomization builds (`build`); undefined `build` when it cannot be known at all.
 */
export function listingVerdict(resource: Resource, listing: PatchListing, listedBy: string, build: Build | undefined): ListingVerdict {
  const what = `${resource.kind}${resource.name === undefined ? '' : ` "${resource.name}"`}`;
  switch (listing.how) {
    case 'json6902':
      return { used: false, why: `${listedBy} lists this file under patchesJson6902, which holds JSON patch operations, but it holds an object (${what}): kustomize refuses such a build` };
    case 'plugin': {
      const configuresFunction = FUNCTION_ANNOTATIONS.some((key) => own(resource.annotations, key) !== undefined);
      if (configuresFunction || !isKnownKind(resource.kind, resource.group)) return USED;
      return { used: false, why: `${listedBy} lists this file under ${listing.field}, but ${what} is no kustomize plugin configuration: kustomize refuses such a build` };
    }
    case 'targeted': {
      if (build === undefined) return USED;
      const hint = targetHint(listing.target);
      if (hint !== undefined && build.mentions(hint)) return USED;
      const contents = build.contents();
      if (contents.hidden !== undefined || selectsAny(listing.target, contents.objects)) return USED;
      return { used: false, why: `${listedBy} lists this file as a patch for ${shownTarget(listing.target)}, which selects no object of its build, so kustomize applies nothing from it` };
    }
    case 'merge': {
      if (resource.name === undefined || build === undefined || build.mentions(resource.name)) return USED;
      const name = resource.name;
      const contents = build.contents();
      if (contents.hidden !== undefined) return USED;
      const matched = contents.objects.some((object) => object.kind === resource.kind && object.group === resource.group && object.names.includes(name));
      if (matched) return USED;
      return { used: false, why: `${listedBy} lists this file as a patch, but its build has no ${what} to patch: kustomize refuses such a build ("no resource matches strategic merge patch")` };
    }
  }
}

/**
 * The object a listing's JSON patch operations are applied to, when its target names a kind plainly (not
 * a regular expression); undefined otherwise, or for a listing without a target.
 */
export function jsonPatchTarget(listing: PatchListing): PatchTarget | undefined {
  if (listing.how !== 'json6902' && listing.how !== 'targeted') return undefined;
  const target = listing.target;
  if (!isRecord(target)) return undefined;
  const plain = (field: string): string | undefined => {
    const value = text(own(target, field));
    return value !== '' && /^[A-Za-z0-9_.-]+$/.test(value) ? value : undefined;
  };
  const kind = plain('kind');
  if (kind === undefined) return undefined;
  const group = plain('group');
  const version = plain('version');
  const name = plain('name');
  return { kind, ...(group !== undefined && { group }), ...(version !== undefined && { version }), ...(name !== undefined && { name }) };
}
