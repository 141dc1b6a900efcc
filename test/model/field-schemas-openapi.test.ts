/**
 * Cross-check of schemas/k8s-fields.json (derived from the Go API types) against kubernetes-types, which is
 * generated from the upstream OpenAPI spec of one release: for every object type both know, the same field
 * names and the same required fields.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mustParse } from '../../src/k8s/versions.js';
import { isEnumDef, releaseSchema } from '../../src/model/field-schemas.js';

const ROOT = fileURLToPath(new URL('../../node_modules/kubernetes-types/', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/**
 * Types kubernetes-types renders wrongly: a doc comment containing `*\/` ends the comment early and swallows the
 * fields after it, and an empty struct merges with the next interface.
 */
const GENERATOR_ARTEFACTS = new Set([
  'admissionregistration/v1.NamedRuleWithOperations',
  'admissionregistration/v1.RuleWithOperations',
  'admissionregistration/v1alpha1.NamedRuleWithOperations',
  'admissionregistration/v1beta1.NamedRuleWithOperations',
  'apiserverinternal/v1alpha1.StorageVersionSpec',
  'authorization/v1.ResourceRule',
]);

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? declarationFiles(p) : p.endsWith('.d.ts') ? [p] : [];
  });
}

describe(`field schemas agree with kubernetes-types ${version}`, () => {
  const schema = releaseSchema(mustParse(version));

  it('cover that release', () => {
    expect(schema).toBeDefined();
  });

  it('have the same fields and required fields for every type both define', () => {
    let compared = 0;
    const differences: string[] = [];
    for (const file of declarationFiles(ROOT)) {
      const pkg = path.relative(ROOT, file).replace(/\.d\.ts$/, '');
      for (const m of readFileSync(file, 'utf8').matchAll(/export interface (\w+) \{\n([\s\S]*?)\n\}/g)) {
        const id = `${pkg}.${m[1]!}`;
        const def = schema?.typeDef(id);
        if (!def || isEnumDef(def) || GENERATOR_ARTEFACTS.has(id)) continue;
        const fields = new Map<string, boolean>();
        for (const f of m[2]!.matchAll(/^ {4}(?:readonly )?(?:"([^"]+)"|([\w$-]+))(\??):/gm)) fields.set(f[1] ?? f[2]!, f[3] !== '?');
        const mine = { fields: Object.keys(def.f).sort(), required: [...(def.r ?? [])].sort() };
        const theirs = { fields: [...fields.keys()].sort(), required: [...fields].filter(([, req]) => req).map(([name]) => name).sort() };
        compared++;
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) differences.push(`${id}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(400);
  });
});
