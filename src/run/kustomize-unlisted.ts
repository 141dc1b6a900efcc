/**
 * Which files of the input lie in a kustomization's tree but are listed by none of the input's
 * kustomizations. kubebuilder scaffolds patches such as `config/default/manager_webhook_patch.yaml` and
 * names them in its kustomization only in a comment until they are enabled; kustomize never reads them.
 * Read before linting, from every file of the input, so a shard and a worker judge a file as a single run does.
 */
import path from 'node:path';
import { toDisplayPath, type DiscoveredFile } from '../load/discover.js';
import { KUSTOMIZATION_FILE_NAMES } from '../model/kustomization.js';
import { isPlainObject } from '../model/resource.js';
import { isBelow, kustomizationsFor, type KustomizationValues } from './kustomize-patches.js';

/** How many texts of one kustomization are taken as file names at most (a real one has tens). */
const MAX_TEXTS = 10_000;

/**
 * Every text a kustomization holds that could name a file, resolved against its directory: the entries of
 * resources, patches, generators' `files` and `envs` (a `key=path` entry by its path), crds, configurations,
 * replacements' `path`, Helm charts' values files, and any field a later kustomize adds. Counting a text
 * that names no file costs nothing; missing one that does would treat a listed file as unlisted.
 */
function namedFiles(value: unknown, dir: string, into: Set<string>): void {
  const stack: unknown[] = [value];
  let texts = 0;
  while (stack.length > 0 && texts < MAX_TEXTS) {
    const next = stack.pop();
    if (typeof next === 'string') {
      texts++;
      const text = next.trim();
      if (text === '' || text.includes('\n') || text.includes('\0')) continue;
      into.add(path.resolve(dir, text));
      const equals = text.indexOf('=');
      if (equals !== -1) into.add(path.resolve(dir, text.slice(equals + 1).trim()));
    } else if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (isPlainObject(next)) {
      for (const item of Object.values(next)) stack.push(item);
    }
  }
}

/**
 * For each discovered file (absolute path) in or below the directory of a kustomization of the input and
 * named by none of them, the nearest such kustomization, as reports show paths. Only directories of the
 * input are looked at: the file's own directory, and for a file found by walking a directory, its parents
 * up to that directory.
 */
export function kustomizeUnlistedFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string): Map<string, string> {
  const kustomizationIn = new Map<string, string>();
  const named = new Set<string>();
  // The kustomizations among the files first, then those beside them: the first of a directory is its own.
  for (const file of kustomizationsFor(files)) {
    const dir = path.dirname(file);
    if (kustomizationIn.has(dir)) continue;
    kustomizationIn.set(dir, file);
    for (const value of valuesOf(file)) namedFiles(value, dir, named);
  }
  const unlisted = new Map<string, string>();
  if (kustomizationIn.size === 0) return unlisted;
  for (const file of files) {
    if (KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path)) || named.has(file.path)) continue;
    for (let dir = path.dirname(file.path); ; dir = path.dirname(dir)) {
      const kustomization = kustomizationIn.get(dir);
      if (kustomization !== undefined) {
        unlisted.set(file.path, toDisplayPath(cwd, kustomization));
        break;
      }
      if (dir === file.input || !isBelow(file.input, dir)) break;
    }
  }
  return unlisted;
}
