/**
 * What the coverage report states about where and how it was made, read from disk by the CLI: the git
 * commit of the working directory (read from .git without running git), the configuration file's hash,
 * and the Kubernetes version the input states.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VersionClaim } from '../engine/evidence.js';
import { formatVersion, isSupportedTarget, parseVersion, type K8sVersion } from '../k8s/versions.js';

export function sha256OfFile(file: string): string | undefined {
  try {
    // node:crypto is loaded only by the coverage formats: every other run's start-up stays as it was.
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The git directory of the repository `cwd` is in (a worktree's `.git` file is followed), if any. */
function gitDirOf(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const pointer = /^gitdir:(.+)$/m.exec(readText(dotGit) ?? '')?.[1]?.trim();
      return pointer === undefined ? undefined : path.resolve(dir, pointer);
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The commit HEAD points at in the repository around `cwd`, or undefined outside one. */
export function gitCommitOf(cwd: string): string | undefined {
  const gitDir = gitDirOf(cwd);
  if (gitDir === undefined) return undefined;
  const head = readText(path.join(gitDir, 'HEAD'))?.trim();
  if (head === undefined) return undefined;
  if (/^[0-9a-f]{40,64}$/.test(head)) return head;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (ref === undefined) return undefined;
  // A worktree keeps its HEAD but shares refs with the main repository (`commondir`).
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  const dirs = [gitDir, ...(common !== undefined ? [path.resolve(gitDir, common)] : [])];
  for (const dir of dirs) {
    const loose = readText(path.join(dir, ref))?.trim();
    if (loose !== undefined && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
    const packed = readText(path.join(dir, 'packed-refs'));
    const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
    const hash = line?.split(' ')[0];
    if (hash !== undefined && /^[0-9a-f]{40,64}$/.test(hash)) return hash;
  }
  return undefined;
}

function where(claim: VersionClaim): string {
  return `${claim.at.file}:${claim.at.line}:${claim.at.column} (${claim.how} ${claim.text})`;
}

/**
 * The version the input states, when its claims agree on one supported release; and what to warn about
 * (claims that disagree, a stated version pci-lint cannot target, a given target that differs).
 */
export function versionFromInput(claims: readonly VersionClaim[], given: K8sVersion | undefined): { version?: K8sVersion; detail?: string; warnings: string[] } {
  const warnings: string[] = [];
  if (claims.length === 0) return { warnings };
  const versions = [...new Set(claims.map((c) => c.version))];
  const first = claims[0] as VersionClaim;
  if (versions.length > 1) warnings.push(`The input states different Kubernetes versions: ${claims.map(where).join('; ')}.`);
  if (given !== undefined) {
    const differing = claims.filter((c) => c.version !== formatVersion(given));
    if (differing.length > 0) warnings.push(`The target ${formatVersion(given)} differs from the version the input states: ${differing.map(where).join('; ')}. Findings are for ${formatVersion(given)}.`);
    return { warnings };
  }
  if (versions.length > 1) return { warnings };
  const version = parseVersion(first.version);
  if (!version || !isSupportedTarget(version)) {
    warnings.push(`The input states Kubernetes ${first.version} (${where(first)}), which pci-lint cannot target; checked against the default instead.`);
    return { warnings };
  }
  return { version, detail: where(first), warnings };
}
