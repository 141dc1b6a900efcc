/**
 * The files the kustomizations of the input list as patches (src/model/kustomization.ts), read before
 * linting so each patch is known as one whichever thread lints it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { DiscoveredFile } from '../load/discover.js';
import { parseSource } from '../load/parse.js';
import { decodeRead, readFileBytes } from '../load/read.js';
import { KUSTOMIZATION_FILE_NAMES, kustomizationPatchFiles, kustomizationSources } from '../model/kustomization.js';

/**
 * The kustomization files that may list one of `files` as a patch: those in the directory of each (a
 * patch named on the command line is one whether or not its kustomization is named too), and every one
 * among `files`.
 */
function kustomizationsFor(files: readonly DiscoveredFile[]): string[] {
  const found = new Set<string>();
  const dirs = new Set<string>();
  for (const file of files) {
    if (KUSTOMIZATION_FILE_NAMES.includes(path.basename(file.path))) found.add(file.path);
    else dirs.add(path.dirname(file.path));
  }
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) found.add(candidate);
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
function isBelow(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Absolute paths of the patch and plugin configuration files listed by the kustomizations that may hold
 * `files` (see kustomizationsFor). A kustomization added anywhere in the tree must not make another file a
 * patch, so only what kustomize itself would load as one counts: a file in or below the kustomization's
 * directory (kustomize's default load restrictor, LoadRestrictionsRootOnly, refuses any other: "security;
 * file ... is not in or below ..."), and none that one of those kustomizations lists as a resource, which
 * kustomize builds and applies as it is.
 */
export function kustomizePatchFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Set<string> {
  const patches = new Set<string>();
  const resources = new Set<string>();
  for (const file of kustomizationsFor(files)) {
    const dir = path.dirname(file);
    for (const value of valuesOf(file)) {
      for (const listed of kustomizationPatchFiles(value)) {
        const target = path.resolve(dir, listed);
        if (isBelow(dir, target)) patches.add(target);
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
        if (target === dir || !(statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false)) continue;
        const list = includedBy.get(target) ?? [];
        if (!list.includes(dir)) list.push(dir);
        includedBy.set(target, list);
      }
    }
  }
  for (const list of includedBy.values()) list.sort();
  return includedBy;
}
