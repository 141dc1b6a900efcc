import { describe, expect, it } from 'vitest';
import { customSchemaFor, withCustomResources } from '../../src/model/custom-schemas.js';
import { releaseSchema } from '../../src/model/field-schemas.js';
import { mustParse } from '../../src/k8s/versions.js';
import { validateAgainstSchema } from '../../src/model/schema-validation.js';

const base = releaseSchema(mustParse('1.37'))!;

const GADGETS = [
  {
    apiVersion: 'example.com/v1alpha1',
    kind: 'Gadget',
    schema: {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          properties: {
            ports: { type: 'array', items: { type: 'object', required: ['port'], properties: { port: { type: 'integer' } } } },
            labels: { type: 'object', additionalProperties: { type: 'string' } },
            either: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
            template: { type: 'object', 'x-kubernetes-embedded-resource': true, properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } },
          },
        },
      },
    },
  },
];

describe('custom resource schemas', () => {
  const schema = withCustomResources(base, GADGETS);
  const id = schema.kindType('example.com/v1alpha1', 'Gadget')!;

  it('adds the kind and keeps the built-in ones', () => {
    expect(id).toBeDefined();
    expect(schema.kindType('apps/v1', 'Deployment')).toBe('apps/v1.Deployment');
  });

  it('checks lists, maps and embedded resources and accepts what it cannot express', () => {
    const problems = validateAgainstSchema(schema, id, {
      apiVersion: 'example.com/v1alpha1',
      kind: 'Gadget',
      metadata: { name: 'g', labelz: {} },
      spec: {
        ports: [{ port: '80' }, {}],
        labels: { a: 1 },
        either: true,
        template: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { whatever: 1 } },
      },
    });
    expect(problems.map((p) => `${p.problem} ${p.path.join('.')}`)).toEqual([
      'unknown-field metadata.labelz',
      'wrong-type spec.ports.0.port',
      'missing-field spec.ports.1',
      'wrong-type spec.labels.a',
    ]);
  });

  it('is built once per list and release', () => {
    expect(customSchemaFor(base, GADGETS)).toBe(customSchemaFor(base, GADGETS));
  });
});
