import type { ParsedDocument, ParseProblem } from '../load/parse.js';
import type { PatchTarget } from '../load/source.js';
import type { K8sVersion } from '../k8s/versions.js';
import { type Resource } from './resource.js';
/**
 * The objects of a document, and the problem that cost it some or all of them: a document that cannot be
 * expanded has none; of a List whose item is an unrendered template, the other items are kept.
 */
export type DocumentResources = {
    readonly resources: Resource[];
    /** The document's kustomize patches (partial objects: see resourcesOfDocument), checked only for the values they state. */
    readonly patches?: Resource[];
    readonly problem?: ParseProblem;
};
/**
 * The Kubernetes objects of a syntactically valid document. Turning YAML into values can still fail
 * (an alias bomb past the expansion limit); that becomes a problem on the document's first line. A
 * kustomize patch (`patch`: the file is listed as one; or a strategic-merge directive such as `$patch` in
 * the object) holds partial objects, and kustomize plugin configuration (listed under `transformers` or
 * `generators`, or `apiVersion: builtin`) tells kustomize what to do: none of them is an object to lint.
 * Patches are returned apart (`patches`): what they state becomes part of the object they patch, so the
 * rules that report stated values check them (RuleMeta.checksPatches).
 * Both are decided per object, so the wrapper of a List or one of its items never hides the other items,
 * and a document Helm rendered is never read as a patch. The objects are as the file writes them: what
 * kustomize builds make of them is objectsOfBuilds (src/model/kustomization.ts).
 */
export declare function resourcesOfDocument(parsed: ParsedDocument, patch?: boolean, operationsOn?: PatchTarget, target?: K8sVersion): DocumentResources;
/**
 * Of the objects of a file that lies in a kustomization's tree but that no kustomization of the input lists
 * (kubebuilder's `config/default/manager_*_patch.yaml`, named only in a comment of its kustomization), those
 * that lack a field the API server requires, each with that field: kustomize patches not in use, never an
 * object kustomize builds or `kubectl apply -f` could create. Like listed patches they are checked only for
 * the values they state. An object that has every required field (or whose kind pci-lint has no schema of)
 * could be applied as it is, and is linted as the object it is.
 */
export declare function unlistedPatches(objects: readonly Resource[], target: K8sVersion): {
    readonly resource: Resource;
    readonly missing: string;
}[];
