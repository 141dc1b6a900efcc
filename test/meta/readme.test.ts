/**
 * Every example command of the README runs, against the bundle test/global-setup.ts built, and exits
 * with the code its comment documents. The convention is in test/meta/readme-commands.ts and CONTRIBUTING.md.
 *
 * Each block runs in a fresh temporary directory holding a copy of examples/ and, as `manifests/`, a copy
 * of examples/noncompliant (the README's placeholder for "your manifests"), outside any git repository and
 * with no configuration file, so nothing is written into the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlocks, unrunCommands, type ReadmeBlock } from './readme-commands.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(root, 'dist/cli.js');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = readmeBlocks(readme);
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-readme-'));
  dirs.push(dir);
  cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
  cpSync(path.join(root, 'examples/noncompliant'), path.join(dir, 'manifests'), { recursive: true });
  return dir;
}

/**
 * `pci-lint` and `npx pci-lint` in command position become the built bundle. Where kubectl is not
 * installed, `kubectl kustomize examples/kustomize/overlay` prints the build recorded from it
 * (test/cli/kustomize.test.ts checks the recording against kubectl wherever kubectl is).
 */
function script(command: string): string {
  const body = command.replace(/(^|[|;&(]\s*)(?:npx\s+)?pci-lint(?=\s|$)/g, '$1pci_lint_under_test');
  const kubectl = [
    'if ! command -v kubectl >/dev/null 2>&1; then',
    '  kubectl() { if [ "$*" = "kustomize examples/kustomize/overlay" ]; then cat "$PCI_LINT_KUSTOMIZE_BUILD"; else echo "kubectl is not installed" >&2; return 127; fi; }',
    'fi',
  ].join('\n');
  return `pci_lint_under_test() { "$PCI_LINT_NODE" "$PCI_LINT_CLI" "$@"; }\n${kubectl}\n${body}\n`;
}

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, PCI_LINT_NODE: process.execPath, PCI_LINT_CLI: CLI, PCI_LINT_KUSTOMIZE_BUILD: path.join(root, 'test/fixtures/kustomize/overlay.build.yaml') };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  return e;
}

describe('README commands', () => {
  it('finds the commands (the set-up command and those of the usage, baseline and CI sections)', () => {
    const all = blocks.flatMap((b) => b.commands.map((c) => c.text));
    expect(all).toContain('npx pci-lint examples/');
    expect(all.some((c) => c.includes('--write-baseline'))).toBe(true);
    expect(all.some((c) => c.includes('--format sarif'))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  it('reads the convention: exit codes from comments, `npm ci &&` dropped, yaml run steps, continuations', () => {
    const sample = [
      '```sh',
      'npm ci && npx pci-lint a/     # exits 1 because of findings',
      'npm ci && npm test            # not a pci-lint command',
      'cat x.yaml | npx pci-lint - \\',
      '  --format json  # exit 2',
      '$ pci-lint --list-rules',
      'echo "# exits 3" && pci-lint b/',
      '```',
      '```yaml',
      '- run: npx pci-lint --format sarif m/   # exits 1',
      '  with: { x: "pci-lint y" }',
      '```',
      'Inline `npx pci-lint c/` and `pci-lint: message` and `pci-lint/testing`.',
    ].join('\n');
    expect(readmeBlocks(sample)).toEqual([
      {
        line: 1,
        commands: [
          { text: 'npx pci-lint a/', exitCode: 1, line: 2 },
          { text: 'cat x.yaml | npx pci-lint -  --format json', exitCode: 2, line: 4 },
          { text: 'pci-lint --list-rules', exitCode: 0, line: 6 },
          { text: 'echo "# exits 3" && pci-lint b/', exitCode: 0, line: 7 },
        ],
      },
      { line: 9, commands: [{ text: 'npx pci-lint --format sarif m/', exitCode: 1, line: 10 }] },
    ]);
    expect(unrunCommands(sample)).toEqual([13]);
  });

  it('writes every command where this test runs it (a shell or yaml code block, not inline code)', () => {
    expect(unrunCommands(readme), 'README lines with a pci-lint command outside a sh block').toEqual([]);
  });

  // The documents a newcomer reads: they may point only at what the repository holds. A path under a
  // git-ignored folder (.ci/node24/, made by .ci/run) is generated: it need not exist in a dev checkout.
  const generated = readFileSync(path.join(root, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\//, ''))
    .filter((line) => line.endsWith('/') && line.slice(0, -1).includes('/'));
  const isGenerated = (target: string) => generated.some((folder) => `${target}/`.startsWith(folder));
  const documents = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  it.each(documents)('%s refers only to files in the repository, and to no issue or outside document', (doc) => {
    const text = readFileSync(path.join(root, doc), 'utf8');
    const missing: string[] = [];
    for (const [, target = ''] of text.matchAll(/\]\(([^)#\s]+)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      if (!existsSync(path.resolve(root, path.dirname(doc), target))) missing.push(target);
    }
    for (const [, target = ''] of text.matchAll(/`((?:src|test|scripts|docs|schemas|rules|examples|\.ci)\/[^`\s*<>{}]*)`/g)) {
      if (!existsSync(path.join(root, target)) && !isGenerated(target)) missing.push(target);
    }
    expect(missing, 'links and repository paths that do not exist').toEqual([]);
    expect(text).not.toMatch(/\bissues? #?\d+|\.\.\/shared\/|\b(?:design|style|pci-k8s|k8s-versions)\.md\b/i);
  });

  it('runs the configuration example as written: its baseline hides nothing until --write-baseline creates it', () => {
    const section = readme.slice(readme.indexOf('\n## Configuration'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example).toContain('baseline: .pci-lint-baseline.json');
    const cwd = workspace();
    writeFileSync(path.join(cwd, '.pci-lint.yaml'), example);
    const lint = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, env: env(), encoding: 'utf8', timeout: 60_000 });
    const first = lint('manifests/');
    expect(first.status, first.stderr).toBe(1);
    expect(first.stderr).toBe('pci-lint: baseline .pci-lint-baseline.json does not exist yet, so it hides no finding; record the current findings in it with --write-baseline .pci-lint-baseline.json.\n');
    expect(first.stdout).toContain('against Kubernetes 1.30');
    const written = lint('--write-baseline', '.pci-lint-baseline.json', 'manifests/');
    expect(written.status, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/^pci-lint: recorded \d+ findings in \.pci-lint-baseline\.json; later runs with --baseline report only new ones\.\n$/);
    const after = lint('manifests/');
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toBe('');
  }, 120_000);

  const name = (b: ReadmeBlock) => `README.md:${b.line}: ${b.commands.map((c) => c.text).join(' ; ')}`;
  it.each(blocks.map((b) => [name(b), b] as const))('%s', (_name, block) => {
    expect(existsSync(CLI), 'dist/cli.js is built by test/global-setup.ts').toBe(true);
    const cwd = workspace();
    for (const command of block.commands) {
      const r = spawnSync('bash', ['-c', script(command.text)], { cwd, env: env(), encoding: 'utf8', timeout: 60_000 });
      expect(r.error).toBeUndefined();
      expect(r.status, `README.md:${command.line}: ${command.text}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`).toBe(command.exitCode);
      expect(r.stderr, 'no crash').not.toMatch(/internal-error|\n\s+at .+:\d+:\d+\)?\n/);
    }
  }, 120_000);
});
