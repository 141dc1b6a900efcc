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
/** `patchesJson6902`: JSON patch operations. */
 | {
    readonly path: string;
    readonly how: 'json6902';
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
export declare function listingVerdict(resource: Resource, listing: PatchListing, listedBy: string, build: BuildContents | undefined): ListingVerdict;
