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
import { type Resource } from './resource.js';
/** How a kustomization lists a file (kustomizationPatchListings in src/model/kustomization.ts). */
export type PatchListing = 
/** `patches` without `target`, or `patchesStrategicMerge`: strategic-merge patches matched by their own identity. */
{
    readonly path: string;
    readonly how: 'merge';
}
/** `patches` with `target`: a strategic-merge or JSON patch applied to what the selector selects. */
 | {
    readonly path: string;
    readonly how: 'targeted';
    readonly target: unknown;
}
/** `patchesJson6902`: JSON patch operations, applied to what the selector selects. */
 | {
    readonly path: string;
    readonly how: 'json6902';
    readonly target: unknown;
}
/** `transformers`, `generators`, `validators`: plugin configuration. */
 | {
    readonly path: string;
    readonly how: 'plugin';
    readonly field: string;
};
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
export type ListingVerdict = {
    readonly used: true;
} | {
    readonly used: false;
    readonly why: string;
};
/**
 * What kustomize does with `resource`, an object of a document of a file listed by `listedBy` as `listing`,
 * given what that kustomization builds (`build`); undefined `build` when it cannot be known at all.
 */
export declare function listingVerdict(resource: Resource, listing: PatchListing, listedBy: string, build: Build | undefined): ListingVerdict;
/**
 * The object a listing's JSON patch operations are applied to, when its target names a kind plainly (not
 * a regular expression); undefined otherwise, or for a listing without a target.
 */
export declare function jsonPatchTarget(listing: PatchListing): PatchTarget | undefined;
