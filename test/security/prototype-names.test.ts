/**
 * Every name Object.prototype carries (constructor, __proto__, toString, …) fed as kind, apiVersion, key,
 * label, annotation, name, namespace, container name and suppressed rule id: linting never throws, never
 * reports an internal error, and a privileged container beside the hostile name is still reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintText } from '../../src/run/lint.js';

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype', 'length', 'name', 'then', 'toJSON'];
const protoName = fc.constantFrom(...PROTO_NAMES);
const KINDS = ['Pod', 'Deployment', 'CronJob', 'Namespace', 'Service', 'ServiceAccount', 'ClusterRole', 'RoleBinding', 'NetworkPolicy', 'Secret', 'ConfigMap', 'List', 'KubeletConfiguration', 'Policy', 'EncryptionConfiguration'];
const API: Record<string, string> = { Deployment: 'apps/v1', CronJob: 'batch/v1', ClusterRole: 'rbac.authorization.k8s.io/v1', RoleBinding: 'rbac.authorization.k8s.io/v1', NetworkPolicy: 'networking.k8s.io/v1', KubeletConfiguration: 'kubelet.config.k8s.io/v1beta1', Policy: 'audit.k8s.io/v1', EncryptionConfiguration: 'apiserver.config.k8s.io/v1' };

/** Where a hostile name goes in a document that otherwise has a privileged container. */
const PLACES = ['kind', 'apiVersion', 'name', 'namespace', 'labelKey', 'labelValue', 'annotationKey', 'annotationValue', 'ignore', 'specKey', 'containerKey', 'containerName', 'securityContextKey', 'envName', 'metadataKey', 'topKey', 'selectorKey', 'dataKey', 'rulesKey'] as const;
type Place = (typeof PLACES)[number];

/** `obj[key] = value` as a data property, so `__proto__` becomes a key instead of replacing the prototype. */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object with one entry, `__proto__` included. */
const one = (key: string, value: unknown): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  put(o, key, value);
  return o;
};

function hostileDoc(kind: string, place: Place, n: string): Record<string, unknown> {
  const container: Record<string, unknown> = { name: place === 'containerName' ? n : 'app', image: 'nginx:1.25', securityContext: { privileged: true }, env: [{ name: place === 'envName' ? n : 'A', value: 'b' }] };
  if (place === 'containerKey') put(container, n, 'x');
  if (place === 'securityContextKey') put(container.securityContext as Record<string, unknown>, n, true);
  const podSpec: Record<string, unknown> = { containers: [container] };
  if (place === 'specKey') put(podSpec, n, { a: 1 });
  const metadata: Record<string, unknown> = {
    name: place === 'name' ? n : 'web',
    namespace: place === 'namespace' ? n : 'shop',
    labels: one(place === 'labelKey' ? n : 'app', place === 'labelValue' ? n : 'web'),
    annotations: { ...one(place === 'annotationKey' ? n : 'note', place === 'annotationValue' ? n : 'x'), ...(place === 'ignore' ? { 'pci-lint.io/ignore': n, 'pci-lint.io/ignore-reason': 'test' } : {}) },
  };
  if (place === 'metadataKey') put(metadata, n, 'x');
  const doc: Record<string, unknown> = { apiVersion: place === 'apiVersion' ? n : (API[kind] ?? 'v1'), kind: place === 'kind' ? n : kind, metadata };
  if (kind === 'Deployment') doc.spec = { selector: { matchLabels: one(place === 'selectorKey' ? n : 'app', 'web') }, template: { metadata: { labels: { app: 'web' } }, spec: podSpec } };
  else if (kind === 'CronJob') doc.spec = { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: podSpec } } } };
  else if (kind === 'List') doc.items = [{ apiVersion: 'v1', kind: place === 'kind' ? n : 'Pod', metadata, spec: podSpec }];
  else if (kind === 'ClusterRole' || kind === 'Policy') doc.rules = [{ ...one(place === 'rulesKey' ? n : 'verbs', ['*']), resources: ['*'], apiGroups: ['*'], level: 'None' }];
  else if (kind === 'Secret' || kind === 'ConfigMap') doc.data = one(place === 'dataKey' ? n : 'k', 'dmFsdWU=');
  else if (kind === 'RoleBinding') Object.assign(doc, { roleRef: { kind: 'ClusterRole', name: place === 'name' ? n : 'admin', apiGroup: 'rbac.authorization.k8s.io' }, subjects: [{ kind: place === 'kind' ? n : 'User', name: n }] });
  else if (kind === 'NetworkPolicy') doc.spec = { podSelector: { matchLabels: one(place === 'selectorKey' ? n : 'app', 'web') }, policyTypes: [n] };
  else doc.spec = podSpec;
  if (place === 'topKey') put(doc, n, one(n, n));
  return doc;
}

/** YAML text with the key literally spelled, including `__proto__` (which JS object literals would swallow). */
function yamlOf(doc: Record<string, unknown>): string {
  return stringify(doc);
}

describe('Object.prototype names anywhere in a manifest', () => {
  it('never crash the run, never fail a rule, and the privileged container beside them is still reported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...PLACES), protoName, fc.boolean(), (kind, place, n, json) => {
        const doc = hostileDoc(kind, place, n);
        const text = json ? JSON.stringify(doc) : yamlOf(doc);
        const file = json ? 'hostile.json' : 'hostile.yaml';
        const found = lintText(text, { file });
        const internal = found.filter((d) => d.ruleId === 'internal-error');
        expect(internal.map((d) => d.message)).toEqual([]);
        const privileged = (kind === 'Pod' || kind === 'Deployment' || kind === 'CronJob') && place !== 'kind' && place !== 'apiVersion' && place !== 'ignore';
        if (privileged) expect(found.some((d) => d.ruleId === 'privileged-container')).toBe(true);
        // A field of that name in a typed object is an unknown field, and does not stop the schema check.
        if (privileged && n !== 'name' && (place === 'specKey' || place === 'containerKey' || place === 'securityContextKey')) {
          expect(found.some((d) => d.ruleId === 'schema' && d.message.includes(`"${n}"`))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
