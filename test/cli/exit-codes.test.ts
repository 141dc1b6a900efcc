/**
 * Exit codes of the CLI, run in-process: 0 clean, 1 findings, 2 for every usage, configuration or I/O
 * error, with a one-line `pci-lint: ...` message on stderr and nothing on stdout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatVersion, NEWEST_TARGET, OLDEST_TARGET } from '../../src/k8s/versions.js';
import { ROOT, runCli } from './helpers.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-exit-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('exit code 0 and 1', () => {
  it('exits 0 with no output for the compliant examples, with every rule', async () => {
    const r = await runCli(['examples/compliant'], { registry: builtinRules });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and reports findings for the noncompliant examples', async () => {
    const r = await runCli(['examples/noncompliant']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/noncompliant/node-agent.yaml:');
    expect(r.stderr).toBe('');
  });

  it('exits 1 for a file or standard input over --max-file-size: what was not checked never passes the gate', async () => {
    const dir = mkdtempSync(path.join(scratch, 'large-'));
    // A privileged pod padded past the cap with a comment.
    writeFileSync(path.join(dir, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: c, image: nginx, securityContext: {privileged: true}}]\n# ${'x'.repeat(2000)}\n`);
    const file = await runCli(['--no-config', '--max-file-size', '1KB', dir]);
    expect(file.code).toBe(1);
    expect(file.stdout).toMatch(/error {4}File is \d+ bytes, larger than the 1024-byte limit; skipped\. Raise it with --max-file-size\. {2}file-too-large/);
    const stdin = await runCli(['--no-config', '--max-file-size', '1KB', '-'], { stdin: 'x'.repeat(2000) });
    expect(stdin.code).toBe(1);
  });

  it('lints the current directory when given no path', async () => {
    const r = await runCli([], { cwd: path.join(ROOT, 'examples/compliant'), registry: builtinRules });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('exit code 2', () => {
  const range = `${formatVersion(OLDEST_TARGET)} to ${formatVersion(NEWEST_TARGET)}`;

  /** Usage errors print one `pci-lint:` line on stderr and nothing on stdout. */
  async function usageError(argv: string[]): Promise<string> {
    const r = await runCli(argv);
    expect(r.code, `exit code of pci-lint ${argv.join(' ')}`).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pci-lint: .+\n$/);
    expect(r.stderr).not.toContain('internal error');
    return r.stderr;
  }

  it('rejects an unknown option', async () => {
    expect(await usageError(['--bogus', 'examples/compliant'])).toBe('pci-lint: Unknown option "--bogus". Run pci-lint --help for usage.\n');
  });

  it.each([
    ['--max-warning', '--max-warnings'],
    ['--output-files', '--output-file'],
    ['--ignore-patern', '--ignore-pattern'],
    ['--print-confg', '--print-config'],
  ])('suggests the option meant for the mistyped %s', async (typed, meant) => {
    expect(await usageError([typed, '3', 'examples/compliant'])).toBe(`pci-lint: Unknown option "${typed}". Did you mean ${meant}? Run pci-lint --help for usage.\n`);
  });

  it('rejects an option without its value', async () => {
    expect(await usageError(['examples/compliant', '--format'])).toContain('--format');
  });

  it.each([
    ['1.5', 'Unsupported'],
    ['1.99', 'Unsupported'],
    ['abc', 'Invalid'],
    ['1', 'Invalid'],
    ['latest', 'Invalid'],
  ])('rejects --k8s-version %s', async (version, kind) => {
    const stderr = await usageError(['--k8s-version', version, 'examples/compliant']);
    expect(stderr).toContain(`${kind} --k8s-version "${version}"`);
    expect(stderr).toContain(range);
  });

  it('accepts the oldest and newest supported --k8s-version', async () => {
    for (const version of [formatVersion(OLDEST_TARGET), formatVersion(NEWEST_TARGET), `v${formatVersion(NEWEST_TARGET)}.3`]) {
      expect((await runCli(['--k8s-version', version, 'examples/compliant'])).code).toBe(0);
    }
  });

  it('rejects an unknown --format and lists the known ones', async () => {
    const stderr = await usageError(['--format', 'xml', 'examples/compliant']);
    expect(stderr).toContain('Unknown --format "xml"');
    expect(stderr).toMatch(/stylish.*json/);
  });

  it.each([['image-digest'], ['image-digest='], ['=off'], ['image-digest=loud'], ['image-digest:off']])(
    'rejects --rule %j (bad syntax)',
    async (setting) => {
      expect(await usageError(['--rule', setting, 'examples/compliant'])).toContain(`Invalid --rule "${setting}"`);
    },
  );

  it('rejects an unknown rule id with a "Did you mean" hint', async () => {
    const stderr = await usageError(['--rule', 'image-digst=off', 'examples/compliant']);
    expect(stderr).toContain('Unknown rule "image-digst". Did you mean "image-digest"?');
  });

  it('rejects configuring an engine diagnostic such as parse-error', async () => {
    expect(await usageError(['--rule', 'parse-error=off', 'examples/compliant'])).toContain('"parse-error"');
  });

  it.each([['99'], ['abc'], ['3.x'], ['0']])('rejects --pci %s', async (section) => {
    expect(await usageError(['--pci', section, 'examples/compliant'])).toContain(`Invalid PCI section "${section}"`);
  });

  it.each([['loud'], ['fatal']])('rejects --fail-on %s', async (level) => {
    expect(await usageError(['--fail-on', level, 'examples/compliant'])).toContain(`Invalid --fail-on "${level}"`);
  });

  it('rejects --color together with --no-color', async () => {
    expect(await usageError(['--color', '--no-color', 'examples/compliant'])).toContain('contradict');
  });

  it('rejects a bad --max-file-size', async () => {
    expect(await usageError(['--max-file-size', 'huge', 'examples/compliant'])).toContain('Invalid --max-file-size "huge"');
  });

  it('fails on a missing path, even next to a good one', async () => {
    const stderr = await usageError(['examples/compliant', 'does-not-exist.yaml']);
    expect(stderr).toContain('No files matching "does-not-exist.yaml"');
  });

  it('fails on a glob that matches nothing', async () => {
    const stderr = await usageError(['examples/**/*.nothing.yaml']);
    expect(stderr).toContain('No files matching "examples/**/*.nothing.yaml"');
  });

  it('fails when --output is in a directory that does not exist', async () => {
    const out = path.join(scratch, 'no-such-dir', 'report.txt');
    const stderr = await usageError(['--output', out, 'examples/noncompliant']);
    expect(stderr).toContain(`Cannot write --output "${out}": its directory does not exist.`);
  });

  it('fails when --output names a directory', async () => {
    const stderr = await usageError(['--output', scratch, 'examples/noncompliant']);
    expect(stderr).toContain(`Cannot write --output "${scratch}": it is a directory.`);
  });

  it('fails for --explain of an unknown rule, hinting only at a close id', async () => {
    expect(await usageError(['--explain', 'privileged-containers'])).toContain('Did you mean "privileged-container"?');
    const far = await usageError(['--explain', 'zzz']);
    expect(far).toContain('Unknown rule "zzz".');
    expect(far).not.toContain('Did you mean');
  });
});
