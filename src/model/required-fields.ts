import { isServedAt } from '../k8s/api-versions.js';
import { REQUIRED_FIELDS_OUTSIDE_API } from '../k8s/required-fields.js';
import type { K8sVersion } from '../k8s/versions.js';
import { formatPath, type PathSegment } from '../load/path-text.js';
import { releaseSchema } from './field-schemas.js';
import { isPlainObject, own, type Resource } from './resource.js';
import { validateAgainstSchema } from './schema-validation.js';

/**
 * A field the API server of `target` requires that the object lacks (`spec.selector` of a Deployment,
 * `spec` of a CustomResourceDefinition, `name` of a container), the one nearest the root, as a path text;
 * undefined when it has them all, or when pci-lint has no schema of its kind (custom resources, unserved
 * versions). Such an object is no manifest kubectl could create: the API server refuses it.
 */
export function missingRequiredField(resource: Resource, target: K8sVersion): string | undefined {
  const outside = own(REQUIRED_FIELDS_OUTSIDE_API, `${resource.apiVersion} ${resource.kind}`);
  if (outside) return outside.find((field) => !hasField(resource.value, field))?.join('.');
  const schema = releaseSchema(target);
  if (!schema || !isServedAt(resource.apiVersion, resource.kind, target)) return undefined;
  const typeId = schema.kindType(resource.apiVersion, resource.kind);
  if (typeId === undefined) return undefined;
  // The one nearest the object's root: a patch leaves out `spec.selector` before it leaves out anything inside.
  let nearest: PathSegment[] | undefined;
  for (const problem of validateAgainstSchema(schema, typeId, resource.value)) {
    if (problem.problem !== 'missing-field' || (nearest && nearest.length <= problem.path.length + 1)) continue;
    nearest = [...problem.path, problem.field];
  }
  return nearest && formatPath(nearest);
}

/** Whether `value` holds `field` (a path of keys), with a value other than null. */
function hasField(value: unknown, field: readonly string[]): boolean {
  let at = value;
  for (const key of field) {
    if (!isPlainObject(at)) return false;
    at = own(at, key);
  }
  return at !== undefined && at !== null;
}
