import type { DiscoveredFile } from '../load/discover.js';
/** The plain values of the documents of a kustomization file, read once per run (see kustomizationReader). */
export type KustomizationValues = (file: string) => unknown[];
/**
 * Reads kustomization files for the run's two questions (patches, and which builds include which), each
 * file once: both ask about the same files.
 */
export declare function kustomizationReader(maxBytes: number): KustomizationValues;
/** Absolute paths of the patch and plugin configuration files listed by the kustomizations that may hold `files` (see kustomizationsFor). */
export declare function kustomizePatchFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Set<string>;
/**
 * Which kustomization directory of the input builds which other one: for each directory that another
 * kustomization among `files` lists under resources, bases or components, the directories that list it
 * (sorted). A kustomize component (base/dex under base/) is part of what builds it, not a project.
 */
export declare function kustomizeIncludes(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, string[]>;
