/**
 * Patterns the fourth corpus of real manifests turned up (docs/precision.md, "fourth corpus"), in fixtures
 * written for this repository in the shapes those projects use.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/run/lint.js';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function findings(...inputs: string[]): Promise<Diagnostic[]> {
  return (await lint(inputs, { cwd, settings: { now: '2026-06-01' } })).diagnostics;
}

const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId}${d.alsoRules ? ` (+${d.alsoRules.join(',')})` : ''}`;

describe('one finding per fact', () => {
  it('a ServiceAccount bound to a role allowing everything, with a further rule, is one finding, not also rbac-cluster-admin-binding', async () => {
    const found = await findings('all-powerful-agent');
    expect(found.map(brief)).toEqual([
      'all-powerful-agent/clusterrolebinding.yaml:11:5 service-account-privileges (+rbac-cluster-admin-binding,rbac-wildcard)',
    ]);
    expect(found[0]?.message).toBe(
      'ServiceAccount "fleet-system/fleet-agent" can do anything through ClusterRoleBinding "fleet-agent" → ClusterRole "fleet-agent", rule 1 at all-powerful-agent/clusterrole.yaml:8:13.',
    );
  });
});
