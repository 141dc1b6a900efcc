import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles, toDisplayPath } from '../../src/load/discover.js';

let root: string;

async function put(relative: string, text = 'a: 1\n'): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function shown(inputs: string[], cwd = root, ignore?: string[]): Promise<string[]> {
  const found = await discoverFiles(inputs, { cwd, ...(ignore && { ignore }) });
  return found.files.map((f) => f.displayPath);
}

beforeEach(async () => {
  // realpath: on some systems os.tmpdir() is itself a symbolic link.
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'pci-lint-discover-')));
  await put('.gitignore', 'ignored/\nsecret.yaml\n');
  await put('a.yaml');
  await put('b.yml');
  await put('c.json', '{}\n');
  await put('notes.txt', 'not a manifest\n');
  await put('values.tpl');
  await put('Chart.lock');
  await put('secret.yaml');
  await put('ignored/x.yaml');
  await put('sub/.gitignore', 'local.yaml\n');
  await put('sub/local.yaml');
  await put('sub/e.yml');
  await put('sub/deep/d.yaml');
  await put('sub/ignored/y.yaml');
  await put('sub/vendor/v.yaml');
  await put('vendor/v.yaml');
  await put('node_modules/pkg/n.yaml');
  await put('sub/node_modules/pkg/m.json', '{}\n');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('discoverFiles: directory walk', () => {
  it('finds *.yaml, *.yml and *.json recursively, skipping other endings, .gitignore matches and node_modules', async () => {
    expect(await shown(['.'])).toEqual(['a.yaml', 'b.yml', 'c.json', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/vendor/v.yaml', 'vendor/v.yaml']);
  });

  it('returns absolute paths for reading and cwd-relative display paths', async () => {
    const found = await discoverFiles(['sub/deep'], { cwd: root });
    expect(found).toEqual({
      files: [{ path: path.join(root, 'sub', 'deep', 'd.yaml'), displayPath: 'sub/deep/d.yaml', input: path.join(root, 'sub', 'deep') }],
      stdin: false,
      unmatched: [],
      emptyDirectories: [],
    });
  });

  it('honours a .gitignore inside the walked directory when the directory itself is walked', async () => {
    // sub/.gitignore drops local.yaml; without a repository, root/.gitignore is above the walk.
    const files = await shown(['sub']);
    expect(files).not.toContain('sub/local.yaml');
    expect(files).toContain('sub/e.yml');
  });

  it('honours .gitignore files of parent directories inside a git repository', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    expect(await shown(['sub'])).toEqual(['sub/deep/d.yaml', 'sub/e.yml', 'sub/vendor/v.yaml']);
  });

  it('does not follow a symbolic link that loops back to the root', async () => {
    await symlink(root, path.join(root, 'sub', 'loop'), 'dir');
    expect(await shown(['sub'])).not.toContain('sub/loop/a.yaml');
  });

  it('keeps a link with a manifest name as a link (kubectl apply -f follows it), unless the file it leads to is found too', async () => {
    await put('elsewhere/evil.yaml');
    await symlink(path.join(root, 'elsewhere', 'evil.yaml'), path.join(root, 'sub', 'evil.yaml'));
    await symlink(path.join(root, 'sub', 'e.yml'), path.join(root, 'sub', 'same.yaml'));
    await symlink(path.join(root, 'missing.yaml'), path.join(root, 'sub', 'dangling.yaml'));
    const links = async (inputs: string[]) => (await discoverFiles(inputs, { cwd: root })).files.filter((f) => f.link).map((f) => f.displayPath);
    expect(await links(['sub'])).toEqual(['sub/dangling.yaml', 'sub/evil.yaml']);
    expect(await links(['sub/*.{yaml,yml}'])).toEqual(['sub/dangling.yaml', 'sub/evil.yaml']);
    // Linted under its own name: the link hides nothing.
    expect(await links(['sub', 'elsewhere'])).toEqual(['sub/dangling.yaml']);
  });

  it('lists a file git tracks whatever a .gitignore says (force-added) and in node_modules, within the ignore globs', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    await put('sub/forced.yaml');
    await put('sub/.hidden/h.yaml');
    await put('sub/vendor/forced.yaml');
    await put('sub/.gitignore', 'local.yaml\nforced.yaml\n.hidden/\n');
    await put('sub/node_modules/committed.yaml');
    await put('sub/node_modules/installed.yaml');
    execFileSync('git', ['add', '-f', 'sub/forced.yaml', 'sub/.hidden/h.yaml', 'sub/vendor/forced.yaml', 'sub/local.yaml', 'secret.yaml', 'sub/node_modules/committed.yaml'], { cwd: root });
    expect(await shown(['sub'], root, ['sub/vendor/**'])).toEqual(['sub/.hidden/h.yaml', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/forced.yaml', 'sub/local.yaml', 'sub/node_modules/committed.yaml']);
    expect(await shown(['.'], root, ['sub/vendor/**'])).toEqual(['a.yaml', 'b.yml', 'c.json', 'secret.yaml', 'sub/.hidden/h.yaml', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/forced.yaml', 'sub/local.yaml', 'sub/node_modules/committed.yaml', 'vendor/v.yaml']);
  });

  it('a glob too matches what git tracks whatever a .gitignore says', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-f', 'secret.yaml'], { cwd: root });
    expect(await shown(['*.yaml'])).toEqual(['a.yaml', 'secret.yaml']);
    expect(await shown(['ignored/*.yaml'])).toEqual([]);
  });

  it('walks dotfiles and dot directories, as kubectl apply -f DIR and -R read them', async () => {
    await put('sub/.evil.yaml');
    await put('sub/.hidden/pod.yaml');
    expect(await shown(['sub'])).toEqual(['sub/.evil.yaml', 'sub/.hidden/pod.yaml', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/ignored/y.yaml', 'sub/vendor/v.yaml']);
  });

  it('applies extra ignore globs relative to cwd when walking the cwd', async () => {
    expect(await shown(['.'], root, ['vendor/**'])).toEqual(['a.yaml', 'b.yml', 'c.json', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/vendor/v.yaml']);
  });

  it('applies extra ignore globs relative to cwd when walking a subdirectory', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    // `sub/vendor/**` names sub/vendor from cwd; `vendor/**` names root/vendor, which is not under sub.
    expect(await shown(['sub'], root, ['sub/vendor/**'])).toEqual(['sub/deep/d.yaml', 'sub/e.yml']);
    expect(await shown(['sub'], root, ['vendor/**'])).toEqual(['sub/deep/d.yaml', 'sub/e.yml', 'sub/vendor/v.yaml']);
    expect(await shown(['sub'], root, ['**/vendor/**'])).toEqual(['sub/deep/d.yaml', 'sub/e.yml']);
    expect(await shown(['sub'], root, ['./sub/deep/*.yaml'])).toEqual(['sub/e.yml', 'sub/vendor/v.yaml']);
  });
});

describe('discoverFiles: directories without a file to lint', () => {
  it('names each walked directory that yields nothing, as written, after the ignore globs', async () => {
    await mkdir(path.join(root, 'empty'), { recursive: true });
    const found = await discoverFiles(['empty', 'sub/deep', 'vendor'], { cwd: root, ignore: [`${root.split(path.sep).join('/')}/vendor/**`] });
    expect(found.emptyDirectories).toEqual(['empty', 'vendor']);
    expect(found.files.map((f) => f.displayPath)).toEqual(['sub/deep/d.yaml']);
  });
});

describe('discoverFiles: explicit files and globs', () => {
  it('includes an explicitly named file whatever its ending', async () => {
    expect(await shown(['notes.txt', 'values.tpl'])).toEqual(['notes.txt', 'values.tpl']);
  });

  it('includes an explicitly named file even when .gitignore or node_modules would hide it', async () => {
    expect(await shown(['secret.yaml', 'node_modules/pkg/n.yaml'])).toEqual(['node_modules/pkg/n.yaml', 'secret.yaml']);
  });

  it('expands globs against cwd, honouring .gitignore', async () => {
    // root/.gitignore's `ignored/` matches sub/ignored too; sub/.gitignore drops sub/local.yaml.
    expect(await shown(['sub/**/*.yaml'])).toEqual(['sub/deep/d.yaml', 'sub/vendor/v.yaml']);
    expect(await shown(['*.{yml,txt}'])).toEqual(['b.yml', 'notes.txt']);
  });

  it('puts a missing path and a glob without matches in unmatched, in input order', async () => {
    expect(await discoverFiles(['missing.yaml', 'a.yaml', '**/*.toml'], { cwd: root })).toEqual({
      files: [{ path: path.join(root, 'a.yaml'), displayPath: 'a.yaml', input: path.join(root, 'a.yaml') }],
      stdin: false,
      unmatched: ['missing.yaml', '**/*.toml'],
      emptyDirectories: [],
    });
  });

  it('treats `-` as standard input, not as a file', async () => {
    expect(await discoverFiles(['-'], { cwd: root })).toEqual({ files: [], stdin: true, unmatched: [], emptyDirectories: [] });
    const both = await discoverFiles(['c.json', '-'], { cwd: root });
    expect(both.stdin).toBe(true);
    expect(both.files.map((f) => f.displayPath)).toEqual(['c.json']);
  });

  it('sorts the result and lists a file named several ways once', async () => {
    const inputs = ['sub/e.yml', 'sub/deep/d.yaml', 'sub/deep', '.', 'a.yaml', path.join(root, 'a.yaml'), './b.yml', '*.yaml'];
    expect(await shown(inputs)).toEqual(['a.yaml', 'b.yml', 'c.json', 'sub/deep/d.yaml', 'sub/e.yml', 'sub/vendor/v.yaml', 'vendor/v.yaml']);
  });

  it('shows paths outside cwd with ../ and `/` separators', async () => {
    const cwd = path.join(root, 'sub');
    expect(await shown(['../a.yaml', path.join(root, 'c.json'), 'deep'], cwd)).toEqual(['../a.yaml', '../c.json', 'deep/d.yaml']);
  });
});

describe('toDisplayPath', () => {
  it('joins segments with `/` and falls back to the base name for cwd itself', () => {
    expect(toDisplayPath('/work/repo', '/work/repo/k8s/app/deploy.yaml')).toBe('k8s/app/deploy.yaml');
    expect(toDisplayPath('/work/repo', '/work/other/x.yaml')).toBe('../other/x.yaml');
    expect(toDisplayPath('/work/repo', '/work/repo')).toBe('repo');
  });
});
