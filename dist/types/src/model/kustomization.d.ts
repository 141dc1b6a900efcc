import type { KustomizeAccount, KustomizeBuild, KustomizeDeletion, KustomizeImage, KustomizeJsonPatch, RenderedSource } from '../load/source.js';
import { type PatchEffect } from './json-patch-apply.js';
import type { PatchListing } from './kustomize-targets.js';
import { Resource, type PlainObject } from './resource.js';
/** File names kustomize reads as a kustomization (api/konfig/general.go: RecognizedKustomizationFileNames). */
export declare const KUSTOMIZATION_FILE_NAMES: readonly string[];
/**
 * The patch and plugin configuration files a kustomization lists, as written (relative to its directory),
 * with how each is listed (see src/model/kustomize-targets.ts for what kustomize does with each). Inline
 * patches (a `patch:` text, or a `patchesStrategicMerge` entry holding YAML) name no file and are left out.
 */
export declare function kustomizationPatchListings(value: unknown): PatchListing[];
/**
 * True for kustomize's builtin plugin configuration (`apiVersion: builtin`, e.g. a PatchTransformer written
 * inline or in a file): kustomize runs it; it is not an object of the cluster.
 */
export declare function isKustomizePluginConfig(value: unknown): boolean;
/**
 * The local entries a kustomization builds from (`resources`, `bases`, `components`): paths of files or
 * directories relative to it. Remote ones (URLs, `github.com/...`) are left out.
 */
export declare function kustomizationSources(value: unknown): string[];
/**
 * What of a kustomization's build no file of the input can show, said for a message: a remote entry of
 * `resources`, `bases` or `components`, a Helm chart, or a generator plugin. Undefined when it has none.
 */
export declare function kustomizationHiddenPart(value: unknown): string | undefined;
/** The objects a kustomization's `configMapGenerator` and `secretGenerator` make: kind and name. */
export declare function kustomizationGenerated(value: unknown): {
    readonly kind: 'ConfigMap' | 'Secret';
    readonly name: string;
}[];
/** True for a kustomization of `kind: Component`: its patches apply to the objects of whatever includes it. */
export declare function isKustomizeComponent(value: unknown): boolean;
/** True when a document holds a strategic-merge patch directive anywhere: it is a patch, not an object. */
export declare function holdsPatchDirective(value: unknown, depth?: number): boolean;
/**
 * The annotation kustomize writes on every object of a build when the kustomization has
 * `buildMetadata: [originAnnotations]` (kustomize api/resource/origin.go: `config.kubernetes.io/origin`).
 */
export declare const ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
/**
 * Where an object of `kustomize build` output came from, read from its origin annotation: the file it was
 * read from (relative to the kustomization that was built), with the repository and ref of a remote base,
 * or for a generated object the kustomization that configured it and its generator. Undefined without
 * the annotation or when it is not what kustomize writes.
 */
export declare function kustomizeSourceOf(annotations: Readonly<Record<string, string>>): RenderedSource | undefined;
/**
 * The labels a kustomization adds to the selectors of what it builds as well as to its objects:
 * `commonLabels`, and the `pairs` of `labels` entries with `includeSelectors: true` (kustomize
 * api/types/kustomization.go and labels.go). String values only, as kustomize takes them.
 */
export declare function kustomizationSelectorLabels(value: unknown): Record<string, string>;
/**
 * The `images` entries of a kustomization (kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990,
 * api/types/image.go: name, newName, newTag, digest, tagSuffix); an entry that changes nothing is left out.
 */
export declare function kustomizationImages(value: unknown): KustomizeImage[];
/**
 * The object with its images as the kustomize builds' `images` entries set them, or undefined when none
 * changes. As kustomize's image transformer does (imagetag/legacy.go), every `containers` and
 * `initContainers` list anywhere in the object is read (a pod, a pod template, a CronJob's, a custom
 * resource's), except in a CustomResourceDefinition.
 */
export declare function imagesTransformed(value: PlainObject, images: readonly KustomizeImage[]): PlainObject | undefined;
/**
 * An object as kustomize's label transformer leaves it for `labels` added with their selectors (see
 * LABEL_FIELDS); undefined when nothing changes.
 */
export declare function labelsTransformed(value: PlainObject, labels: Readonly<Record<string, string>>): PlainObject | undefined;
/** The `namespace:` a kustomization sets for everything it builds; undefined when it sets none. */
/** The `namePrefix` and `nameSuffix` of a kustomization (empty strings when unset). */
export declare function kustomizationNameAffixes(value: unknown): {
    readonly prefix: string;
    readonly suffix: string;
};
export declare function kustomizationNamespace(value: unknown): string | undefined;
/**
 * An object as kustomize's namespace transformer leaves it, for the `namespace:` field of a kustomization
 * (kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990: api/filters/namespace/namespace.go,
 * with plugin/builtin/namespacetransformer's defaults, `unsetOnly: false` and `setRoleBindingSubjects:
 * defaultOnly`; api/internal/konfig/builtinpluginconsts/namespace.go for the field specs):
 *
 * - every object of a namespaced kind (any kind kustomize does not know as cluster-scoped, custom resources
 *   included) gets metadata.namespace, replacing the one it states;
 * - a `v1` Namespace gets the namespace as its name;
 * - in RoleBindings and ClusterRoleBindings, a subject named `default` gets the namespace (defaultOnly);
 *   then kustomize's name-reference transformer (api/filters/nameref/nameref.go `setMapping` and
 *   `filterMapCandidatesByNamespace`) gives a ServiceAccount subject the namespace the build gives the
 *   ServiceAccount it names (`accounts`): of those named like the subject, the ones whose file states the
 *   subject's namespace (no namespace counts as `default`), else the ones the build puts in it, else, for
 *   a subject that names no namespace, any. Without `accounts`, a ServiceAccount subject that names no
 *   namespace is taken to name one of the build.
 *
 * Nothing else is changed. Undefined when nothing changes.
 */
export declare function namespaceTransformed(value: PlainObject, namespace: string, accounts?: readonly KustomizeAccount[]): PlainObject | undefined;
/**
 * Kinds kustomize's prefix and suffix transformers leave alone (kubernetes-sigs/kustomize
 * 12f9e6391464b3ad9dd3fe8182049dc1b1772990, plugin/builtin/prefixtransformer/PrefixTransformer.go and the
 * suffix one, `prefixFieldSpecsToSkip`): CustomResourceDefinition and Namespace of any group, APIService of
 * apiregistration.k8s.io.
 */
export declare function keepsItsName(resource: {
    readonly kind: string;
    readonly group: string;
}): boolean;
/** The object a `$patch: delete` document removes: its group, kind and name; undefined for any other document. */
export declare function deletionOf(value: unknown): KustomizeDeletion | undefined;
/**
 * A deletion that names objects as a kustomization's build writes them, for the objects of what that
 * kustomization builds: each name also without the kustomization's prefix and suffix, and, for a Namespace
 * named after its namespace, every Namespace (its namespace transformer names each one so).
 */
export declare function deletionBelow(deletion: KustomizeDeletion, kustomization: {
    readonly prefix: string;
    readonly suffix: string;
    readonly namespace: string | undefined;
}): KustomizeDeletion;
/**
 * The object with the JSON and strategic-merge patches of a build applied, innermost kustomization's first,
 * each to it when its target selects it, or for a strategic-merge patch without one, when the patch names it
 * (namesItsObject) (as it is when that patch runs: its labels and annotations as the earlier patches left
 * them, its name and namespace as written or as the kustomizations inside the patch's one set them).
 * Undefined when no patch applies, and when a patch that selects it fails (a JSON patch operation fails,
 * the patches add more than MAX_ADDED_NODES, a strategic-merge patch kustomize refuses): kustomize's build
 * fails then, so what `kubectl apply` may get is the object as written, never what the earlier patches made
 * of it (a patch removing `privileged` followed by a failing `test` hid a privileged container). Paths of the
 * object stay those of its document for every node
 * the file holds, except past an element a patch inserts into or removes from a list (left: located by
 * index as patched).
 */
export declare function jsonPatched(resource: Resource, patches: readonly KustomizeJsonPatch[], effects?: PatchEffect[]): PlainObject | undefined;
/**
 * The objects of a document as the kustomize builds that hold its file see them, view by view: for each
 * object, one copy per view of `builds` (in their order), with the JSON patches of that view applied
 * (jsonPatched), the namespace that view gives it (namespaceTransformed), the build roots of the view and what it adds to its name. An object outside any
 * build is its only copy, as it is.
 */
export declare function objectsOfBuilds(resources: readonly Resource[], builds: readonly KustomizeBuild[] | undefined): Resource[][];
