/**
 * The workload rules that need configuration, configured the way their "not configured" notices tell users
 * to: through `.pci-lint.yaml` (`rules.<id>.options` and `settings.inScope`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dedent from 'dedent';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { createSession } from '../../src/engine/session.js';
import { lintText } from '../../src/run/lint.js';
import { readConfigFile } from '../../src/load/config-file.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-workload-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function configFrom(text: string) {
  const file = path.join(scratch, `${String(Math.random()).slice(2)}.pci-lint.yaml`);
  writeFileSync(file, text);
  return resolveConfig(readConfigFile(file, '.pci-lint.yaml'), builtinRules);
}

const MANIFEST = dedent`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: card-api
  spec:
    template:
      metadata:
        labels: {pci-scope: cde}
      spec:
        containers:
          - name: api
            image: nginx:1.25
`;

const NOTICES = ['image-registry-allowlist', 'sandboxed-runtime', 'dedicated-node-pool'];

describe('configuring the workload pack through .pci-lint.yaml', () => {
  it('without configuration the three rules do not run, print nothing, and are listed as unconfigured', () => {
    expect(lintText(MANIFEST, { rules: {} }).filter((d) => NOTICES.includes(d.ruleId))).toEqual([]);
    const session = createSession(builtinRules, {});
    expect(session.unconfigured.map((r) => r.meta.id).sort()).toEqual([...NOTICES].sort());
    expect(session.active.some((a) => NOTICES.includes(a.rule.meta.id))).toBe(false);
  });

  it('the settings and options their docs name are accepted and take effect', () => {
    const config = configFrom(dedent`
      rules:
        image-registry-allowlist:
          options:
            registries: [registry.example.com]
      settings:
        inScope:
          matchExpressions:
            - {key: pci-scope, operator: In, values: [cde]}
    `);
    const found = lintText(MANIFEST, { ...(config.rules && { rules: config.rules }), ...(config.settings && { settings: config.settings }) }).filter((d) => NOTICES.includes(d.ruleId));
    expect(found.map((d) => [d.ruleId, d.messageId])).toEqual([
      ['dedicated-node-pool', 'notPinned'],
      ['dedicated-node-pool', 'notTolerating'],
      ['sandboxed-runtime', 'noRuntimeClass'],
      ['image-registry-allowlist', 'notAllowed'],
    ]);
  });

  it('a label selector the API server would reject is a configuration error', () => {
    expect(() =>
      configFrom(dedent`
        settings:
          inScope:
            matchExpressions:
              - {key: pci-scope, operator: Gt, values: ["1"]}
      `),
    ).toThrow(/\.pci-lint\.yaml:4:/);
  });
});
