import type { DiscoveredFile } from '../load/discover.js';
import type { KustomizePatch } from '../load/source.js';
import { type KustomizationValues, type ListedPatch } from './kustomize-patches.js';
/**
 * For each file kustomizations of the input list as a patch or plugin configuration (`listed`, from
 * kustomizePatchFiles), the documents kustomize would use as no listing of it does: refused (an object under
 * patchesJson6902, a Pod under transformers, a patch that matches no object of its build) or applied to
 * nothing (a target that selects nothing). A document is judged only where the listing kustomization's whole
 * build is in the input; with a remote base, a Helm chart, a generator plugin, a file outside the input, or
 * for a component (whose patches apply to what includes it), it is taken to be used.
 */
export declare function kustomizePatchUse(listed: ReadonlyMap<string, readonly ListedPatch[]>, files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string, maxBytes: number): Map<string, KustomizePatch>;
