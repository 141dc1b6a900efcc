/**
 * Paths that are not regular files, or that lead outside the repository: a device or FIFO named on the
 * command line, in a walked tree or as a baseline is refused at once (never read, never waited on); a
 * configuration file found by discovery that links outside the repository, or a baseline it names outside
 * the repository, is refused without its content reaching any message; discovery stops at the repository
 * root; -o and --write-baseline never overwrite an input.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n';
const SECRET = 'root:$6$c2VjcmV0$TOPSECRETHASHVALUE:19000:0:99999:7:::\n';

let dir: string;
let outside: string;
beforeEach(() => {
  outside = mkdtempSync(path.join(tmpdir(), 'pci-lint-outside-'));
  dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-reads-'));
  mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
  writeFileSync(path.join(dir, 'repo', 'pod.yaml'), POD);
  writeFileSync(path.join(outside, 'shadow'), SECRET);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
const repo = () => path.join(dir, 'repo');
const lint = (args: string[]) => runCli(['--format', 'json', ...args], { cwd: repo() });

describe('paths that are not regular files', () => {
  it.each([
    ['a link to /dev/zero', () => {
      symlinkSync('/dev/zero', path.join(repo(), 'zero.yaml'));
    }],
    ['a link to /dev/urandom', () => {
      symlinkSync('/dev/urandom', path.join(repo(), 'zero.yaml'));
    }],
    ['a FIFO', () => execFileSync('mkfifo', [path.join(repo(), 'zero.yaml')])],
  ])('%s named on the command line is refused at once, and the other file is still linted', async (_, make) => {
    make();
    const r = await lint(['zero.yaml', 'pod.yaml']);
    const list = JSON.parse(r.stdout) as { file: string; ruleId: string; message: string }[];
    expect(list.find((d) => d.file === 'zero.yaml')).toMatchObject({ ruleId: 'file-unreadable' });
    expect(list.find((d) => d.file === 'zero.yaml')?.message).toMatch(/not a regular file/);
    expect(list.some((d) => d.file === 'pod.yaml' && d.ruleId === 'privileged-container')).toBe(true);
  });

  it('a FIFO or device as --baseline is refused without reading it', async () => {
    execFileSync('mkfifo', [path.join(repo(), 'fifo.json')]);
    symlinkSync('/dev/zero', path.join(repo(), 'zero.json'));
    for (const file of ['fifo.json', 'zero.json']) {
      const r = await lint(['--baseline', file, 'pod.yaml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  });
});

describe('configuration from the repository', () => {
  it('a .pci-lint.yaml linking outside the repository is refused and its content is never printed', async () => {
    symlinkSync(path.join(outside, 'shadow'), path.join(repo(), '.pci-lint.yaml'));
    const r = await lint(['pod.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside the repository/);
    expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
  });

  it.each([['an absolute path'], ['a link']])('a baseline outside the repository named by the config (%s) is refused, its content never printed', async (how) => {
    const target = how === 'a link' ? 'base.json' : path.join(outside, 'shadow');
    if (how === 'a link') symlinkSync(path.join(outside, 'shadow'), path.join(repo(), 'base.json'));
    writeFileSync(path.join(repo(), '.pci-lint.yaml'), `baseline: ${JSON.stringify(target)}\n`);
    const r = await lint(['pod.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inside the repository/);
    expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
  });

  it('a baseline that is not JSON is named by position, never quoted', async () => {
    writeFileSync(path.join(repo(), 'base.json'), SECRET);
    const r = await lint(['--baseline', 'base.json', 'pod.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(r.stderr).not.toContain('TOPSECRET');
    expect(r.stderr).not.toContain('root');
  });

  it('discovery stops at the repository root', async () => {
    writeFileSync(path.join(dir, '.pci-lint.yaml'), 'rules: {privileged-container: off}\n');
    mkdirSync(path.join(repo(), 'sub'));
    writeFileSync(path.join(repo(), 'sub', 'pod.yaml'), POD);
    const r = await runCli(['--format', 'json', 'pod.yaml'], { cwd: path.join(repo(), 'sub') });
    expect((JSON.parse(r.stdout) as { ruleId: string }[]).some((d) => d.ruleId === 'privileged-container')).toBe(true);
  });
});

describe('outputs never overwrite inputs', () => {
  it.each([
    ['-o', 'pod.yaml'],
    ['-o', './sub/../pod.yaml'],
    ['--write-baseline', 'pod.yaml'],
    ['-o', '.pci-lint.yaml'],
    ['-o', 'link.yaml'],
  ])('%s %s is refused and the file keeps its content', async (flag, target) => {
    writeFileSync(path.join(repo(), '.pci-lint.yaml'), 'failOn: error\n');
    mkdirSync(path.join(repo(), 'sub'));
    symlinkSync(path.join(repo(), 'pod.yaml'), path.join(repo(), 'link.yaml'));
    const r = await runCli([flag, target, 'pod.yaml'], { cwd: repo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(path.join(repo(), 'pod.yaml'), 'utf8')).toBe(POD);
    expect(readFileSync(path.join(repo(), '.pci-lint.yaml'), 'utf8')).toBe('failOn: error\n');
  });

  it('-o to a new file still works', async () => {
    const r = await runCli(['-o', 'report.txt', 'pod.yaml'], { cwd: repo() });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(repo(), 'report.txt'))).toBe(true);
  });
});
