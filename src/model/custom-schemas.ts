import { isEnumDef, type ObjectDef, type ReleaseSchema, type TypeDef, type TypeRef } from './field-schemas.js';
import { dict, isPlainObject, own, type Dict } from './resource.js';

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

const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not'];

function capitalise(word: string): string {
  return word.replace(/[^A-Za-z0-9]/g, '').replace(/^./, (c) => c.toUpperCase());
}

/** A release schema that also knows the given custom resources; built-in kinds and meta types come from `base`. */
export function withCustomResources(base: ReleaseSchema, resources: readonly CustomResourceSchema[]): ReleaseSchema {
  const defs = new Map<string, TypeDef>();
  const kinds = new Map<string, string>();

  const convert = (node: unknown, name: string, prefix: string): TypeRef => {
    if (!isPlainObject(node)) return 'any';
    if (node['x-kubernetes-int-or-string'] === true) return 'is';
    if (node['x-kubernetes-preserve-unknown-fields'] === true && node.properties === undefined) return 'any';
    if (COMBINATORS.some((key) => own(node, key) !== undefined)) return 'any';
    const type = node.type;
    if (Array.isArray(node.enum) && type === 'string' && node.enum.every((v) => typeof v === 'string')) {
      const id = `${prefix}.${name}Value`;
      defs.set(id, { e: [...node.enum].sort() });
      return `e@${id}`;
    }
    switch (type) {
      case 'string':
        return 's';
      case 'integer':
        return 'i';
      case 'number':
        return 'n';
      case 'boolean':
        return 'b';
      case 'array':
        return `[]${convert(node.items, `${name}Item`, prefix)}`;
      case 'object':
        break;
      default:
        return 'any';
    }
    const properties = isPlainObject(node.properties) ? node.properties : undefined;
    if (!properties) {
      const extra = node.additionalProperties;
      return isPlainObject(extra) ? `{}${convert(extra, `${name}Value`, prefix)}` : 'any';
    }
    // Unknown fields are kept (not pruned) where the schema says so: nothing to report there.
    if (node['x-kubernetes-preserve-unknown-fields'] === true || node.additionalProperties !== undefined) return 'any';
    const id = `${prefix}.${name}`;
    // An embedded resource has the object fields the API server adds, unless the schema spells them out.
    const fields: Dict<TypeRef> = dict(node['x-kubernetes-embedded-resource'] === true ? [['apiVersion', 's'], ['kind', 's'], ['metadata', '@meta/v1.ObjectMeta']] : []);
    for (const [key, child] of Object.entries(properties)) fields[key] = convert(child, `${name}${capitalise(key)}`, prefix);
    const required = Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string' && Object.hasOwn(fields, r)) : [];
    const def: ObjectDef = required.length > 0 ? { f: fields, r: required } : { f: fields };
    defs.set(id, def);
    return `@${id}`;
  };

  for (const resource of resources) {
    const prefix = `custom:${resource.apiVersion}`.replace(/\./g, '_');
    const root = convert({ ...resource.schema, type: 'object' }, capitalise(resource.kind), prefix);
    if (!root.startsWith('@')) continue;
    const id = root.slice(1);
    const def = defs.get(id);
    if (!def || isEnumDef(def)) continue;
    // The API server adds these to every custom resource.
    defs.set(id, { ...def, f: { apiVersion: 's', kind: 's', metadata: '@meta/v1.ObjectMeta', ...def.f } });
    kinds.set(`${resource.apiVersion}|${resource.kind}`, id);
  }

  return {
    version: base.version,
    tag: base.tag,
    kindType: (apiVersion, kind) => kinds.get(`${apiVersion}|${kind}`) ?? base.kindType(apiVersion, kind),
    kindsOf: (apiVersion) => base.kindsOf(apiVersion),
    typeDef: (id) => defs.get(id) ?? base.typeDef(id),
  };
}

// Derived once per options object and release: a memo, not state that changes what any rule sees.
const memo = new WeakMap<readonly CustomResourceSchema[], Map<string, ReleaseSchema>>();

/** {@link withCustomResources}, built once per list of custom schemas and release. */
export function customSchemaFor(base: ReleaseSchema, resources: readonly CustomResourceSchema[]): ReleaseSchema {
  let byVersion = memo.get(resources);
  if (!byVersion) {
    byVersion = new Map();
    memo.set(resources, byVersion);
  }
  let schema = byVersion.get(base.version);
  if (!schema) {
    schema = withCustomResources(base, resources);
    byVersion.set(base.version, schema);
  }
  return schema;
}
