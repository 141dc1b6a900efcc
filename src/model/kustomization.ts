/**
 * What a kustomization.yaml says about the files beside it: which of them are patches or plugin configuration.
 * A patch is a partial object (a strategic-merge patch names only the fields it changes), so linting it as a
 * whole object reports every field it leaves out; a transformer's or generator's configuration is read by
 * kustomize, never applied. Field names from kustomize's Kustomization type (api/types/kustomization.go:
 * `patches`, `patchesStrategicMerge`, `patchesJson6902`, `transformers`, `generators`, `validators`). And where an object of `kustomize build` output came from,
 * read from the origin annotation kustomize writes with `buildMetadata: [originAnnotations]`.
 */
import type { Path } from '../load/positions.js';
import type { KustomizeAccount, KustomizeBuild, KustomizeDeletion, KustomizeImage, KustomizeJsonPatch, RenderedSource } from '../load/source.js';
import { apiGroupOf } from '../k8s/api-versions.js';
import { isClusterScopedKind } from '../k8s/cluster-scoped.js';
import { setOwn } from '../load/own.js';
import { applyStrategicMerge } from './strategic-merge-apply.js';
import { applyJsonPatchInPlace, isSetByPatch, MAX_ADDED_NODES, patchedPathInFile, targetSelects, whenPatched, type PatchEffect } from './json-patch-apply.js';
import type { PatchListing } from './kustomize-targets.js';
import { isPlainObject as isRecord, own, Resource, stringMap, type PlainObject } from './resource.js';

/** File names kustomize reads as a kustomization (api/konfig/general.go: RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];


/**
 * The patch and plugin configuration files a kustomization lists, as written (relative to its directory),
 * with how each is listed (see src/model/kustomize-targets.ts for what kustomize does with each). Inline
 * patches (a `patch:` text, or a `patchesStrategicMerge` entry holding YAML) name no file and are left out.
 */
export function kustomizationPatchListings(value: unknown): PatchListing[] {
  if (!isRecord(value)) return [];
  const listings: PatchListing[] = [];
  // No file can be named with a NUL byte (and Node's file calls throw on one).
  const file = (entry: unknown) => (typeof entry === 'string' && entry.trim() !== '' && !entry.includes('\n') && !entry.includes('\0') ? entry.trim() : undefined);
  const listOf = (field: string): unknown[] => {
    const list = own(value, field);
    return Array.isArray(list) ? list : [];
  };
  for (const entry of listOf('patches')) {
    const path = isRecord(entry) ? file(own(entry, 'path')) : undefined;
    if (path === undefined || !isRecord(entry)) continue;
    const target = own(entry, 'target');
    listings.push(target === undefined || target === null ? { path, how: 'merge' } : { path, how: 'targeted', target });
  }
  for (const entry of listOf('patchesJson6902')) {
    const path = isRecord(entry) ? file(own(entry, 'path')) : undefined;
    if (path !== undefined && isRecord(entry)) listings.push({ path, how: 'json6902', target: own(entry, 'target') });
  }
  for (const entry of listOf('patchesStrategicMerge')) {
    const path = file(entry);
    if (path !== undefined) listings.push({ path, how: 'merge' });
  }
  // Plugin configuration (`transformers`, `generators`, `validators`: a LabelTransformer, a
  // ConfigMapGenerator, a plugin's own kind) tells kustomize what to do; it is never applied to the cluster.
  for (const field of ['transformers', 'generators', 'validators']) {
    for (const entry of listOf(field)) {
      const path = file(entry);
      if (path !== undefined) listings.push({ path, how: 'plugin', field });
    }
  }
  return listings;
}

/**
 * True for kustomize's builtin plugin configuration (`apiVersion: builtin`, e.g. a PatchTransformer written
 * inline or in a file): kustomize runs it; it is not an object of the cluster.
 */
export function isKustomizePluginConfig(value: unknown): boolean {
  return isRecord(value) && value['apiVersion'] === 'builtin';
}

/**
 * The local entries a kustomization builds from (`resources`, `bases`, `components`): paths of files or
 * directories relative to it. Remote ones (URLs, `github.com/...`) are left out.
 */
export function kustomizationSources(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const out: string[] = [];
  for (const list of [value['resources'], value['bases'], value['components']]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (typeof entry !== 'string') continue;
      const text = entry.trim();
      // No file can be named with a NUL byte (and Node's file calls throw on one).
      if (text === '' || text.includes('\n') || text.includes('\0') || isRemote(text)) continue;
      out.push(text);
    }
  }
  return out;
}

/** A `resources` entry kustomize fetches: a URL, a hosted repository, an scp-like git address. */
function isRemote(entry: string): boolean {
  return entry.includes('://') || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) || entry.startsWith('git@');
}

/**
 * What of a kustomization's build no file of the input can show, said for a message: a remote entry of
 * `resources`, `bases` or `components`, a Helm chart, or a generator plugin. Undefined when it has none.
 */
export function kustomizationHiddenPart(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const field of ['resources', 'bases', 'components']) {
    const list = own(value, field);
    if (Array.isArray(list) && list.some((entry) => typeof entry === 'string' && isRemote(entry.trim()))) return `a remote entry under ${field}`;
  }
  for (const field of ['helmCharts', 'helmChartInflationGenerator', 'generators']) {
    const list = own(value, field);
    if (Array.isArray(list) && list.length > 0) return field;
  }
  return undefined;
}

/** The objects a kustomization's `configMapGenerator` and `secretGenerator` make: kind and name. */
export function kustomizationGenerated(value: unknown): { readonly kind: 'ConfigMap' | 'Secret'; readonly name: string }[] {
  if (!isRecord(value)) return [];
  const out: { kind: 'ConfigMap' | 'Secret'; name: string }[] = [];
  for (const [field, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
    const list = value[field];
    if (!Array.isArray(list)) continue;
    for (const entry of list) if (isRecord(entry) && typeof entry['name'] === 'string' && entry['name'] !== '') out.push({ kind, name: entry['name'] });
  }
  return out;
}

/** True for a kustomization of `kind: Component`: its patches apply to the objects of whatever includes it. */
export function isKustomizeComponent(value: unknown): boolean {
  return isRecord(value) && value['kind'] === 'Component';
}

// Strategic-merge patch directives (k8s.io/apimachinery/pkg/util/strategicpatch/patch.go): `$patch`,
// `$retainKeys`, `$setElementOrder/<field>`, `$deleteFromPrimitiveList/<field>`.
const DIRECTIVE = /^\$(?:patch|retainKeys|setElementOrder\/|deleteFromPrimitiveList\/)/;

/** True when a document holds a strategic-merge patch directive anywhere: it is a patch, not an object. */
export function holdsPatchDirective(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsPatchDirective(item, depth + 1));
  for (const [key, item] of Object.entries(value)) if (DIRECTIVE.test(key) || holdsPatchDirective(item, depth + 1)) return true;
  return false;
}

/**
 * The annotation kustomize writes on every object of a build when the kustomization has
 * `buildMetadata: [originAnnotations]` (kustomize api/resource/origin.go: `config.kubernetes.io/origin`).
 */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** Longer values are not kustomize's (a path, a repository URL, a ref and a generator's identity). */
const MAX_ORIGIN_LENGTH = 4096;

// A line of the annotation: `key: value` at the top, `  key: value` under `configuredBy:`.
const ORIGIN_LINE = /^( {2})?([A-Za-z]+):(?: (.*))?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// What may not start a plain scalar (YAML 1.2 c-indicator, less `-`, `?` and `:`, which may when a
// non-space follows), and what ends one early or is not part of it.
const PLAIN_START = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?: |$))/;
const PLAIN_BREAK = /: |:$| #|\s$/;

/**
 * One scalar of the annotation as go-yaml writes a string: plain, single-quoted (`''` for a quote) or
 * double-quoted without escapes. Anything else (an escape, a control character, a flow collection) is
 * undefined: the annotation is then not read at all.
 */
function originScalar(raw: string): string | undefined {
  if (raw === '' || CONTROL.test(raw)) return undefined;
  const single = /^'((?:[^']|'')*)'$/.exec(raw);
  if (single) return single[1]?.replace(/''/g, "'");
  const double = /^"([^"\\]*)"$/.exec(raw);
  if (double) return double[1];
  return PLAIN_START.test(raw) || PLAIN_BREAK.test(raw) ? undefined : raw;
}

/**
 * The fields of an origin annotation, keyed `path`, `repo`, `ref`, `configuredIn` and `configuredBy.kind`
 * (any others too, unread). The annotation is a small YAML mapping that go-yaml's Marshal writes from
 * kustomize's Origin type: one `key: value` per line, and the generator's identity as a mapping under
 * `configuredBy:` indented by two spaces. Only that shape is read; any other line, or a key given twice,
 * and the annotation is ignored, since the model cannot call the YAML parser (docs/architecture.md) and a
 * source that is shown must be the one kustomize wrote.
 */
function originFields(text: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  let parent: string | undefined;
  for (const line of lines) {
    const match = ORIGIN_LINE.exec(line);
    if (!match) return undefined;
    const [, indent, key = '', raw] = match;
    if (indent === undefined) {
      parent = undefined;
      if (raw === undefined) {
        if (fields.has(key)) return undefined;
        parent = key;
        fields.set(key, '');
        continue;
      }
    } else if (parent === undefined || raw === undefined) return undefined;
    const name = parent === undefined ? key : `${parent}.${key}`;
    const value = originScalar(raw);
    if (value === undefined || fields.has(name)) return undefined;
    fields.set(name, value);
  }
  return fields;
}

/**
 * A repository as it may be shown: without the user information of a URL (`https://user:token@host/...`)
 * and without a query, either of which can hold a credential.
 */
function shownRepository(repo: string): string {
  const query = repo.search(/[?#]/);
  return (query === -1 ? repo : repo.slice(0, query)).replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1');
}

/**
 * Where an object of `kustomize build` output came from, read from its origin annotation: the file it was
 * read from (relative to the kustomization that was built), with the repository and ref of a remote base,
 * or for a generated object the kustomization that configured it and its generator. Undefined without
 * the annotation or when it is not what kustomize writes.
 */
export function kustomizeSourceOf(annotations: Readonly<Record<string, string>>): RenderedSource | undefined {
  const text = own(annotations, ORIGIN_ANNOTATION);
  if (text === undefined || text.length > MAX_ORIGIN_LENGTH) return undefined;
  const fields = originFields(text);
  const path = fields?.get('path') || undefined;
  const where = path ?? (fields?.get('configuredIn') || undefined);
  if (!fields || where === undefined) return undefined;
  const notes: string[] = [];
  const repo = fields.get('repo');
  const ref = fields.get('ref');
  if (repo) notes.push(ref ? `${shownRepository(repo)}@${ref}` : shownRepository(repo));
  const generator = fields.get('configuredBy.kind');
  if (path === undefined && generator) {
    const name = fields.get('configuredBy.name');
    notes.push(name ? `generated by ${generator} ${name}` : `generated by ${generator}`);
  }
  return { tool: 'kustomize', chart: '', template: notes.length > 0 ? `${where} (${notes.join(', ')})` : where };
}

/**
 * The labels a kustomization adds to the selectors of what it builds as well as to its objects:
 * `commonLabels`, and the `pairs` of `labels` entries with `includeSelectors: true` (kustomize
 * api/types/kustomization.go and labels.go). String values only, as kustomize takes them.
 */
export function kustomizationSelectorLabels(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!isRecord(value)) return labels;
  const add = (map: unknown) => {
    if (!isRecord(map)) return;
    for (const [key, label] of Object.entries(map)) if (typeof label === 'string') setOwn(labels, key, label);
  };
  add(own(value, 'commonLabels'));
  const list = own(value, 'labels');
  if (Array.isArray(list)) for (const entry of list) if (isRecord(entry) && own(entry, 'includeSelectors') === true) add(own(entry, 'pairs'));
  return labels;
}

/**
 * The `images` entries of a kustomization (kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990,
 * api/types/image.go: name, newName, newTag, digest, tagSuffix); an entry that changes nothing is left out.
 */
export function kustomizationImages(value: unknown): KustomizeImage[] {
  const list = isRecord(value) ? own(value, 'images') : undefined;
  if (!Array.isArray(list)) return [];
  const text = (entry: PlainObject, field: string) => {
    const v = own(entry, field);
    // A number is not read as text: kustomize rejects the kustomization (`newTag: 1.20` "cannot unmarshal
    // number into Go struct field Image.images.newTag of type string"), so the image stays as written.
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const images: KustomizeImage[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const name = text(entry, 'name');
    if (name === undefined) continue;
    const [newName, newTag, digest, tagSuffix] = [text(entry, 'newName'), text(entry, 'newTag'), text(entry, 'digest'), text(entry, 'tagSuffix')];
    if (newName === undefined && newTag === undefined && digest === undefined && tagSuffix === undefined) continue;
    images.push({ name, ...(newName !== undefined && { newName }), ...(newTag !== undefined && { newTag }), ...(digest !== undefined && { digest }), ...(tagSuffix !== undefined && { tagSuffix }) });
  }
  return images;
}

/**
 * An image as kustomize splits it (api/internal/image/image.go Split): the tag and digest are looked for after
 * the first `/` (a registry's port is not a tag), a digest after `@`.
 */
function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf('/');
  const from = slash > 0 ? slash : 0;
  const at = image.indexOf('@', from);
  const colon = image.indexOf(':', from);
  if (at !== -1 && (colon === -1 || at < colon)) return { name: image.slice(0, at), tag: '', digest: image.slice(at + 1) };
  if (colon === -1) return { name: image, tag: '', digest: '' };
  return at === -1 ? { name: image.slice(0, colon), tag: image.slice(colon + 1), digest: '' } : { name: image.slice(0, colon), tag: image.slice(colon + 1, at), digest: image.slice(at + 1) };
}

// What may follow an entry's name in an image it matches (image.go IsImageMatched): a tag of
// [a-zA-Z0-9_.{}-], then a digest of an OCI algorithm. kustomize reads the name itself as a regular
// expression; here it is matched as written, which is what every name without metacharacters means there.
const AFTER_MATCHED_NAME = /^(?::[\w.{}-]*)?(?:@[a-zA-Z0-9]+(?:[.+_-][a-zA-Z0-9]+)*:[\w.{}-]*)?$/;

/**
 * One image as the `images` entries make it, in order (imagetag/updater.go SetImageValue): a matching entry
 * sets the new name; newTag and digest together replace tag and digest, either alone replaces both, a
 * tagSuffix is appended to the tag and drops the digest. `passes` is how often each entry runs on it: twice
 * where the transformer's field specs also name the list, as kubectl kustomize (v5.5.0) does, which only a
 * tagSuffix shows (`nginx:1` becomes `nginx:1-fips-fips` in a Deployment, `nginx:1-fips` in a CronJob).
 */
function imageTransformed(image: string, images: readonly KustomizeImage[], passes: number): string {
  let result = image;
  for (const entry of images) {
    for (let pass = 0; pass < passes; pass++) {
      if (!result.startsWith(entry.name) || !AFTER_MATCHED_NAME.test(result.slice(entry.name.length))) break;
      const split = splitImage(result);
      let { tag, digest } = split;
      if (entry.newTag !== undefined && entry.digest !== undefined) [tag, digest] = [entry.newTag, entry.digest];
      else if (entry.newTag !== undefined) [tag, digest] = [entry.newTag, ''];
      else if (entry.digest !== undefined) [tag, digest] = ['', entry.digest];
      else if (entry.tagSuffix !== undefined) [tag, digest] = [tag + entry.tagSuffix, ''];
      result = `${entry.newName ?? split.name}${tag === '' ? '' : `:${tag}`}${digest === '' ? '' : `@${digest}`}`;
    }
  }
  return result;
}

// The image transformer's field specs (api/internal/konfig/builtinpluginconsts/images.go), run after its walk
// over every containers list (imagetag/legacy.go).
const IMAGE_FIELD_SPEC_LISTS = new Set(['spec/containers', 'spec/initContainers', 'spec/template/spec/containers', 'spec/template/spec/initContainers']);

/**
 * The object with its images as the kustomize builds' `images` entries set them, or undefined when none
 * changes. As kustomize's image transformer does (imagetag/legacy.go), every `containers` and
 * `initContainers` list anywhere in the object is read (a pod, a pod template, a CronJob's, a custom
 * resource's), except in a CustomResourceDefinition.
 */
export function imagesTransformed(value: PlainObject, images: readonly KustomizeImage[]): PlainObject | undefined {
  if (images.length === 0 || own(value, 'kind') === 'CustomResourceDefinition') return undefined;
  // Deeper than any pod template sits (a hostile nesting must not exhaust the stack); an image left as
  // written there is judged as written. `at` is the path of mapping keys from the object, while it has one.
  const visit = (node: unknown, at: string | undefined, depth: number): unknown => {
    if (depth > MAX_IMAGE_DEPTH) return node;
    if (Array.isArray(node)) {
      const list: readonly unknown[] = node;
      let changed: unknown[] | undefined;
      list.forEach((item, i) => {
        const next = visit(item, undefined, depth + 1);
        if (next !== item) (changed ??= [...list])[i] = next;
      });
      return changed ?? node;
    }
    if (!isRecord(node)) return node;
    let changed: PlainObject | undefined;
    for (const key of Object.keys(node)) {
      const item = own(node, key);
      const path = at === undefined ? undefined : at === '' ? key : `${at}/${key}`;
      let next = visit(item, path, depth + 1);
      if ((key === 'containers' || key === 'initContainers') && Array.isArray(next)) next = withImages(next, images, path !== undefined && IMAGE_FIELD_SPEC_LISTS.has(path) ? 2 : 1);
      if (next !== item) setOwn((changed ??= { ...node }), key, next);
    }
    return changed ?? node;
  };
  const result = visit(value, '', 0);
  return result === value ? undefined : (result as PlainObject);
}

const MAX_IMAGE_DEPTH = 64;

function withImages(containers: readonly unknown[], images: readonly KustomizeImage[], passes: number): unknown[] {
  let changed: unknown[] | undefined;
  containers.forEach((container: unknown, i) => {
    const image = isRecord(container) ? own(container, 'image') : undefined;
    if (!isRecord(container) || typeof image !== 'string') return;
    const next = imageTransformed(image, images, passes);
    if (next !== image) {
      const copy = { ...container };
      setOwn(copy, 'image', next);
      (changed ??= [...containers])[i] = copy;
    }
  });
  return changed ?? (containers as unknown[]);
}

// Where kustomize's label transformer puts commonLabels (kubernetes-sigs/kustomize
// 12f9e6391464b3ad9dd3fe8182049dc1b1772990, api/internal/konfig/builtinpluginconsts/commonlabels.go and
// metadatalabels.go): the field path, whether it is created when missing, and the kinds (with their group,
// `*` for any) it applies to. Affinity and topology-spread selectors are left out: no rule reads them.
const LABEL_FIELDS: readonly { readonly path: readonly string[]; readonly create: boolean; readonly kinds: readonly string[] }[] = [
  { path: ['metadata', 'labels'], create: true, kinds: ['*'] },
  { path: ['spec', 'selector'], create: true, kinds: ['/Service', '/ReplicationController'] },
  { path: ['spec', 'selector', 'matchLabels'], create: true, kinds: ['*/Deployment', '*/ReplicaSet', '*/DaemonSet', 'apps/StatefulSet'] },
  { path: ['spec', 'selector', 'matchLabels'], create: false, kinds: ['batch/Job', 'policy/PodDisruptionBudget'] },
  { path: ['spec', 'jobTemplate', 'spec', 'selector', 'matchLabels'], create: false, kinds: ['batch/CronJob'] },
  { path: ['spec', 'template', 'metadata', 'labels'], create: true, kinds: ['/ReplicationController', '*/Deployment', '*/ReplicaSet', '*/DaemonSet', 'apps/StatefulSet', 'batch/Job'] },
  { path: ['spec', 'jobTemplate', 'metadata', 'labels'], create: true, kinds: ['batch/CronJob'] },
  { path: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'], create: true, kinds: ['batch/CronJob'] },
  { path: ['spec', 'podSelector', 'matchLabels'], create: false, kinds: ['networking.k8s.io/NetworkPolicy'] },
];

/** A copy of `value` with `labels` set in the mapping at `path`, created where `create` allows; undefined when nothing changes. */
function withLabelsAt(value: PlainObject, path: readonly string[], create: boolean, labels: Readonly<Record<string, string>>): PlainObject | undefined {
  const [head, ...rest] = path;
  if (head === undefined) {
    const next: PlainObject = { ...value };
    let changed = false;
    for (const [key, label] of Object.entries(labels)) {
      if (own(value, key) === label) continue;
      setOwn(next, key, label);
      changed = true;
    }
    return changed ? next : undefined;
  }
  const child = own(value, head);
  if (child !== undefined && !isRecord(child)) return undefined;
  if (child === undefined && !create) return undefined;
  const inner = withLabelsAt(child ?? {}, rest, create, labels);
  if (!inner) return undefined;
  const next: PlainObject = { ...value };
  setOwn(next, head, inner);
  return next;
}

/**
 * An object as kustomize's label transformer leaves it for `labels` added with their selectors (see
 * LABEL_FIELDS); undefined when nothing changes.
 */
export function labelsTransformed(value: PlainObject, labels: Readonly<Record<string, string>>): PlainObject | undefined {
  if (Object.keys(labels).length === 0) return undefined;
  const kind = typeof value['kind'] === 'string' ? value['kind'] : '';
  const group = apiGroupOf(typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '');
  let result: PlainObject | undefined;
  for (const field of LABEL_FIELDS) {
    if (!field.kinds.some((k) => k === '*' || k === `*/${kind}` || k === `${group}/${kind}`)) continue;
    const next = withLabelsAt(result ?? value, field.path, field.create, labels);
    if (next) result = next;
  }
  // NetworkPolicy peers: each podSelector of an ingress `from` or egress `to` that has matchLabels.
  if (kind === 'NetworkPolicy' && group === 'networking.k8s.io') {
    const spec = own(result ?? value, 'spec');
    if (isRecord(spec)) {
      let nextSpec: PlainObject | undefined;
      for (const [direction, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
        const rules = own(spec, direction);
        if (!Array.isArray(rules)) continue;
        const mapped = rules.map((rule: unknown) => {
          const list = isRecord(rule) ? own(rule, peers) : undefined;
          if (!isRecord(rule) || !Array.isArray(list)) return rule;
          const nextList = list.map((peer: unknown) => (isRecord(peer) ? (withLabelsAt(peer, ['podSelector', 'matchLabels'], false, labels) ?? peer) : peer));
          return nextList.some((peer, i) => peer !== list[i]) ? { ...rule, [peers]: nextList } : rule;
        });
        if (mapped.some((rule, i) => rule !== rules[i])) nextSpec = { ...(nextSpec ?? spec), [direction]: mapped };
      }
      if (nextSpec) result = { ...(result ?? value), spec: nextSpec };
    }
  }
  return result;
}

/** The `namespace:` a kustomization sets for everything it builds; undefined when it sets none. */
/** The `namePrefix` and `nameSuffix` of a kustomization (empty strings when unset). */
export function kustomizationNameAffixes(value: unknown): { readonly prefix: string; readonly suffix: string } {
  if (!isRecord(value)) return { prefix: '', suffix: '' };
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { prefix: text(value['namePrefix']), suffix: text(value['nameSuffix']) };
}

export function kustomizationNamespace(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const namespace = value['namespace'];
  return typeof namespace === 'string' && namespace.trim() !== '' ? namespace.trim() : undefined;
}

/**
 * An object as kustomize's namespace transformer leaves it, for the `namespace:` field of a kustomization
 * (kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990: api/filters/namespace/namespace.go,
 * with plugin/builtin/namespacetransformer's defaults, `unsetOnly: false` and `setRoleBindingSubjects:
 * defaultOnly`; api/internal/konfig/builtinpluginconsts/namespace.go for the field specs):
 *
 * - every object of a namespaced kind (any kind kustomize does not know as cluster-scoped, custom resources
 *   included) gets metadata.namespace, replacing the one it states;
 * - a `v1` Namespace gets the namespace as its name;
 * - in RoleBindings and ClusterRoleBindings, a subject named `default` gets the namespace (defaultOnly);
 *   then kustomize's name-reference transformer (api/filters/nameref/nameref.go `setMapping` and
 *   `filterMapCandidatesByNamespace`) gives a ServiceAccount subject the namespace the build gives the
 *   ServiceAccount it names (`accounts`): of those named like the subject, the ones whose file states the
 *   subject's namespace (no namespace counts as `default`), else the ones the build puts in it, else, for
 *   a subject that names no namespace, any. Without `accounts`, a ServiceAccount subject that names no
 *   namespace is taken to name one of the build.
 *
 * Nothing else is changed. Undefined when nothing changes.
 */
export function namespaceTransformed(value: PlainObject, namespace: string, accounts?: readonly KustomizeAccount[]): PlainObject | undefined {
  const kind = typeof value['kind'] === 'string' ? value['kind'] : '';
  const apiVersion = typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '';
  const group = apiGroupOf(apiVersion);
  const metadata = isRecord(value['metadata']) ? value['metadata'] : {};
  let changed: PlainObject | undefined;
  const edit = () => (changed ??= { ...value, metadata: { ...metadata } });
  if (!isClusterScopedKind(group, kind) && metadata['namespace'] !== namespace) edit()['metadata'] = { ...metadata, namespace };
  if (apiVersion === 'v1' && kind === 'Namespace' && metadata['name'] !== namespace) (edit()['metadata'] as PlainObject)['name'] = namespace;
  const subjects = value['subjects'];
  if ((kind === 'RoleBinding' || kind === 'ClusterRoleBinding') && group === 'rbac.authorization.k8s.io' && Array.isArray(subjects)) {
    const next = subjects.map((subject: unknown) => {
      if (!isRecord(subject)) return subject;
      const stated = typeof subject['namespace'] === 'string' && subject['namespace'] !== '' ? subject['namespace'] : undefined;
      let target = subject['name'] === 'default' ? namespace : stated;
      if (subject['kind'] === 'ServiceAccount' && typeof subject['name'] === 'string') {
        const referred = accounts === undefined ? (target === undefined ? namespace : undefined) : referredAccount(accounts, subject['name'], target);
        if (referred !== undefined) target = referred;
      }
      return target === undefined || target === stated ? subject : { ...subject, namespace: target };
    });
    if (next.some((subject, i) => subject !== subjects[i])) edit()['subjects'] = next;
  }
  return changed;
}

/**
 * The namespace the build gives the ServiceAccount `name` that a subject naming `namespace` (or none)
 * refers to, as kustomize's name-reference transformer picks it; undefined when the build has none.
 */
function referredAccount(accounts: readonly KustomizeAccount[], name: string, namespace: string | undefined): string | undefined {
  let candidates = accounts;
  if (namespace !== undefined) {
    const byStated = accounts.filter((a) => (a.stated ?? 'default') === namespace);
    candidates = byStated.length > 0 ? byStated : accounts.filter((a) => a.namespace === namespace);
  }
  const named = candidates.filter((a) => a.name === name);
  // kustomize refuses a reference it cannot tell apart; leave the subject as written.
  const targets = new Set(named.map((a) => a.namespace));
  const [only] = targets;
  return targets.size === 1 ? only : undefined;
}

/**
 * Kinds kustomize's prefix and suffix transformers leave alone (kubernetes-sigs/kustomize
 * 12f9e6391464b3ad9dd3fe8182049dc1b1772990, plugin/builtin/prefixtransformer/PrefixTransformer.go and the
 * suffix one, `prefixFieldSpecsToSkip`): CustomResourceDefinition and Namespace of any group, APIService of
 * apiregistration.k8s.io.
 */
export function keepsItsName(resource: { readonly kind: string; readonly group: string }): boolean {
  return resource.kind === 'CustomResourceDefinition' || resource.kind === 'Namespace' || (resource.kind === 'APIService' && resource.group === 'apiregistration.k8s.io');
}

/** The object a `$patch: delete` document removes: its group, kind and name; undefined for any other document. */
export function deletionOf(value: unknown): KustomizeDeletion | undefined {
  if (!isRecord(value) || own(value, '$patch') !== 'delete') return undefined;
  const kind = own(value, 'kind');
  const apiVersion = own(value, 'apiVersion');
  const metadata = own(value, 'metadata');
  const name = isRecord(metadata) ? own(metadata, 'name') : undefined;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string' || typeof name !== 'string' || name === '') return undefined;
  return { group: apiGroupOf(apiVersion), kind, names: [name] };
}

/**
 * A deletion that names objects as a kustomization's build writes them, for the objects of what that
 * kustomization builds: each name also without the kustomization's prefix and suffix, and, for a Namespace
 * named after its namespace, every Namespace (its namespace transformer names each one so).
 */
export function deletionBelow(deletion: KustomizeDeletion, kustomization: { readonly prefix: string; readonly suffix: string; readonly namespace: string | undefined }): KustomizeDeletion {
  const { prefix, suffix, namespace } = kustomization;
  const names = [...deletion.names];
  if ((prefix !== '' || suffix !== '') && !keepsItsName(deletion)) {
    for (const name of deletion.names) {
      const inner = name.length > prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix) ? name.slice(prefix.length, name.length - suffix.length) : undefined;
      if (inner !== undefined && !names.includes(inner)) names.push(inner);
    }
  }
  const everyNamespace = deletion.kind === 'Namespace' && deletion.group === '' && namespace !== undefined && deletion.names.includes(namespace);
  return { group: deletion.group, kind: deletion.kind, names, ...((deletion.anyName === true || everyNamespace) && { anyName: true }) };
}

function isDeleted(resource: Resource, deletions: readonly KustomizeDeletion[] | undefined): boolean {
  return (deletions ?? []).some((d) => d.kind === resource.kind && d.group === resource.group && (d.anyName === true || (resource.name !== undefined && d.names.includes(resource.name))));
}

/**
 * The object with the JSON and strategic-merge patches of a build applied, innermost kustomization's first,
 * each to it when its target selects it, or for a strategic-merge patch without one, when the patch names it
 * (namesItsObject) (as it is when that patch runs: its labels and annotations as the earlier patches left
 * them, its name and namespace as written or as the kustomizations inside the patch's one set them).
 * Undefined when no patch applies, and when a patch that selects it fails (a JSON patch operation fails,
 * the patches add more than MAX_ADDED_NODES, a strategic-merge patch kustomize refuses): kustomize's build
 * fails then, so what `kubectl apply` may get is the object as written, never what the earlier patches made
 * of it (a patch removing `privileged` followed by a failing `test` hid a privileged container). Paths of the
 * object stay those of its document for every node
 * the file holds, except past an element a patch inserts into or removes from a list (left: located by
 * index as patched).
 */
export function jsonPatched(resource: Resource, patches: readonly KustomizeJsonPatch[], effects: PatchEffect[] = []): PlainObject | undefined {
  let root: { value: PlainObject } | undefined;
  const made: PatchEffect[] = [];
  const budget = { nodes: MAX_ADDED_NODES };
  const written = { name: resource.name, namespace: resource.namespace, keepsName: keepsItsName(resource) };
  for (const patch of patches) {
    const current = root?.value ?? resource.value;
    const metadata = own(current, 'metadata');
    const { names, namespaces } = whenPatched(patch, written);
    const selected = patch.merge !== undefined && patch.target === undefined ? namesItsObject(patch.merge, resource, names, namespaces) : targetSelects(patch.target, {
      group: resource.group,
      version: resource.apiVersion.includes('/') ? resource.apiVersion.slice(resource.apiVersion.indexOf('/') + 1) : resource.apiVersion,
      kind: resource.kind,
      names,
      namespaces,
      labels: isRecord(metadata) ? stringMap(own(metadata, 'labels')) : {},
      annotations: isRecord(metadata) ? stringMap(own(metadata, 'annotations')) : {},
    });
    if (!selected) continue;
    const before = made.length;
    if (patch.merge === undefined) {
      // One copy for every JSON patch: a failing one discards it whole.
      root ??= { value: structuredClone(resource.value) };
      if (!applyJsonPatchInPlace(root, patch.operations, made, budget)) return undefined;
    } else {
      const merged = applyStrategicMerge(root?.value ?? resource.value, patch.merge, made);
      if (merged === undefined) return undefined;
      root = { value: merged };
    }
    if (patch.fromFile) for (let i = before; i < made.length; i++) made[i] = { ...(made[i] as PatchEffect), fromFile: true };
  }
  for (const effect of made) effects.push(effect);
  return root?.value;
}

/**
 * Whether a strategic-merge patch without a target names `resource` (kustomize's `GetById` of the patch's
 * id): its API group, version and kind, its name (as written or as the inner kustomizations named it) and
 * its namespace (`default` when unset; ignored for a kind without one).
 */
function namesItsObject(patch: unknown, resource: Resource, names: readonly string[], namespaces: readonly string[]): boolean {
  if (!isRecord(patch)) return false;
  const metadata = own(patch, 'metadata');
  const name = isRecord(metadata) ? own(metadata, 'name') : undefined;
  const namespace = isRecord(metadata) ? own(metadata, 'namespace') : undefined;
  if (own(patch, 'apiVersion') !== resource.apiVersion || own(patch, 'kind') !== resource.kind) return false;
  if (typeof name !== 'string' || !names.includes(name)) return false;
  if (isClusterScopedKind(resource.group, resource.kind)) return true;
  return namespaces.includes(typeof namespace === 'string' && namespace !== '' ? namespace : 'default');
}

/** Where a path of a patched copy of the object at `at` in its document is in the file (patchedPathInFile). */
function inFileAfter(at: Path, effects: readonly PatchEffect[]): (path: Path) => Path {
  return (path) => {
    if (path.length < at.length || !at.every((segment, i) => path[i] === segment)) return path;
    return [...at, ...patchedPathInFile(path.slice(at.length), effects)];
  };
}

function setByPatchAfter(at: Path, effects: readonly PatchEffect[]): (path: Path) => boolean {
  return (path) => path.length >= at.length && at.every((segment, i) => path[i] === segment) && isSetByPatch(path.slice(at.length), effects);
}

/**
 * The objects of a document as the kustomize builds that hold its file see them, view by view: for each
 * object, one copy per view of `builds` (in their order), with the JSON patches of that view applied
 * (jsonPatched), the namespace that view gives it (namespaceTransformed), the build roots of the view and what it adds to its name. An object outside any
 * build is its only copy, as it is.
 */
export function objectsOfBuilds(resources: readonly Resource[], builds: readonly KustomizeBuild[] | undefined): Resource[][] {
  if (!builds || builds.length === 0) return resources.map((resource) => [resource]);
  return resources.map((resource) =>
    builds.map((build) => {
      const effects: PatchEffect[] = [];
      const patched = build.jsonPatches === undefined ? undefined : jsonPatched(resource, build.jsonPatches, effects);
      const base = patched ?? resource.value;
      const namespaced = build.namespace === undefined ? undefined : namespaceTransformed(base, build.namespace, build.accounts);
      const labelled = build.selectorLabels === undefined ? undefined : labelsTransformed(namespaced ?? base, build.selectorLabels);
      const imaged = build.images === undefined ? undefined : imagesTransformed(labelled ?? namespaced ?? base, build.images);
      return new Resource(imaged ?? labelled ?? namespaced ?? base, resource.path, {
        ...(namespaced && build.namespaceFrom !== undefined && { namespaceFrom: build.namespaceFrom }),
        roots: build.roots,
        ...(build.nameAffix !== undefined && !keepsItsName(resource) && { nameAffix: build.nameAffix }),
        ...(isDeleted(resource, build.deleted) && { removed: true }),
        ...(effects.length > 0 && { inDocument: inFileAfter(resource.path, effects), setByPatch: setByPatchAfter(resource.path, effects) }),
      });
    }),
  );
}
