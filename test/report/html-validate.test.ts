/**
 * The HTML coverage report, checked by the W3C Nu Html Checker (vnu.jar, from the npm package vnu-jar),
 * the checker behind validator.w3.org: no error, no warning and no info message, for a run over
 * examples/, a run over hostile names (object names, images, file names and a Helm template made of
 * markup, Markdown and control characters) and a run with a platform given. The checker needs a Java
 * runtime. .ci/run installs vnu-jar into .ci/vnu (git-ignored) and Debian's default-jre-headless when
 * there is no java; PCI_LINT_VNU names another vnu.jar, PCI_LINT_JAVA another java.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { findTool, hostileProject } from './validate-helpers.js';

const JAR = findTool(process.env.PCI_LINT_VNU, [path.join(ROOT, '.ci', 'vnu', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')]);
const JAVA = findTool(process.env.PCI_LINT_JAVA, [], 'java', ['-version']);
const SKIP = JAR && JAVA ? '' : ` (skipped: ${JAR ? '' : 'no vnu.jar (.ci/run installs vnu-jar into .ci/vnu, or set PCI_LINT_VNU)'}${!JAR && !JAVA ? '; ' : ''}${JAVA ? '' : 'no java (.ci/run installs default-jre-headless, or set PCI_LINT_JAVA)'})`;

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-html-'));
const hostile = hostileProject();
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(hostile, { recursive: true, force: true });
});

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly message: string;
  readonly extract?: string;
}

/** The checker's messages on each file, as `file: type[/subType] message`. */
function vnu(files: readonly string[]): string[] {
  const r = spawnSync(JAVA as string, ['-jar', JAR as string, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', timeout: 240_000 });
  expect(r.status, r.stderr).toBe(0);
  // The JSON report goes to standard error.
  const { messages } = JSON.parse(r.stderr) as { messages: VnuMessage[] };
  return messages.map((m) => `${path.basename(decodeURIComponent(m.url ?? ''))}: ${m.type}${m.subType ? `/${m.subType}` : ''} ${m.message}`);
}

describe.skipIf(!JAR || !JAVA)(`html against the W3C Nu Html Checker${SKIP}`, () => {
  it('accepts the reports of examples/, of hostile names and of a run on a managed platform: no error, warning or info', async () => {
    const runs: [string, string[], string | undefined][] = [
      ['examples.html', ['examples'], undefined],
      ['hostile.html', ['.'], hostile],
      ['eks.html', ['--platform', 'eks', '--pci', '1,2,3', 'examples/noncompliant'], undefined],
    ];
    const files: string[] = [];
    for (const [name, args, cwd] of runs) {
      const r = await runCli(['--no-config', '--format', 'html', ...args], { cwd, registry: builtinRules });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
      const file = path.join(scratch, name);
      writeFileSync(file, r.stdout);
      files.push(file);
    }
    // The checker is really applied: a stray end tag and an unescaped name are errors.
    const bad = path.join(scratch, 'bad.html');
    writeFileSync(bad, (await runCli(['--no-config', '--format', 'html', 'examples/compliant'], { registry: builtinRules })).stdout.replace('</h1>', '</h1></p>'));
    const messages = vnu([...files, bad]);
    expect(messages.filter((m) => !m.startsWith('bad.html: '))).toEqual([]);
    expect(messages.filter((m) => m.startsWith('bad.html: '))).toEqual(['bad.html: error No “p” element in scope but a “p” end tag seen.']);
  }, 300_000);
});
