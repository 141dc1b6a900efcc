import { defineRule } from '../../src/engine/rule.js';
import { isServedAt } from '../../src/k8s/api-versions.js';
import { customSchemaFor, type CustomResourceSchema } from '../../src/model/custom-schemas.js';
import { firstReleaseWithField, releaseSchema, releasesWithKind } from '../../src/model/field-schemas.js';
import { compareVersions, formatVersion, mustParse } from '../../src/k8s/versions.js';
import { suggest, validateAgainstSchema } from '../../src/model/schema-validation.js';

/**
 * Kinds every group version accepts besides its own (k8s.io/apimachinery pkg/apis/meta/v1/register.go,
 * AddToGroupVersion: WatchEvent, the option types and the unversioned types): API payloads, not objects, so
 * they are neither unknown kinds nor checked.
 */
const META_KINDS = new Set([
  // ExportOptions: registered until it was removed with `kubectl get --export` (present in the 1.19 data).
  'ExportOptions',
  'WatchEvent',
  'ListOptions',
  'GetOptions',
  'DeleteOptions',
  'CreateOptions',
  'UpdateOptions',
  'PatchOptions',
  'Status',
  'APIVersions',
  'APIGroupList',
  'APIGroup',
  'APIResourceList',
]);

export default defineRule({
  meta: {
    id: 'schema',
    pci: ['15.1'],
    requirements: ['6.5.1'],
    inputs: ['any-object'],
    severity: 'error',
    docs: {
      summary: 'Built-in objects must match the API schema of the target Kubernetes release: no unknown fields, wrong value types, missing required fields or invalid enum values.',
      rationale:
        'A misspelt field is dropped by the API server (or, with strict field validation, the whole object is rejected), so the control it was meant to set is simply absent: ' +
        '`automountServiceAccountTokn: false` leaves the token mounted, `runAsNonRot: true` lets the container run as root. The configuration that was reviewed is then not the configuration that runs, ' +
        'which PCI DSS container guidance 15 (configuration management) and 14 (version management) ask to prevent. The schema is the one of the target release, so fields that do not exist yet (or any more) are found too.',
      fix:
        'Correct the field name (the message suggests the closest valid one), the value type or the enum value, or add the required field. ' +
        'Custom resources are checked only when the `customResources` option lists their schema (apiVersion, kind and the openAPIV3Schema of the CRD version); other kinds pci-lint has no schema for, and non-Kubernetes files that use `apiVersion: v1` (kubeconfig), are skipped.',
      references: [
        'https://kubernetes.io/docs/reference/kubernetes-api/',
        'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
      ],
    },
    options: {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          customResources: {
            description: 'Custom resources to check too: apiVersion, kind and the openAPIV3Schema of their CRD version.',
            type: 'array',
            items: {
              type: 'object',
              required: ['apiVersion', 'kind', 'schema'],
              additionalProperties: false,
              properties: { apiVersion: { type: 'string', minLength: 1 }, kind: { type: 'string', minLength: 1 }, schema: { type: 'object' } },
            },
          },
        },
      },
      defaults: { customResources: [] as readonly CustomResourceSchema[] },
    },
    messages: {
      unknownField:
        'Field "{{field}}" does not exist in {{type}} (Kubernetes {{target}}): the API server drops it or rejects the object, so whatever it was meant to set is not set.',
      unknownFieldSuggestion:
        'Field "{{field}}" does not exist in {{type}} (Kubernetes {{target}}); did you mean "{{suggestion}}"? The API server drops unknown fields or rejects the object, so whatever it was meant to set is not set.',
      fieldNotYetAvailable:
        'Field "{{field}}" of {{type}} does not exist yet in Kubernetes {{target}} (it first appears in {{since}}): the API server of {{target}} drops it or rejects the object, so whatever it sets is not set.',
      wrongType: 'Field "{{field}}" of {{type}} must be {{expected}}, not {{actual}}: the API server of Kubernetes {{target}} rejects the object.',
      missingField: '{{type}} requires field "{{field}}" in Kubernetes {{target}}: the API server rejects the object without it.',
      invalidValue: '"{{value}}" is not a valid {{field}} of {{type}} in Kubernetes {{target}}; use one of: {{allowed}}.',
      invalidValueSuggestion: '"{{value}}" is not a valid {{field}} of {{type}} in Kubernetes {{target}}; did you mean "{{suggestion}}"? Allowed: {{allowed}}.',
      noLongerServed:
        '{{apiVersion}} {{kind}} no longer exists in Kubernetes {{target}} (the last release that has it is {{last}}): the API server rejects the object.',
      unknownKind: 'Kind "{{kind}}" does not exist in {{apiVersion}} (Kubernetes {{target}}), so the API server rejects the object. Kinds of {{apiVersion}}: {{kinds}}.',
      unknownKindSuggestion: 'Kind "{{kind}}" does not exist in {{apiVersion}} (Kubernetes {{target}}); did you mean "{{suggestion}}"? The API server rejects the object as written.',
      notYetServed:
        '{{apiVersion}} {{kind}} does not exist yet in Kubernetes {{target}} (it first appears in {{since}}): the API server rejects the object.',
    },
    fixes: {
      unknownField: 'Remove it or fix its name and place.',
      fieldNotYetAvailable: 'Remove it or raise the target version.',
      noLongerServed: 'Move to the API version that replaced it.',
      notYetServed: 'Use an API version the target serves or raise the target version.',
    },
  },
  visit: {
    Resource(ctx, resource) {
      const base = releaseSchema(ctx.target);
      if (!base) return;
      const custom = ctx.options.customResources;
      const schema = custom.length > 0 ? customSchemaFor(base, custom) : base;
      const target = formatVersion(ctx.target);
      const { apiVersion, kind } = resource;
      if (META_KINDS.has(kind)) return;
      const typeId = schema.kindType(apiVersion, kind);
      if (typeId === undefined) {
        // Removed API versions are removed-api's finding; custom resources and unknown groups are not ours.
        if (!isServedAt(apiVersion, kind, ctx.target)) return;
        const releases = releasesWithKind(apiVersion, kind);
        const later = releases.find((release) => compareVersions(mustParse(release), ctx.target) > 0);
        const earlier = releases.filter((release) => compareVersions(mustParse(release), ctx.target) < 0).at(-1);
        if (later !== undefined && earlier === undefined) {
          ctx.report({ at: resource.pathTo('apiVersion'), part: 'value', messageId: 'notYetServed', data: { apiVersion, kind, target, since: later } });
          return;
        }
        if (earlier !== undefined) {
          ctx.report({ at: resource.pathTo('apiVersion'), part: 'value', messageId: 'noLongerServed', data: { apiVersion, kind, target, last: earlier } });
          return;
        }
        // `apiVersion: v1` is also used by kubeconfig files (kind: Config) and legacy OpenShift objects, so
        // unknown kinds are only reported for named built-in groups (apps/v1, batch/v1, …).
        const kinds = apiVersion.includes('/') ? schema.kindsOf(apiVersion) : [];
        if (kinds.length === 0) return;
        const suggestion = suggest(kind, kinds);
        const at = resource.pathTo('kind');
        if (suggestion !== undefined) ctx.report({ at, part: 'value', messageId: 'unknownKindSuggestion', data: { apiVersion, kind, target, suggestion } });
        else ctx.report({ at, part: 'value', messageId: 'unknownKind', data: { apiVersion, kind, target, kinds: [...kinds].sort().join(', ') } });
        return;
      }
      if (!isServedAt(apiVersion, kind, ctx.target)) return;
      for (const problem of validateAgainstSchema(schema, typeId, resource.value)) {
        const at = resource.pathTo(...problem.path);
        const base = { field: problem.field, type: problem.type, target };
        switch (problem.problem) {
          case 'unknown-field': {
            const since = firstReleaseWithField(problem.typeId, problem.field, ctx.target);
            if (since !== undefined) ctx.report({ at, part: 'key', messageId: 'fieldNotYetAvailable', data: { ...base, since } });
            else if (problem.suggestion !== undefined) ctx.report({ at, part: 'key', messageId: 'unknownFieldSuggestion', data: { ...base, suggestion: problem.suggestion } });
            else ctx.report({ at, part: 'key', messageId: 'unknownField', data: base });
            break;
          }
          case 'wrong-type':
            ctx.report({ at, part: 'value', messageId: 'wrongType', data: { ...base, expected: problem.expected, actual: problem.actual } });
            break;
          case 'missing-field':
            // Reported on the object that lacks it: its key, or the kind line for a top-level field.
            ctx.report({ at: problem.path.length === 0 ? resource.pathTo('kind') : at, part: 'key', messageId: 'missingField', data: base });
            break;
          case 'invalid-value': {
            const allowed = problem.allowed.join(', ');
            if (problem.suggestion !== undefined)
              ctx.report({ at, part: 'value', messageId: 'invalidValueSuggestion', data: { ...base, value: problem.value, allowed, suggestion: problem.suggestion } });
            else ctx.report({ at, part: 'value', messageId: 'invalidValue', data: { ...base, value: problem.value, allowed } });
            break;
          }
        }
      }
    },
  },
});
