/**
 * Worker threads change the speed, never the output: the built bundles (dist/cli.js, dist/index.js, made by
 * test/global-setup.ts) give byte-identical reports with 1 and 2 workers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultThreadCount, LintPool, workersAvailable } from '../../src/run/workers.js';
import { ROOT } from './helpers.js';

const CLI = path.join(ROOT, 'dist/cli.js');
const LIBRARY = path.join(ROOT, 'dist/index.js');

function node(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let corpus: string;

/** A small deterministic mix: workloads with findings, RBAC, service accounts, a static pod, a broken file. */
function writeCorpus(dir: string): void {
  for (let f = 0; f < 24; f++) {
    const docs: string[] = [];
    for (let d = 0; d < 6; d++) {
      const i = f * 6 + d;
      docs.push(
        i % 4 === 0
          ? `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa${i}\n  namespace: ns${i % 3}\n`
          : i % 4 === 1
            ? `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: b${i}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects:\n  - {kind: ServiceAccount, name: sa${i - 1}, namespace: ns${(i - 1) % 3}}\n`
            : `# Source: chart/templates/d${i}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\n  namespace: ns${i % 3}\nspec:\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}}}\n    spec:\n      serviceAccountName: sa${i - (i % 4)}\n      containers:\n        - name: main\n          image: registry.example.com/app:${i}\n          securityContext: {privileged: ${i % 3 === 0}}\n`,
      );
    }
    const sub = path.join(dir, `team${f % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `stream-${f}.yaml`), docs.join('---\n'));
  }
  writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n');
}

beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'pci-lint-workers-'));
  writeCorpus(corpus);
});

afterAll(() => {
  rmSync(corpus, { recursive: true, force: true });
});

describe('worker threads', () => {
  it('give the CLI byte-identical JSON with 1 and 2 workers over the examples', () => {
    const one = node([CLI, '--no-config', '-f', 'json', '--workers', '1', 'examples']);
    const two = node([CLI, '--no-config', '-f', 'json', '--workers', '2', 'examples']);
    // examples/ holds several clusters that state different Kubernetes versions: only that warning is printed.
    expect(one.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('pci-lint: warning: The input states different Kubernetes versions'))).toEqual([]);
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout)).not.toHaveLength(0);
    expect(two).toEqual(one);
  });

  it('give the CLI byte-identical JSON with 1 and 2 workers over a generated corpus, with and without the cache', () => {
    const cache = path.join(corpus, '..', `${path.basename(corpus)}-cache`);
    try {
      const one = node([CLI, '--no-config', '-f', 'json', '--workers', '1', '.'], corpus);
      expect(one.status).toBe(1);
      expect(one.stdout).toContain('"parse-error"');
      expect(node([CLI, '--no-config', '-f', 'json', '--workers', '2', '.'], corpus)).toEqual(one);
      for (let run = 0; run < 2; run++) expect(node([CLI, '--no-config', '-f', 'json', '--workers', '2', '--cache', '--cache-location', cache, '.'], corpus)).toEqual(one);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('give byte-identical JSON with 1 and 2 workers over kustomize builds, each file judged in every build view', () => {
    const inputs = ['kustomize-two-builds', 'kustomize-roots', 'kustomize-namespace', 'kustomize-name-prefix'];
    const cwd = path.join(ROOT, 'test/precision/fixtures');
    const one = node([CLI, '--no-config', '-f', 'json', '--workers', '1', ...inputs], cwd);
    expect(one.status).toBe(1);
    // The base's second view (staging, no default-deny) reaches the finish phase from a worker too.
    expect(one.stdout).toContain('Namespace \\"staging\\" (set by kustomize-two-builds/overlays/staging/kustomization.yaml)');
    expect(node([CLI, '--no-config', '-f', 'json', '--workers', '2', ...inputs], cwd)).toEqual(one);
  });

  it('run from the library bundle too, with the same diagnostics', () => {
    const script = `
      import { lint } from ${JSON.stringify(LIBRARY)};
      const out = [];
      for (const workers of [1, 2]) {
        const r = await lint(['.'], { cwd: process.argv[1], workers, settings: { now: '2026-11-24' } });
        out.push({ threads: r.threads, text: JSON.stringify(r.diagnostics) });
      }
      console.log(JSON.stringify(out));`;
    const r = node(['--input-type=module', '-e', script, corpus]);
    expect(r.stderr).toBe('');
    const [one, two] = JSON.parse(r.stdout) as { threads: number; text: string }[];
    expect(one?.threads).toBe(1);
    expect(two?.threads).toBe(2);
    expect(two?.text).toBe(one?.text);
  });
});

describe('the worker count', () => {
  it('is one thread by default in the library, and three per four cores with "auto" from 1 MiB of input', () => {
    const big = mkdtempSync(path.join(tmpdir(), 'pci-lint-workers-big-'));
    try {
      // Four files of 300 KB each (a long comment before a small workload).
      for (let f = 0; f < 4; f++) writeFileSync(path.join(big, `f${f}.yaml`), `# ${'x'.repeat(300_000)}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa${f}\n`);
      const script = `
        import { lint } from ${JSON.stringify(LIBRARY)};
        const threads = async (cwd, workers) => (await lint(['.'], { cwd, ...(workers !== undefined && { workers }) })).threads;
        const [small, large] = process.argv.slice(1);
        console.log(JSON.stringify([await threads(large), await threads(small, 'auto'), await threads(large, 'auto'), await threads(large, 1)]));`;
      const r = node(['--input-type=module', '-e', script, corpus, big]);
      expect(r.stderr).toBe('');
      const auto = Math.min(Math.max(1, Math.floor((availableParallelism() * 3) / 4)), 4);
      expect(JSON.parse(r.stdout)).toEqual([1, 1, auto, 1]);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});

describe('defaultThreadCount', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 3],
    [8, 6],
    [64, 48],
  ])('is %i cores → %i threads', (cores, threads) => {
    expect(defaultThreadCount(cores)).toBe(threads);
  });
});

describe('LintPool', () => {
  it('rejects the requests of a worker that cannot run, so the caller lints them itself', async () => {
    // From the TypeScript sources the worker cannot load its module: the failure path of a crashed worker.
    expect(workersAvailable()).toBe(false);
    const pool = new LintPool(1, {});
    try {
      expect(pool.started).toBe(false);
      await expect(pool.lint({ file: 'a.yaml', text: 'kind: Pod\n' })).rejects.toThrow();
      // A worker that stopped counts as started: nothing waits for it.
      expect(pool.started).toBe(true);
      await expect(pool.lint({ file: 'b.yaml', text: 'kind: Pod\n' })).rejects.toThrow('no lint worker is running');
    } finally {
      await pool.close();
    }
  });
});
