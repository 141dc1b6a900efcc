/**
 * The files the kustomizations of the input list as patches (src/model/kustomization.ts), read before
 * linting so each patch is known as one whichever thread lints it.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isManifestName, toDisplayPath, type DiscoveredFile } from '../load/discover.js';
import { parseSource } from '../load/parse.js';
import { decodeRead, readFileBytes } from '../load/read.js';
import type { KustomizeAccount, KustomizeBuild, KustomizeDeletion, KustomizeImage, KustomizeJsonPatch } from '../load/source.js';
import { jsonPatchTarget, type PatchListing } from '../model/kustomize-targets.js';
import { own } from '../load/own.js';
import { isPlainObject } from '../model/resource.js';
import { resourcesIn } from '../model/resource.js';
import { deletionBelow, deletionOf, KUSTOMIZATION_FILE_NAMES, kustomizationNameAffixes, kustomizationNamespace, kustomizationPatchListings, kustomizationImages, kustomizationSelectorLabels, kustomizationSources } from '../model/kustomization.js';

/**
 * What a path a kustomization names is; undefined when there is nothing there or the file system refuses
 * the path (through a file, too long, a link loop, not readable): such an entry names nothing to build.
 * With `follow` false, a symbolic link is described, not what it leads to.
 */
export function statQuietly(target: string, follow = true): Stats | undefined {
  try {
    return (follow ? statSync : lstatSync)(target, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The kustomization files that may list one of `files` as a patch: those in the directory of each (a
 * patch named on the command line is one whether or not its kustomization is named too), and every one
 * among `files`.
 */
export function kustomizationsFor(files: readonly DiscoveredFile[]): string[] {
  const found = new Set<string>();
  const dirs = new Set<string>();
  for (const file of files) {
    if (KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) found.add(file.path);
    else dirs.add(path.dirname(file.path));
  }
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (statQuietly(candidate)?.isFile()) found.add(candidate);
    }
  }
  return [...found];
}

/** The plain values of the documents of a kustomization file, read once per run (see kustomizationReader). */
export type KustomizationValues = (file: string) => unknown[];

/**
 * Reads kustomization files for the run's two questions (patches, and which builds include which), each
 * file once: both ask about the same files.
 */
export function kustomizationReader(maxBytes: number): KustomizationValues {
  const read = new Map<string, unknown[]>();
  return (file) => {
    let values = read.get(file);
    if (!values) read.set(file, (values = kustomizationValues(file, maxBytes)));
    return values;
  };
}

/** The plain values of the documents of one kustomization file; nothing when it cannot be read or parsed. */
function kustomizationValues(file: string, maxBytes: number): unknown[] {
  const loaded = decodeRead(readFileBytes(file, file, maxBytes));
  // An unreadable or broken kustomization is reported when it is linted; it names nothing here.
  if (!loaded.ok) return [];
  const values: unknown[] = [];
  for (const document of parseSource(loaded.source).documents) {
    if (document.problem) continue;
    try {
      values.push(document.toValue());
    } catch {
      continue;
    }
  }
  return values;
}

/** Whether `target` is in or below the directory `root`, and not `root` itself. */
export function isBelow(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The real path of `file` (symbolic links resolved); undefined when it cannot be resolved. */
export function realPath(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/**
 * Whether kustomize's default load restrictor (LoadRestrictionsRootOnly) lets a kustomization read the
 * resource file `file`: its real path is in or below `realDir`, the real path of the kustomization's
 * directory. kustomize refuses any other ("security; file ... is not in or below ...") and builds nothing,
 * so such a file is in no build.
 */
export function loadableFrom(realDir: string | undefined, file: string): boolean {
  const realFile = realPath(file);
  return realDir !== undefined && realFile !== undefined && isBelow(realDir, realFile);
}

/**
 * The files the kustomizations of walked directories list as resources, patches or plugin configuration
 * under a name a walk does not find (`patch.txt`, `privileged.patch`, `deploy`): `kustomize build` reads a
 * listed file whatever its name, so a walk that skipped it would judge the build without what that file
 * adds (a privileged container in a `.txt` resource or patch). Only a file in or below a directory the run
 * walks, and loadable from its kustomization (kustomize's load restrictor); a file with a manifest's name is
 * left to the walk (`.gitignore`, what git tracks, the ignore patterns). A symbolic link is a `link` entry,
 * reported unless what it leads to is linted (as a walk's links are). Sorted with the others by the caller.
 */
export function kustomizeListedFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string): DiscoveredFile[] {
  const known = new Set(files.map((file) => file.path));
  const walked = [...new Set(files.map((file) => file.input))].filter((input) => statQuietly(input)?.isDirectory() ?? false);
  const extra = new Map<string, DiscoveredFile>();
  for (const file of files) {
    if (!KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) continue;
    const dir = path.dirname(file.path);
    const realDir = realPath(dir);
    for (const value of valuesOf(file.path)) {
      const listed = [...kustomizationSources(value), ...kustomizationPatchListings(value).map((listing) => listing.path)];
      for (const entry of listed) {
        const target = path.resolve(dir, entry);
        if (known.has(target) || extra.has(target) || isManifestName(path.basename(target))) continue;
        const input = walked.find((root) => isBelow(root, target));
        if (input === undefined || !loadableFrom(realDir, target)) continue;
        const stats = statQuietly(target, false);
        if (stats === undefined || !(stats.isFile() || (stats.isSymbolicLink() && (statQuietly(target)?.isFile() ?? false)))) continue;
        extra.set(target, { path: target, displayPath: toDisplayPath(cwd, target), input, ...(stats.isSymbolicLink() && { link: true as const }) });
      }
    }
  }
  return [...extra.values()];
}

/** A kustomization's listing of a patch or plugin configuration file: the kustomization file and how it lists it. */
export interface ListedPatch {
  readonly kustomization: string;
  readonly listing: PatchListing;
}

/**
 * The patch and plugin configuration files listed by the kustomizations that may hold `files` (see
 * kustomizationsFor), by absolute path, with every listing of each. A kustomization added anywhere in the
 * tree must not make another file a patch, so only what kustomize itself would load as one counts: a file in
 * or below the kustomization's directory (kustomize's default load restrictor, LoadRestrictionsRootOnly,
 * refuses any other: "security; file ... is not in or below ..."), and none that one of those kustomizations
 * lists as a resource, which kustomize builds and applies as it is. Whether kustomize would use each
 * document of such a file as a patch is kustomizePatchUse's question (kustomize-patch-use.ts).
 */
export function kustomizePatchFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, ListedPatch[]> {
  const patches = new Map<string, ListedPatch[]>();
  const resources = new Set<string>();
  for (const file of kustomizationsFor(files)) {
    const dir = path.dirname(file);
    for (const value of valuesOf(file)) {
      for (const listing of kustomizationPatchListings(value)) {
        const target = path.resolve(dir, listing.path);
        if (!isBelow(dir, target)) continue;
        const list = patches.get(target) ?? [];
        list.push({ kustomization: file, listing });
        patches.set(target, list);
      }
      for (const listed of kustomizationSources(value)) resources.add(path.resolve(dir, listed));
    }
  }
  for (const resource of resources) patches.delete(resource);
  return patches;
}

/**
 * Which kustomization directory of the input builds which other one: for each directory that another
 * kustomization among `files` lists under resources, bases or components, the directories that list it
 * (sorted). A kustomize component (base/dex under base/) is part of what builds it, not a project.
 */
export function kustomizeIncludes(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, string[]> {
  const includedBy = new Map<string, string[]>();
  for (const file of files) {
    if (!KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) continue;
    const dir = path.dirname(file.path);
    for (const value of valuesOf(file.path)) {
      for (const entry of kustomizationSources(value)) {
        const target = path.resolve(dir, entry);
        if (target === dir || !(statQuietly(target)?.isDirectory() ?? false)) continue;
        const list = includedBy.get(target) ?? [];
        if (!list.includes(dir)) list.push(dir);
        includedBy.set(target, list);
      }
    }
  }
  for (const list of includedBy.values()) list.sort();
  return includedBy;
}

/** How many ways (namespace and name affixes) one build root walks into one kustomization at most. */
const MAX_WALKS_PER_DIRECTORY = 64;

/**
 * What `kustomize build` does to each file the kustomizations of the input build: for each resource file
 * (absolute path) its build views, one per distinct thing the builds do to it (the namespace and the
 * kustomization that set it, the name affixes, the ServiceAccounts subjects are resolved against), each
 * with the build roots that give it, sorted by their first root.
 *
 * A build root is a kustomization of the input that no other kustomization of the input lists under
 * resources, bases or components: each is one `kustomize build`, applied on its own. A resource file is in
 * the build of every root that reaches it through such lists. The namespace is that of kustomize's namespace
 * transformer, which runs in every kustomization that sets `namespace:` over all it builds, the outer one
 * last: the outermost kustomization on the way from the root that sets one decides.
 *
 * Design (docs/architecture.md, "Kustomize builds"): a file is linted once, and the engine walks each of
 * its objects once per view (objectsOfBuilds in src/model/kustomization.ts), so the finish phase joins the
 * objects of each build as that build writes them (prod's namespace is judged with prod's policies, whatever
 * sorts first). Findings that do not depend on the build come out the same from every view, at the same
 * place with the same message, and are one finding (the run keeps one of exact repeats, that of the first
 * view); findings that do depend on it name the build (the namespace and the kustomization that set it).
 * The views are part of the file's input (its cache key), so shards, the cache and workers need nothing more.
 * One root reaching a file by two ways that do different things gives it two views of that one root: the
 * build holds two copies. Each view costs one more walk of the file's objects. Left: the rules' namespace
 * joins key on the namespace alone, so alternative roots into one namespace still share what either adds
 * there (duplicate-object and the RBAC resolver compare build roots). The input's files of builds that give a namespace are read here, and those that
 * mention `ServiceAccount` parsed, for the ServiceAccounts of each build root, which bindings' subjects
 * refer to.
 */
export function kustomizeBuilds(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string, maxBytes: number): Map<string, KustomizeBuild[]> {
  const shown = (dir: string) => path.relative(cwd, dir).split(path.sep).join('/') || '.';
  const discovered = new Set(files.map((file) => file.path));
  const kustomizations = new Map<
    string,
    {
      readonly file: string;
      readonly namespace: string | undefined;
      readonly prefix: string;
      readonly suffix: string;
      readonly labels: Readonly<Record<string, string>>;
      readonly deletions: readonly KustomizeDeletion[];
      readonly images: readonly KustomizeImage[];
      readonly entries: string[];
      readonly components: string[];
      readonly jsonPatches: readonly JsonPatchEntry[];
    }
  >();
  // A file some kustomization lists as a resource is linted as the object it is (kustomizePatchFiles), so
  // what it sets as a patch elsewhere is checked nowhere as a patch.
  const resourceFiles = new Set<string>();
  for (const file of files) {
    if (!KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) continue;
    for (const value of valuesOf(file.path)) for (const entry of kustomizationSources(value)) resourceFiles.add(path.resolve(path.dirname(file.path), entry));
  }
  for (const file of files) {
    if (!KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) continue;
    const dir = path.dirname(file.path);
    if (kustomizations.has(dir)) continue;
    const values = valuesOf(file.path);
    const entries = values.flatMap((value) => kustomizationSources(value).map((entry) => path.resolve(dir, entry)));
    const namespace = values.map(kustomizationNamespace).find((n) => n !== undefined);
    const affixes = values.map(kustomizationNameAffixes);
    const prefix = affixes.find((a) => a.prefix !== '')?.prefix ?? '';
    const suffix = affixes.find((a) => a.suffix !== '')?.suffix ?? '';
    // Spread, not Object.assign: a `__proto__` label is an own key, never the prototype.
    const labels = values.map(kustomizationSelectorLabels).reduce<Record<string, string>>((all, one) => ({ ...all, ...one }), {});
    // What its `$patch: delete` patches remove (patch files of the input whose real path is in or below it,
    // as kustomize loads them).
    const realDir = realPath(dir);
    const deletions = values.flatMap((value) =>
      kustomizationPatchListings(value)
        .filter((listing) => listing.how === 'merge')
        .map((listing) => path.resolve(dir, listing.path))
        .filter((target) => discovered.has(target) && loadableFrom(realDir, target))
        .flatMap((target) => valuesOf(target).flatMap((document) => resourcesIn(document).map((resource) => deletionOf(resource.value))))
        .filter((deletion) => deletion !== undefined),
    );
    const images = values.flatMap(kustomizationImages);
    const components = values.flatMap((value) => listed(value, 'components').map((entry) => path.resolve(dir, entry))).filter((entry) => entry !== dir);
    const jsonPatches = values.flatMap((value) => jsonPatchEntries(value, file.path, (listedPath) => {
      const target = path.resolve(dir, listedPath);
      return discovered.has(target) && loadableFrom(realDir, target) ? valuesOf(target) : [];
    }, (listedPath) => !resourceFiles.has(path.resolve(dir, listedPath))));
    kustomizations.set(dir, { file: shown(file.path), namespace, prefix, suffix, labels, deletions, images, entries: entries.filter((entry) => entry !== dir), components, jsonPatches });
  }
  const included = new Set<string>();
  for (const { entries } of kustomizations.values()) for (const entry of entries) if (kustomizations.has(entry)) included.add(entry);
  const roots = [...kustomizations.keys()].filter((dir) => !included.has(dir)).sort();

  // For each file, what each root's build does to it (without the ServiceAccounts yet), keyed by that.
  type View = { namespace?: string; namespaceFrom?: string; nameAffix?: string; selectorLabels?: Record<string, string>; deleted?: KustomizeDeletion[]; images?: KustomizeImage[]; jsonPatches?: KustomizeJsonPatch[]; roots: string[] };
  // The JSON patches of the kustomizations on the way, a list per kustomization (root first), with what each
  // does to names and namespaces: a patch names objects as the kustomizations inside its own have left them.
  type Layer = { readonly prefix: string; readonly suffix: string; readonly namespace: string | undefined; readonly patches: readonly JsonPatchEntry[] };
  const patchesOf = (layers: readonly Layer[]): KustomizeJsonPatch[] => {
    const out: KustomizeJsonPatch[] = [];
    for (let depth = layers.length - 1; depth >= 0; depth--) {
      for (const { target, operations, merge, late, fromFile } of layers[depth]?.patches ?? []) {
        // A `patchesJson6902` entry runs after its kustomization's namespace and name transformers.
        const inner = layers.slice(late ? depth : depth + 1);
        const prefix = inner.map((layer) => layer.prefix).join('');
        const suffix = inner.map((layer) => layer.suffix).reverse().join('');
        const namespace = inner.find((layer) => layer.namespace !== undefined)?.namespace;
        out.push({ target, operations, ...(merge !== undefined && { merge }), prefix, suffix, ...(namespace !== undefined && { namespace }), ...(fromFile && { fromFile }) });
      }
    }
    return out;
  };
  const found = new Map<string, Map<string, View>>();
  for (const root of roots) {
    const rootShown = shown(root);
    // What a walk of a kustomization adds depends only on it and the namespace it inherits, so each pair is
    // walked once per root: kustomizations that each build both of the next ones reach the last ones by
    // 2^depth paths (and a cycle comes back to a pair already walked).
    const walked = new Set<string>();
    // Name affixes differ along each way, so the pairs are 2^depth again where every kustomization adds its
    // own prefix: past MAX_WALKS_PER_DIRECTORY ways into one directory, a root's further ones are not
    // walked (only input built to be hostile has them; the views they would add differ only in names).
    const walks = new Map<string, number>();
    // `prefix`/`suffix`: what the kustomizations on the way from the root add to names; each adds its own
    // inside those of the kustomizations that build it (theirs run after it).
    // `labels`: the selector labels of the kustomizations on the way (an outer one's value wins: its
    // transformer runs last).
    // `deleted`: what the `$patch: delete` patches of the kustomizations that build this one remove, named as
    // this one's build writes its objects.
    // `images`: the `images` entries of the kustomizations that build this one (an outer one's transformer
    // runs after this one's, so they come after its own).
    // `layers`: the kustomizations on the way (root first) as their JSON patches see them (Layer).
    // `component`: whether `dir` is a component of the one that lists it, whose patches run in that one's
    // build (over all it builds), not here again.
    const walk = (dir: string, namespace: string | undefined, from: string | undefined, prefix: string, suffix: string, labels: Readonly<Record<string, string>>, deleted: readonly KustomizeDeletion[], outerImages: readonly KustomizeImage[], outerLayers: readonly Layer[], component: boolean) => {
      const kustomization = kustomizations.get(dir);
      const key = `${dir}\0${namespace ?? ''}\0${from ?? ''}\0${namespace === undefined ? 0 : 1}\0${prefix}\0${suffix}\0${JSON.stringify(labels)}\0${JSON.stringify(deleted)}\0${JSON.stringify(outerImages)}\0${JSON.stringify(outerLayers)}\0${component ? 1 : 0}`;
      if (!kustomization || walked.has(key)) return;
      const count = (walks.get(dir) ?? 0) + 1;
      if (count > MAX_WALKS_PER_DIRECTORY) return;
      walks.set(dir, count);
      walked.add(key);
      // An outer kustomization's namespace is applied after this one's, so it stands.
      const [ns, by] = namespace !== undefined ? [namespace, from] : [kustomization.namespace, kustomization.namespace === undefined ? undefined : kustomization.file];
      const [pre, suf] = [prefix + kustomization.prefix, kustomization.suffix + suffix];
      const merged = { ...kustomization.labels, ...labels };
      const below = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, own(merged, key) ?? ''])) as Record<string, string>;
      // Its own patches apply before its transformers, so they name objects as what it builds writes them.
      const removed = [...deleted.map((d) => deletionBelow(d, kustomization)), ...kustomization.deletions];
      const images = [...kustomization.images, ...outerImages];
      // A component's patches run in the kustomization that lists it, before that one's own (kustomize
      // accumulates resources, then components, then runs the transformers).
      const componentPatches = (of: string, seen: Set<string>): JsonPatchEntry[] =>
        (kustomizations.get(of)?.components ?? []).flatMap((entry) => {
          const listedComponent = kustomizations.get(entry);
          if (!listedComponent || seen.has(entry)) return [];
          seen.add(entry);
          return [...componentPatches(entry, seen), ...listedComponent.jsonPatches];
        });
      const patches = component ? [] : [...componentPatches(dir, new Set([dir])), ...kustomization.jsonPatches];
      const layers = [...outerLayers, { prefix: kustomization.prefix, suffix: kustomization.suffix, namespace: kustomization.namespace, patches }];
      const realDir = realPath(dir);
      for (const entry of kustomization.entries) {
        if (kustomizations.has(entry)) {
          walk(entry, ns, by, pre, suf, below, removed, images, layers, component || kustomization.components.includes(entry));
          continue;
        }
        if (!(statQuietly(entry)?.isFile() ?? false) || !loadableFrom(realDir, entry)) continue;
        const views = found.get(entry) ?? new Map<string, View>();
        found.set(entry, views);
        const selectorLabels = Object.keys(below).length === 0 ? {} : { selectorLabels: below };
        const deletions = removed.length === 0 ? {} : { deleted: removed };
        const imaged = images.length === 0 ? {} : { images };
        const jsonPatches = patchesOf(layers);
        const patched = jsonPatches.length === 0 ? {} : { jsonPatches };
        const viewKey = `${ns === undefined ? 0 : 1}\0${ns ?? ''}\0${by ?? ''}\0${pre}\0${suf}\0${JSON.stringify(below)}\0${JSON.stringify(removed)}\0${JSON.stringify(images)}\0${JSON.stringify(jsonPatches)}`;
        let view = views.get(viewKey);
        if (!view) {
          const affix = pre === '' && suf === '' ? {} : { nameAffix: `${pre}\0${suf}` };
          views.set(viewKey, (view = { ...(ns !== undefined && { namespace: ns, ...(by !== undefined && { namespaceFrom: by }) }), ...affix, ...selectorLabels, ...deletions, ...imaged, ...patched, roots: [] }));
        }
        if (!view.roots.includes(rootShown)) view.roots.push(rootShown);
      }
    };
    walk(root, undefined, undefined, '', '', {}, [], [], [], false);
  }
  // The ServiceAccounts of each build root, with the namespace its build gives each, for the subjects of
  // its bindings (only for files the build gives a namespace: the others' subjects are left as written).
  const accountsOf = new Map<string, KustomizeAccount[]>();
  for (const [file, views] of found) {
    // Only files of the input are read: one outside it is not linted either.
    if (!discovered.has(file) || ![...views.values()].some((view) => view.namespace !== undefined)) continue;
    const accounts = serviceAccountsIn(file, maxBytes);
    for (const view of views.values()) {
      if (view.namespace === undefined) continue;
      for (const root of view.roots) {
        const list = accountsOf.get(root) ?? [];
        for (const account of accounts) list.push({ ...account, namespace: view.namespace });
        accountsOf.set(root, list);
      }
    }
  }
  // A view with a namespace is one per set of ServiceAccounts: roots that share the rest but not those
  // resolve a binding's subjects apart.
  const builds = new Map<string, KustomizeBuild[]>();
  for (const [file, views] of found) {
    const out: KustomizeBuild[] = [];
    for (const view of views.values()) {
      if (view.namespace === undefined) {
        out.push({ ...view, roots: [...view.roots].sort() });
        continue;
      }
      const byAccounts = new Map<string, { accounts: KustomizeAccount[]; roots: string[] }>();
      for (const root of view.roots) {
        const accounts = accountsOf.get(root) ?? [];
        const key = JSON.stringify(accounts);
        const group = byAccounts.get(key) ?? { accounts, roots: [] };
        group.roots.push(root);
        byAccounts.set(key, group);
      }
      for (const { accounts, roots: shared } of byAccounts.values()) out.push({ ...view, roots: shared.sort(), accounts });
    }
    // The first root in path order first: findings that every view gives alike are kept from it.
    out.sort((a, b) => compareText(a.roots[0] ?? '', b.roots[0] ?? '') || compareText(JSON.stringify(a), JSON.stringify(b)));
    builds.set(file, out);
  }
  return builds;
}

/** A JSON or strategic-merge patch a kustomization lists: its target as written and its operations, or the strategic-merge patch. */
interface JsonPatchEntry {
  readonly target: unknown;
  readonly operations: readonly unknown[];
  readonly merge?: unknown;
  /** Listed under `patchesJson6902`: run after the kustomization's namespace and name transformers. */
  readonly late: boolean;
  /**
   * Read from a file of the input that is checked for the values it states (its target names a kind:
   * kustomizePatchUse), so those values are reported there and not again at the object it patches. An
   * inline `patch:`, a file some kustomization lists as a resource (linted as an object, not as a patch), or
   * a JSON patch file whose target names no kind (`labelSelector` and a name pattern alone) is checked
   * nowhere as a patch: what it sets is reported at the object.
   */
  readonly fromFile: boolean;
}

function listed(value: unknown, field: string): string[] {
  const list = isPlainObject(value) ? own(value, field) : undefined;
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '' && !entry.includes('\0')).map((entry) => entry.trim()) : [];
}

/**
 * The JSON and strategic-merge patches a kustomization lists, in the order kustomize runs them
 * (api/internal/target/kusttarget_configplugin.go `configureBuiltinTransformers`): `patchesStrategicMerge`
 * entries (a file, or inline YAML), then `patches` entries in their order (inline `patch:` or the file at
 * `path:`; a list of operations with a target is a JSON patch, maps are strategic-merge patches: with a
 * target only one, without one each names its object), then `patchesJson6902` entries (after its namespace
 * and name transformers). `read` gives the documents of a listed file (none for one kustomize would not load);
 * `checkedAsPatch` says whether a listed file is linted as a patch (see JsonPatchEntry.fromFile).
 */
function jsonPatchEntries(value: unknown, file: string, read: (listedPath: string) => unknown[], checkedAsPatch: (listedPath: string) => boolean): JsonPatchEntry[] {
  if (!isPlainObject(value)) return [];
  const out: JsonPatchEntry[] = [];
  const strategic = (documents: readonly unknown[], target: unknown, fromFile: boolean) => {
    const patches = documents.filter((document) => document !== null && document !== undefined);
    if (patches.length === 0 || !patches.every(isPlainObject)) return;
    if (target !== undefined && patches.length !== 1) return;
    // A `$patch: delete` document removes its object from the build (deletionOf), merged into nothing.
    for (const merge of patches) if (!Object.hasOwn(merge, '$patch')) out.push({ target, operations: [], merge, late: false, fromFile });
  };
  const merges = own(value, 'patchesStrategicMerge');
  for (const entry of Array.isArray(merges) ? merges : []) {
    if (typeof entry !== 'string' || entry.trim() === '' || entry.includes('\0')) continue;
    const text = entry.trim();
    // A file kustomize can load, else the entry's own text as YAML.
    const listedFile = text.includes('\n') ? [] : read(text);
    if (listedFile.length > 0) strategic(listedFile, undefined, checkedAsPatch(text));
    else if (text.includes('\n') || text.includes(':')) strategic(inlineValues(text, file), undefined, false);
  }
  for (const field of ['patches', 'patchesJson6902']) {
    const list = own(value, field);
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!isPlainObject(entry)) continue;
      const target = own(entry, 'target');
      const targeted = isPlainObject(target);
      if (!targeted && (field === 'patchesJson6902' || (target !== undefined && target !== null))) continue;
      const inline = own(entry, 'patch');
      const listedPath = own(entry, 'path');
      let documents: unknown[] = [];
      if (typeof inline === 'string') documents = inlineValues(inline, file);
      else if (typeof listedPath === 'string' && listedPath.trim() !== '' && !listedPath.includes('\0')) documents = read(listedPath.trim());
      const operations = documents.length === 1 ? documents[0] : undefined;
      if (Array.isArray(operations)) {
        if (!targeted) continue;
        const how = field === 'patchesJson6902' ? 'json6902' : 'targeted';
        const checkedInFile = typeof inline !== 'string' && checkedAsPatch(String(listedPath).trim()) && jsonPatchTarget({ path: '', how, target }) !== undefined;
        out.push({ target, operations, late: how === 'json6902', fromFile: checkedInFile });
      } else if (field === 'patches') strategic(documents, targeted ? target : undefined, typeof inline !== 'string' && checkedAsPatch(String(listedPath).trim()));
    }
  }
  return out;
}

/** The plain values of the documents of an inline patch text. */
function inlineValues(text: string, file: string): unknown[] {
  const values: unknown[] = [];
  for (const document of parseSource({ file, text }).documents) {
    if (document.problem) return [];
    try {
      values.push(document.toValue());
    } catch {
      return [];
    }
  }
  return values;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ServiceAccounts a resource file defines: name and the namespace the file states. */
function serviceAccountsIn(file: string, maxBytes: number): { name: string; stated?: string }[] {
  const loaded = decodeRead(readFileBytes(file, file, maxBytes));
  if (!loaded.ok || !loaded.source.text.includes('ServiceAccount')) return [];
  const accounts: { name: string; stated?: string }[] = [];
  for (const document of parseSource(loaded.source).documents) {
    if (document.problem) continue;
    let value: unknown;
    try {
      value = document.toValue();
    } catch {
      continue;
    }
    for (const resource of resourcesIn(value)) {
      if (resource.kind !== 'ServiceAccount' || resource.apiVersion !== 'v1' || resource.name === undefined) continue;
      accounts.push({ name: resource.name, ...(resource.namespace !== undefined && { stated: resource.namespace }) });
    }
  }
  return accounts;
}
