/**
 * How kustomize's strategic-merge patches merge the lists of the built-in kinds: the fields whose Go struct
 * tags say `patchStrategy:"merge"`, with their merge keys (kubernetes/api 10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2,
 * core/v1/types.go, apps/v1/types.go, batch/v1/types.go, admissionregistration/v1/types.go). kustomize (kubernetes-sigs/kustomize
 * 12f9e6391464b3ad9dd3fe8182049dc1b1772990, kyaml/yaml/walk/associative_sequence.go) reads them from the
 * OpenAPI schema it embeds (Kubernetes v1.21.2), where a field's `x-kubernetes-list-map-keys` (`+listMapKey`)
 * take the place of its single `patchMergeKey`: container ports merge by containerPort and protocol, Service
 * ports by port and protocol, topology spread constraints by topologyKey and whenUnsatisfiable. Fields newer
 * than that schema (schedulingGates, resourceClaims) are replaced as kustomize replaces them. Every other list
 * (tolerations, args, envFrom, capabilities) is replaced; so is every list of a kind that is not here (a
 * custom resource: kustomize has no schema for it and does not infer one).
 */
/** A field of a type: the type of its value (or of its list's elements), and for a list merged by key, the keys (empty: a list of scalars merged as a set). */
export interface MergeField {
    readonly type?: string;
    readonly keys?: readonly string[];
}
/** The types whose fields matter to a merge, by name; a field not listed has no schema (its lists are replaced). */
export declare const MERGE_TYPES: Readonly<Record<string, Readonly<Record<string, MergeField>>>>;
/**
 * The type of an object of the schema kustomize embeds, by `apiVersion` and kind (`apps/v1 Deployment`);
 * a pair not here (a custom resource, a version that schema does not serve) has none.
 */
export declare const MERGE_KINDS: Readonly<Record<string, string>>;
