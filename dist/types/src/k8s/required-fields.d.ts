/**
 * Fields the API server requires of built-in kinds whose Go types are not in k8s.io/api, so not in
 * schemas/k8s-fields.json (scripts/gen-k8s-schemas.mjs reads k8s.io/api only): by `apiVersion kind`, each
 * field as its path from the object. A field is required where its `json` tag has no omitempty (the
 * OpenAPI rule the generated schemas follow) and validation refuses its zero value.
 * Sources: k8s.io/apiextensions-apiserver pkg/apis/apiextensions/{v1,v1beta1}/types.go
 * (CustomResourceDefinition.Spec `json:"spec"`; CustomResourceDefinitionSpec group, names, scope, and in v1
 * versions) and pkg/apis/apiextensions/validation/validation.go (each one "Required value");
 * k8s.io/kube-aggregator pkg/apis/apiregistration/v1/types.go (APIServiceSpec groupPriorityMinimum and
 * versionPriority, `json` tags without omitempty, "must be greater than zero" in
 * pkg/apis/apiregistration/validation/validation.go).
 */
export declare const REQUIRED_FIELDS_OUTSIDE_API: Readonly<Record<string, readonly (readonly string[])[]>>;
