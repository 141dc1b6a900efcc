import { type ReleaseSchema } from './field-schemas.js';
/**
 * Field trees for custom resources, from the structural OpenAPI v3 schema a CustomResourceDefinition declares
 * (`spec.versions[].schema.openAPIV3Schema`), so the `schema` rule can check them like built-in kinds.
 * Supported: type, properties, required, items, additionalProperties, enum, x-kubernetes-int-or-string,
 * x-kubernetes-preserve-unknown-fields and x-kubernetes-embedded-resource; anything the walk cannot express
 * (anyOf, oneOf, allOf, not, …) is accepted as any value, so a custom schema never causes a false finding.
 */
export interface CustomResourceSchema {
    readonly apiVersion: string;
    readonly kind: string;
    /** The openAPIV3Schema of the CRD version. */
    readonly schema: Readonly<Record<string, unknown>>;
}
/** A release schema that also knows the given custom resources; built-in kinds and meta types come from `base`. */
export declare function withCustomResources(base: ReleaseSchema, resources: readonly CustomResourceSchema[]): ReleaseSchema;
/** {@link withCustomResources}, built once per list of custom schemas and release. */
export declare function customSchemaFor(base: ReleaseSchema, resources: readonly CustomResourceSchema[]): ReleaseSchema;
