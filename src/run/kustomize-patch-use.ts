/**
 * Which documents of the files kustomizations list as patches or plugin configuration kustomize would use
 * as such (src/model/kustomize-targets.ts). A document it would refuse or apply to nothing is linted as the
 * object it is: otherwise a kustomization.yaml that lists a privileged Pod under `patches:` would hide it
 * from the lint while `kubectl apply -f` creates it. Read before linting, from every file of the input, so
 * a shard and a worker judge a file as a single run does.
 */
import path from 'node:path';
import type { DiscoveredFile } from '../load/discover.js';
import { parseSource } from '../load/parse.js';
import { decodeRead, readFileBytes } from '../load/read.js';
import type { KustomizePatch, PatchTarget } from '../load/source.js';
import { isKustomizeComponent, keepsItsName, KUSTOMIZATION_FILE_NAMES, kustomizationGenerated, kustomizationHiddenPart, kustomizationNameAffixes, kustomizationNamespace, kustomizationSources } from '../model/kustomization.js';
import { jsonPatchTarget, listingVerdict, type Build, type BuildContents, type BuiltObject } from '../model/kustomize-targets.js';
import { resourcesIn, type Resource } from '../model/resource.js';
import { loadableFrom, realPath, statQuietly, type KustomizationValues, type ListedPatch } from './kustomize-patches.js';

/**
 * Past this many objects (names counted apart) a build judges nothing: only input built to be hostile has
 * that many (kustomizations whose prefixes differ along each of 2^depth ways to a base).
 */
const MAX_BUILD_OBJECTS = 10_000;

/** How much text of the files of builds is kept while patches are judged (a file over it is read again each time it is asked). */
const TEXT_BUDGET = 64 * 1024 * 1024;

/** The plain values of each document of a file, by document index; undefined when the file cannot be read or a document of it parsed. */
function documentValues(file: string, maxBytes: number): unknown[] | undefined {
  const loaded = decodeRead(readFileBytes(file, file, maxBytes));
  if (!loaded.ok) return undefined;
  const documents: unknown[] = [];
  for (const document of parseSource(loaded.source).documents) {
    if (document.problem) return undefined;
    try {
      documents.push(document.toValue());
    } catch {
      return undefined;
    }
  }
  return documents;
}

/** The objects of each document of a file, by document index (see documentValues). */
function objectsByDocument(file: string, maxBytes: number): Resource[][] | undefined {
  return documentValues(file, maxBytes)?.map(resourcesIn);
}

function builtObject(resource: Resource): BuiltObject | undefined {
  if (resource.name === undefined) return undefined;
  const slash = resource.apiVersion.indexOf('/');
  return { group: resource.group, version: slash === -1 ? resource.apiVersion : resource.apiVersion.slice(slash + 1), kind: resource.kind, names: [resource.name] };
}

/**
 * Each kustomization directory's build as patch verdicts ask about it (Build): whether its files mention a
 * text, and, read only when asked, its objects.
 */
function buildContentsReader(discovered: ReadonlySet<string>, valuesOf: KustomizationValues, maxBytes: number): (dir: string) => Build {
  const contentsOf = buildObjectsReader(discovered, valuesOf, maxBytes);
  const filesOf = buildFilesReader(discovered, valuesOf);
  const texts = textReader(maxBytes);
  const builds = new Map<string, Build>();
  return (dir) => {
    let build = builds.get(dir);
    if (!build) {
      const mentioned = new Map<string, boolean>();
      let contents: BuildContents | undefined;
      build = {
        mentions: (text) => {
          let found = mentioned.get(text);
          if (found === undefined) mentioned.set(text, (found = [...filesOf(dir)].some((file) => holdsToken(texts(file) ?? '', text))));
          return found;
        },
        contents: () => (contents ??= contentsOf(dir, false)),
      };
      builds.set(dir, build);
    }
    return build;
  };
}

/** A character a Kubernetes name or kind can hold: a name mentioned in a text is not part of a longer word. */
function isNameCharacter(code: number | undefined): boolean {
  return code !== undefined && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 46 || code === 95);
}

/** Whether `text` holds `token` as a whole word (`web` in `name: web`, not in `website` or `apiVersion`). */
function holdsToken(text: string, token: string): boolean {
  if (token === '') return false;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    if (!isNameCharacter(text.charCodeAt(at - 1) || undefined) && !isNameCharacter(text.charCodeAt(at + token.length) || undefined)) return true;
  }
  return false;
}

/**
 * The text of files, each read once while the texts kept stay under a budget (past it, read again each
 * time): the mentions of one build are asked of the same files for each of its patches.
 */
function textReader(maxBytes: number): (file: string) => string | undefined {
  const kept = new Map<string, string | undefined>();
  let budget = TEXT_BUDGET;
  return (file) => {
    if (kept.has(file)) return kept.get(file);
    const loaded = decodeRead(readFileBytes(file, file, maxBytes));
    const text = loaded.ok ? loaded.source.text : undefined;
    if (text === undefined || text.length <= budget) {
      kept.set(file, text);
      budget -= text?.length ?? 0;
    }
    return text;
  };
}

/** The resource files of each kustomization directory's build (the input's only, none read), each directory walked once. */
function buildFilesReader(discovered: ReadonlySet<string>, valuesOf: KustomizationValues): (dir: string) => ReadonlySet<string> {
  const known = new Map<string, ReadonlySet<string>>();
  const filesOf = (dir: string): ReadonlySet<string> => {
    const done = known.get(dir);
    if (done) return done;
    // A cycle (kustomize refuses it) adds nothing.
    known.set(dir, new Set());
    const files = new Set<string>();
    const file = KUSTOMIZATION_FILE_NAMES.map((name) => path.join(dir, name)).find((candidate) => discovered.has(candidate));
    for (const value of file === undefined ? [] : valuesOf(file)) {
      for (const entry of kustomizationSources(value)) {
        const target = path.resolve(dir, entry);
        if (discovered.has(target)) files.add(target);
        else if (statQuietly(target)?.isDirectory()) for (const inner of filesOf(target)) files.add(inner);
      }
    }
    known.set(dir, files);
    return files;
  };
  return filesOf;
}

/**
 * What each kustomization directory builds, as far as the input shows it (BuildContents), each directory
 * read once. `affixed`: with the names the kustomization's own namePrefix/nameSuffix give (what a
 * kustomization that builds it sees); without, what its own patches see, as kustomize applies a
 * kustomization's patches before its prefix and suffix.
 */
function buildObjectsReader(discovered: ReadonlySet<string>, valuesOf: KustomizationValues, maxBytes: number): (dir: string, affixed: boolean) => BuildContents {
  const known = new Map<string, BuildContents>();
  const walking = new Set<string>();
  const contentsOf = (dir: string, affixed: boolean): BuildContents => {
    const key = `${affixed ? 1 : 0}\0${dir}`;
    const done = known.get(key);
    if (done) return done;
    // kustomize refuses a cycle; nothing is judged through one.
    if (walking.has(dir)) return { objects: [], hidden: 'a cycle' };
    walking.add(dir);
    const contents = read(dir, affixed);
    walking.delete(dir);
    known.set(key, contents);
    return contents;
  };
  const read = (dir: string, affixed: boolean): BuildContents => {
    const file = KUSTOMIZATION_FILE_NAMES.map((name) => path.join(dir, name)).find((candidate) => discovered.has(candidate));
    const values = file === undefined ? [] : valuesOf(file);
    if (values.length === 0) return { objects: [], hidden: 'a kustomization that is not among the inputs' };
    const objects: BuiltObject[] = [];
    let hidden: string | undefined;
    const realDir = realPath(dir);
    for (const value of values) {
      hidden ??= kustomizationHiddenPart(value);
      for (const { kind, name } of kustomizationGenerated(value)) objects.push({ group: '', version: 'v1', kind, names: [name] });
      for (const entry of kustomizationSources(value)) {
        const target = path.resolve(dir, entry);
        const stats = statQuietly(target);
        if (stats?.isDirectory()) {
          const inner = contentsOf(target, true);
          for (const object of inner.objects) objects.push(object);
          hidden ??= inner.hidden;
          continue;
        }
        const documents = stats?.isFile() && discovered.has(target) && loadableFrom(realDir, target) ? objectsByDocument(target, maxBytes) : undefined;
        if (!documents) {
          hidden ??= 'a resource that is not among the inputs or cannot be read';
          continue;
        }
        for (const resource of documents.flat()) {
          const object = builtObject(resource);
          if (object) objects.push(object);
        }
      }
    }
    const affixes = values.map(kustomizationNameAffixes);
    const prefix = affixes.find((a) => a.prefix !== '')?.prefix ?? '';
    const suffix = affixes.find((a) => a.suffix !== '')?.suffix ?? '';
    // The namespace transformer names a Namespace after the kustomization's namespace (namespaceTransformed
    // in src/model/kustomization.ts); the prefix and suffix transformers leave it alone.
    const namespace = values.map(kustomizationNamespace).find((n) => n !== undefined);
    const rename = (object: BuiltObject): BuiltObject => {
      if (object.kind === 'Namespace' && object.group === '' && object.version === 'v1') return namespace === undefined ? object : { ...object, names: [...object.names, namespace] };
      return keepsItsName(object) || (prefix === '' && suffix === '') ? object : { ...object, names: [...object.names, `${prefix}${object.names.at(-1) ?? ''}${suffix}`] };
    };
    const renamed = affixed ? objects.map(rename) : objects;
    // A base reached along several ways is one set of objects, not one per way: kustomizations that each
    // build both of the next ones would otherwise double the list at every level.
    const distinct = new Map<string, BuiltObject>();
    for (const object of renamed) distinct.set(`${object.group}\0${object.version}\0${object.kind}\0${object.names.join('\0')}`, object);
    if (distinct.size > MAX_BUILD_OBJECTS) return { objects: [], hidden: 'more objects than are judged' };
    return { objects: [...distinct.values()], ...(hidden !== undefined && { hidden }) };
  };
  return contentsOf;
}

/**
 * For each file kustomizations of the input list as a patch or plugin configuration (`listed`, from
 * kustomizePatchFiles), the documents kustomize would use as no listing of it does: refused (an object under
 * patchesJson6902, a Pod under transformers, a patch that matches no object of its build) or applied to
 * nothing (a target that selects nothing). A document is judged only where the listing kustomization's whole
 * build is in the input; with a remote base, a Helm chart, a generator plugin, a file outside the input, or
 * for a component (whose patches apply to what includes it), it is taken to be used.
 */
export function kustomizePatchUse(listed: ReadonlyMap<string, readonly ListedPatch[]>, files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string, maxBytes: number): Map<string, KustomizePatch> {
  const discovered = new Set(files.map((file) => file.path));
  const buildAt = buildContentsReader(discovered, valuesOf, maxBytes);
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  const buildOf = (kustomization: string): Build | undefined => (valuesOf(kustomization).some(isKustomizeComponent) ? undefined : buildAt(path.dirname(kustomization)));
  const use = new Map<string, KustomizePatch>();
  for (const [file, listings] of listed) {
    // A patch that is not among the inputs is not linted either; one that cannot be read or parsed is
    // reported when it is linted.
    const values = discovered.has(file) ? documentValues(file, maxBytes) : undefined;
    const objects: { document: number; why: string }[] = [];
    const operations: { document: number; target: PatchTarget }[] = [];
    values?.forEach((value, document) => {
      // A list of JSON patch operations, checked as what it sets on the object its listing targets.
      const target = Array.isArray(value) ? listings.map(({ listing }) => jsonPatchTarget(listing)).find((t) => t !== undefined) : undefined;
      if (target) operations.push({ document, target });
      for (const resource of resourcesIn(value)) {
        const verdicts = listings.map(({ kustomization, listing }) => listingVerdict(resource, listing, shown(kustomization), buildOf(kustomization)));
        const [first] = verdicts;
        if (first && !first.used && verdicts.every((verdict) => !verdict.used)) {
          objects.push({ document, why: first.why });
          return;
        }
      }
    });
    use.set(file, { ...(objects.length > 0 && { objects }), ...(operations.length > 0 && { operations }) });
  }
  return use;
}
