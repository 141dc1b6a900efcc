/**
 * `npm run new-rule` in a temporary copy of the repository (its own files, node_modules linked): the
 * scaffolded rule lands in the registry in rule-id order, and the new rule's case table and the registry
 * test pass there, so a newcomer starts from a green tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Not copied: dependencies (linked instead), git's data, and what the scaffold builds again. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);

// An id that extends an existing one: sorting by file name would put it before `pss-proc-mount`.
const ID = 'pss-proc-mount-x';
// And one that no requirement entry of docs/pci-requirements.md covers by a `prefix-*` pattern.
const OTHER = 'egress-gateway-check';
let copy = '';

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  // The outer vitest's variables would make the inner one think it runs inside a worker.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'TEST') e[k] = v;
  return e;
}

function run(command: string, args: readonly string[]) {
  const r = spawnSync(command, args, { cwd: copy, env: env(), encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.slice(-4000) };
}

describe('npm run new-rule', () => {
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'pci-lint-new-rule-'));
    cpSync(root, copy, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) || path.dirname(source) !== root.replace(/\/$/, '') });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  }, 120_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('scaffolds rules that are registered by id, and their tests and the registry test pass', () => {
    const scaffold = run('npm', ['run', '--silent', 'new-rule', '--', ID, '3.1']);
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(existsSync(path.join(copy, `rules/03-workload-security/${ID}.ts`))).toBe(true);
    expect(existsSync(path.join(copy, `rules/03-workload-security/${ID}.test.ts`))).toBe(true);

    const other = run('npm', ['run', '--silent', 'new-rule', '--', OTHER, '4.1']);
    expect(other.status, other.output).toBe(0);

    const index = readFileSync(path.join(copy, 'rules/index.ts'), 'utf8');
    const registered = [...index.matchAll(/^import \w+ from '\.\/[^/]+\/([a-z0-9-]+)\.js';$/gm)].map((m) => m[1]);
    expect(registered).toContain(ID);
    expect(registered).toContain(OTHER);
    expect(registered).toEqual([...registered].sort());

    const tests = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', `rules/03-workload-security/${ID}.test.ts`, `rules/04-network-security/${OTHER}.test.ts`, 'test/meta/registry.test.ts']);
    expect(tests.status, tests.output).toBe(0);

    const again = run('npm', ['run', '--silent', 'new-rule', '--', ID, '3.1']);
    expect(again.status, 'a second scaffold of the same id is refused').toBe(2);
  }, 300_000);
});
