import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstReleaseWithField, firstReleaseWithKind, isEnumDef, releaseSchema, SCHEMA_RELEASES, type ReleaseSchema } from '../../src/model/field-schemas.js';
import { formatVersion, mustParse, supportedTargets } from '../../src/k8s/versions.js';
import { suggest, validateAgainstSchema } from '../../src/model/schema-validation.js';

const at = (version: string): ReleaseSchema => {
  const schema = releaseSchema(mustParse(version));
  if (!schema) throw new Error(`no schema for ${version}`);
  return schema;
};

function fieldsOf(schema: ReleaseSchema, id: string): Readonly<Record<string, string>> {
  const def = schema.typeDef(id);
  if (!def || isEnumDef(def)) throw new Error(`${id} is not an object type in ${schema.version}`);
  return def.f;
}

/** Every type id a reference names (`[]@core/v1.Container` → `core/v1.Container`). */
function referencedId(ref: string): string | undefined {
  const bare = ref.replace(/^(?:\[\]|\{\})+/, '');
  if (bare.startsWith('@')) return bare.slice(1);
  if (bare.startsWith('e@')) return bare.slice(2);
  return undefined;
}

/** The releases' diffs replayed in order from the first, from the raw file: what a release resolves to. */
function replayedFromFile(): Map<string, { types: Map<string, number>; kinds: Map<string, string> }> {
  const raw = JSON.parse(readFileSync(new URL('../../schemas/k8s-fields.json', import.meta.url), 'utf8')) as {
    versions: Record<string, { types: Record<string, number>; kinds: Record<string, string | null> }>;
  };
  const out = new Map<string, { types: Map<string, number>; kinds: Map<string, string> }>();
  const types = new Map<string, number>();
  const kinds = new Map<string, string>();
  for (const [version, diff] of Object.entries(raw.versions)) {
    for (const [id, index] of Object.entries(diff.types)) {
      if (index < 0) types.delete(id);
      else types.set(id, index);
    }
    for (const [key, id] of Object.entries(diff.kinds)) {
      if (id === null) kinds.delete(key);
      else kinds.set(key, id);
    }
    out.set(version, { types: new Map(types), kinds: new Map(kinds) });
  }
  return out;
}

describe('Kubernetes field schemas', () => {
  it('resolve every type id, kind and kind list as the diffs replayed in order do', () => {
    const replayed = replayedFromFile();
    const allTypes = new Set([...replayed.values()].flatMap((r) => [...r.types.keys()]));
    const allKinds = new Set([...replayed.values()].flatMap((r) => [...r.kinds.keys()]));
    const raw = JSON.parse(readFileSync(new URL('../../schemas/k8s-fields.json', import.meta.url), 'utf8')) as { defs: unknown[] };
    // Later releases first, then the rest, as rules may ask in any order.
    for (const version of [...SCHEMA_RELEASES].reverse()) {
      const schema = at(version);
      const { types, kinds } = replayed.get(version) ?? { types: new Map<string, number>(), kinds: new Map<string, string>() };
      for (const id of allTypes) {
        const index = types.get(id);
        expect(schema.typeDef(id), `${version} ${id}`).toEqual(index === undefined ? undefined : raw.defs[index]);
      }
      const byApiVersion = new Map<string, string[]>();
      for (const key of kinds.keys()) {
        const [apiVersion = '', kind = ''] = key.split('|');
        byApiVersion.set(apiVersion, [...(byApiVersion.get(apiVersion) ?? []), kind]);
      }
      for (const key of allKinds) {
        const [apiVersion = '', kind = ''] = key.split('|');
        expect(schema.kindType(apiVersion, kind), `${version} ${key}`).toBe(kinds.get(key));
        expect(schema.kindsOf(apiVersion), `${version} ${apiVersion}`).toEqual(byApiVersion.get(apiVersion) ?? []);
      }
    }
  });

  it('cover every supported target', () => {
    expect(SCHEMA_RELEASES).toEqual(supportedTargets().map(formatVersion));
  });

  it('stay small enough to bundle', () => {
    expect(statSync(new URL('../../schemas/k8s-fields.json', import.meta.url)).size).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(SCHEMA_RELEASES)('%s: every kind and every type reference resolves', (version) => {
    const schema = at(version);
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const apiVersion of ['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1', 'storage.k8s.io/v1']) {
      const kinds = schema.kindsOf(apiVersion);
      expect(kinds.length, apiVersion).toBeGreaterThan(0);
      for (const kind of kinds) queue.push(schema.kindType(apiVersion, kind)!);
    }
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const def = schema.typeDef(id);
      expect(def, id).toBeDefined();
      if (!def) continue;
      if (isEnumDef(def)) {
        expect(def.e.length, id).toBeGreaterThan(0);
        continue;
      }
      for (const name of def.r ?? []) expect(Object.hasOwn(def.f, name), `${id} requires ${name}`).toBe(true);
      for (const ref of Object.values(def.f)) {
        const next = referencedId(ref);
        if (next !== undefined) queue.push(next);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it('knows facts of the Go API types', () => {
    const newest = at('1.37');
    expect(newest.kindType('apps/v1', 'Deployment')).toBe('apps/v1.Deployment');
    expect(newest.typeDef('apps/v1.DeploymentSpec')).toMatchObject({ r: ['selector', 'template'] });
    expect(fieldsOf(newest, 'core/v1.PodSpec').automountServiceAccountToken).toBe('b');
    expect(fieldsOf(newest, 'core/v1.Container').imagePullPolicy).toBe('e@core/v1.PullPolicy');
    expect(newest.typeDef('core/v1.PullPolicy')).toEqual({ e: ['Always', 'IfNotPresent', 'Never'] });
    expect(fieldsOf(newest, 'core/v1.ResourceRequirements').limits).toBe('{}q');
    expect(fieldsOf(newest, 'core/v1.ServicePort').targetPort).toBe('is');
    // ObjectMeta is a named field, TypeMeta is inlined.
    expect(Object.keys(fieldsOf(newest, 'core/v1.Pod'))).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    // Fields and kinds appear in the release that added them (k8s-versions.md: AppArmor fields 1.30, CronJob GA 1.21).
    expect(firstReleaseWithField('core/v1.SecurityContext', 'appArmorProfile', mustParse('1.29'))).toBe('1.30');
    expect(firstReleaseWithField('core/v1.SecurityContext', 'appArmorProfile', mustParse('1.30'))).toBeUndefined();
    expect(firstReleaseWithKind('batch/v1', 'CronJob')).toBe('1.21');
    expect(firstReleaseWithKind('example.com/v1', 'Widget')).toBeUndefined();
    expect(at('1.19').kindType('policy/v1beta1', 'PodSecurityPolicy')).toBe('policy/v1beta1.PodSecurityPolicy');
  });

  it('suggests near names only', () => {
    expect(suggest('automountServiceAccountTokn', ['automountServiceAccountToken', 'containers'])).toBe('automountServiceAccountToken');
    expect(suggest('always', ['Always', 'IfNotPresent', 'Never'])).toBe('Always');
    expect(suggest('contianers', ['containers', 'volumes'])).toBe('containers');
    expect(suggest('restartPolicy', ['resizePolicy', 'readinessProbe'])).toBeUndefined();
    expect(suggest('payload', [])).toBeUndefined();
  });

  it('reports problems with paths relative to the object', () => {
    const problems = validateAgainstSchema(at('1.37'), 'core/v1.Pod', {
      apiVersion: 'v1',
      kind: 'Pod',
      spec: { containers: [{ name: 'a', ports: [{ containerPort: '80' }] }], hostPID: null },
    });
    expect(problems).toEqual([
      { problem: 'wrong-type', path: ['spec', 'containers', 0, 'ports', 0, 'containerPort'], field: 'containerPort', type: 'ContainerPort', expected: 'an integer', actual: 'a string' },
    ]);
  });
});
