/**
 * Strategic-merge patches as kustomize merges them: each expectation below is what `kubectl kustomize`
 * (kustomize v5.5.0) printed for the same base and patch.
 */
import { describe, expect, it } from 'vitest';
import { applyStrategicMerge } from '../../src/model/strategic-merge-apply.js';
import { patchedPathInFile, isSetByPatch, type PatchEffect } from '../../src/model/json-patch-apply.js';

const base = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', finalizers: ['a', 'b'] },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        tolerations: [{ key: 'a', operator: 'Exists' }],
        imagePullSecrets: [{ name: 's1' }],
        containers: [
          {
            name: 'a',
            image: 'nginx:1',
            ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }],
            env: [{ name: 'X', value: '1' }, { name: 'Y', value: '2' }],
            volumeMounts: [{ name: 'h', mountPath: '/h' }, { name: 'c', mountPath: '/c' }],
          },
          { name: 'b', image: 'busybox' },
        ],
        volumes: [
          { name: 'h', hostPath: { path: '/var' } },
          { name: 'c', configMap: { name: 'cm' } },
        ],
      },
    },
  },
});

const patch = (spec: unknown, metadata: object = {}) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', ...metadata }, spec: { template: { spec } } });
const podSpec = (value: unknown) => (value as { spec: { template: { spec: Record<string, unknown> } } } | undefined)?.spec.template.spec;

describe('applyStrategicMerge', () => {
  it('merges containers, env, ports, volumeMounts, volumes and imagePullSecrets by key, the patch\'s first; replaces tolerations; merges finalizers as a set', () => {
    const merged = applyStrategicMerge(
      base(),
      patch(
        {
          tolerations: [{ key: 'b', operator: 'Exists' }],
          imagePullSecrets: [{ name: 's2' }],
          containers: [
            { name: 'b', securityContext: { runAsNonRoot: true } },
            { name: 'z', image: 'z' },
            {
              name: 'a',
              ports: [{ containerPort: 53, protocol: 'TCP' }, { containerPort: 80, name: 'http' }],
              env: [{ name: 'Y', value: null }, { name: 'Z', value: '3' }, { name: 'X', $patch: 'delete' }],
              volumeMounts: [{ mountPath: '/h', $patch: 'delete' }],
            },
          ],
          volumes: [{ name: 'h', $patch: 'delete' }, { name: 'c', configMap: null, emptyDir: {} }],
        },
        { finalizers: ['c'] },
      ),
    );
    expect(merged?.['metadata']).toEqual({ name: 'web', finalizers: ['c', 'a', 'b'] });
    expect(podSpec(merged)).toEqual({
      tolerations: [{ key: 'b', operator: 'Exists' }],
      imagePullSecrets: [{ name: 's2' }, { name: 's1' }],
      containers: [
        { name: 'b', image: 'busybox', securityContext: { runAsNonRoot: true } },
        { name: 'z', image: 'z' },
        {
          name: 'a',
          image: 'nginx:1',
          ports: [{ containerPort: 53, protocol: 'TCP' }, { containerPort: 80, name: 'http' }, { containerPort: 53, protocol: 'UDP' }],
          env: [{ name: 'Y' }, { name: 'Z', value: '3' }],
          volumeMounts: [{ name: 'c', mountPath: '/c' }],
        },
      ],
      volumes: [{ name: 'c', emptyDir: {} }],
    });
  });

  it('$patch replace and delete on maps and lists; null removes a field; an empty list changes nothing', () => {
    const merged = podSpec(
      applyStrategicMerge(
        base(),
        patch({
          securityContext: { $patch: 'replace', runAsUser: 1 },
          dnsConfig: { $patch: 'delete' },
          containers: [{ name: 'a', env: null, args: ['x'] }],
          volumes: [{ $patch: 'replace' }, { name: 'e', emptyDir: {} }],
          tolerations: null,
          imagePullSecrets: [],
        }),
      ),
    );
    expect(merged?.['securityContext']).toEqual({ runAsUser: 1 });
    expect(merged && Object.hasOwn(merged, 'dnsConfig')).toBe(false);
    expect(merged && Object.hasOwn(merged, 'tolerations')).toBe(false);
    expect(merged?.['volumes']).toEqual([{ name: 'e', emptyDir: {} }]);
    expect(merged?.['imagePullSecrets']).toEqual([{ name: 's1' }]);
    expect(merged?.['containers']).toEqual([
      { name: 'a', image: 'nginx:1', args: ['x'], ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }], volumeMounts: [{ name: 'h', mountPath: '/h' }, { name: 'c', mountPath: '/c' }] },
      { name: 'b', image: 'busybox' },
    ]);
    expect(podSpec(applyStrategicMerge(base(), patch({ volumes: [{ $patch: 'delete' }] })))?.['volumes']).toBeUndefined();
  });

  it('copies $retainKeys, $setElementOrder and $deleteFromPrimitiveList as plain keys, as kyaml does', () => {
    const merged = applyStrategicMerge(base(), { ...patch({ $setElementOrder: 1 }, { '$deleteFromPrimitiveList/finalizers': ['a'] }), spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } });
    expect(merged?.['metadata']).toEqual({ name: 'web', finalizers: ['a', 'b'], '$deleteFromPrimitiveList/finalizers': ['a'] });
    expect((merged?.['spec'] as Record<string, unknown>)['strategy']).toEqual({ $retainKeys: ['type'], type: 'Recreate' });
  });

  it('replaces the lists of a custom resource; keeps the kind, name and namespace', () => {
    const crd = { apiVersion: 'example.com/v1', kind: 'Job2', metadata: { name: 'crd', namespace: 'x' }, spec: { containers: [{ name: 'a', image: 'a', securityContext: { privileged: true } }, { name: 'b' }], m: { x: 1, y: 2 } } };
    expect(applyStrategicMerge(crd, { apiVersion: 'example.com/v1', kind: 'Other', metadata: { name: 'other' }, spec: { containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }], m: { x: null, z: 3 } } })).toEqual({
      apiVersion: 'example.com/v1',
      kind: 'Job2',
      metadata: { name: 'crd', namespace: 'x' },
      spec: { containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }], m: { y: 2, z: 3 } },
    });
  });

  it("merges a webhook configuration's webhooks by name", () => {
    const webhooks = { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration', metadata: { name: 'w' }, webhooks: [{ name: 'a.x', sideEffects: 'None', clientConfig: { service: { name: 's', namespace: 'n' } } }, { name: 'b.x', sideEffects: 'None' }] };
    expect(applyStrategicMerge(webhooks, { webhooks: [{ name: 'a.x', clientConfig: { caBundle: 'Zm9v' } }] })?.['webhooks']).toEqual([
      { name: 'a.x', sideEffects: 'None', clientConfig: { caBundle: 'Zm9v', service: { name: 's', namespace: 'n' } } },
      { name: 'b.x', sideEffects: 'None' },
    ]);
  });

  it('leaves unapplied what kustomize refuses', () => {
    expect(applyStrategicMerge(base(), patch({ containers: { $patch: 'delete' } }))).toBeUndefined();
    expect(applyStrategicMerge(base(), patch({ securityContext: { $patch: 'unknown' } }))).toBeUndefined();
    expect(applyStrategicMerge(base(), patch({ containers: 'x' }))).toBeUndefined();
    expect(applyStrategicMerge(base(), { ...patch({}), $patch: 'delete' })).toBeUndefined();
    expect(applyStrategicMerge(base(), ['x'])).toBeUndefined();
  });

  it('judges a list it does not follow as the patch\'s elements followed by the object\'s, as written (kustomize builds it)', () => {
    const names = (value: unknown) => (podSpec(value)?.['containers'] as { name?: string; image?: string }[] | undefined)?.map((c) => c.name ?? c.image);
    const count = (podSpec(base())?.['containers'] as unknown[]).length;
    const written = names(base()) ?? [];
    expect(names(applyStrategicMerge(base(), patch({ containers: [{ image: 'noname' }] })))).toEqual(['noname', ...written]);
    expect(names(applyStrategicMerge(base(), patch({ containers: [{ name: 'x', image: '1' }, { name: 'x', image: '2' }, { name: 'gone', $patch: 'delete' }] })))).toEqual(['x', 'x', ...written]);
    expect(count).toBe(written.length);
    // A key is compared as kyaml compares it, by its text: the number 1 never names the container "1".
    const one = { ...base(), spec: { template: { spec: { containers: [{ name: '1', image: 'a' }] } } } };
    expect(names(applyStrategicMerge(one, patch({ containers: [{ name: 1, $patch: 'delete' }] })))).toEqual(['1']);
    expect(names(applyStrategicMerge(one, patch({ containers: [{ name: '1', $patch: 'delete' }] })))).toEqual([]);
  });

  it('withstands hostile patches: __proto__ keys stay entries, deep nesting is dropped past 64 levels, long lists are not merged by key', () => {
    const hostile = JSON.parse('{"metadata":{"name":"web","labels":{"__proto__":{"polluted":"yes"}}},"spec":{"__proto__":{"x":1}}}') as unknown;
    const merged = applyStrategicMerge(base(), hostile);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(merged?.['spec'])).toBe(Object.prototype);
    expect(Object.hasOwn(merged?.['spec'] as object, '__proto__')).toBe(true);
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    expect(applyStrategicMerge(base(), { spec: deep })?.['spec']).toHaveProperty('d.d.d');
    const many = Array.from({ length: 20_000 }, (_, i) => ({ name: `c${i}` }));
    const written = (podSpec(base())?.['containers'] as unknown[]).length;
    expect(podSpec(applyStrategicMerge(base(), patch({ containers: many })))?.['containers']).toHaveLength(20_000 + written);
    // Ports that share a number are told apart by protocol, a few of them; thousands are not merged by key, fast.
    const ports = (n: number) => Array.from({ length: n }, (_, i) => ({ containerPort: 1, protocol: `P${i}` }));
    const portsOf = (value: unknown) => (podSpec(value)?.['containers'] as { ports?: unknown[] }[] | undefined)?.[0]?.ports;
    expect(portsOf(applyStrategicMerge(base(), patch({ containers: [{ name: 'a', ports: ports(8) }] })))).toHaveLength(10);
    const started = Date.now();
    expect(portsOf(applyStrategicMerge(base(), patch({ containers: [{ name: 'a', ports: ports(9000) }] })))).toHaveLength(9002);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('where a merged object\'s values are in the file', () => {
  it('maps a merged element back to its index as written, and marks what a patch file set or added', () => {
    const effects: PatchEffect[] = [];
    applyStrategicMerge(base(), patch({ containers: [{ name: 'b', securityContext: { runAsNonRoot: true } }, { name: 'z', image: 'z' }] }), effects);
    const fromFile = effects.map((effect) => ({ ...effect, fromFile: true as const }));
    const c = ['spec', 'template', 'spec', 'containers'];
    // Merged: b, z, a (b and a were 1 and 0 in the file).
    expect(patchedPathInFile([...c, 0, 'image'], fromFile)).toEqual([...c, 1, 'image']);
    expect(isSetByPatch([...c, 0, 'image'], fromFile)).toBe(false);
    expect(patchedPathInFile([...c, 0, 'securityContext', 'runAsNonRoot'], fromFile)).toEqual([...c, 1, 'securityContext']);
    expect(isSetByPatch([...c, 0, 'securityContext', 'runAsNonRoot'], fromFile)).toBe(true);
    expect(patchedPathInFile([...c, 1, 'image'], fromFile)).toEqual(c);
    expect(isSetByPatch([...c, 1, 'image'], fromFile)).toBe(true);
    expect(patchedPathInFile([...c, 2, 'ports', 1], fromFile)).toEqual([...c, 0, 'ports', 1]);
    expect(isSetByPatch([...c, 2, 'ports', 1], effects)).toBe(false);
  });
});
