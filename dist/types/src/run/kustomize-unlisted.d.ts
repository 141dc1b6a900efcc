import { type DiscoveredFile } from '../load/discover.js';
import { type KustomizationValues } from './kustomize-patches.js';
/**
 * For each discovered file (absolute path) in or below the directory of a kustomization of the input and
 * named by none of them, the nearest such kustomization, as reports show paths. Only directories of the
 * input are looked at: the file's own directory, and for a file found by walking a directory, its parents
 * up to that directory.
 */
export declare function kustomizeUnlistedFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string): Map<string, string>;
