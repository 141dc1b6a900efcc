/**
 * Worker threads for large inputs. A worker starts from the file this module was loaded as: dist/index.js
 * for the library, and for the CLI the launcher dist/cli.cjs (the bundle's import.meta.url is the launcher's),
 * which runs the same bundle; loaded as a pci-lint worker, the bundle answers lint requests instead of being
 * a library or a CLI.
 *
 * Hand-written rather than piscina or tinypool: both start their workers from an entry file inside their own
 * package directory (piscina's dist/worker.js, tinypool's dist/entry/worker.js), which an esbuild bundle does
 * not have; and pci-lint needs only a fixed-size pool whose results the caller places by input order, no
 * task queue policies, timeouts or resizing.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import type { FileResult } from '../engine/result.js';
import { createSession } from '../engine/session.js';
import { lintSource } from './lint-source.js';
import type { LintSettings } from '../engine/settings.js';
import type { SourceText } from '../load/source.js';

const TAG = 'pci-lint:lint-worker:1';

interface WorkerInit {
  readonly tag: typeof TAG;
  readonly settings: LintSettings;
}

interface Request {
  readonly id: number;
  readonly source: SourceText;
}

type Reply = { readonly id: number; readonly result: FileResult } | { readonly id: number; readonly error: string };

/** node:worker_threads, loaded only where threads are used (a millisecond of every start otherwise). */
const threads = () => process.getBuiltinModule('node:worker_threads');

/**
 * True in a thread started by LintPool: the CLI must not run there. LintPool also puts its tag in the
 * worker's argv, so a start elsewhere can tell it is not one without loading node:worker_threads.
 */
export const isLintWorker = process.argv.includes(TAG) && !threads().isMainThread && (threads().workerData as Partial<WorkerInit> | null)?.tag === TAG;

/** Total input size from which the default worker count applies (smaller runs stay in one thread). */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/**
 * Threads that lint by default on a large input, this one included: three for every four cores. A linting
 * thread keeps about 1.35 cores busy, because V8 compiles hot code and collects garbage on threads of its
 * own (2.1 CPU-seconds for 1.55 s of wall time over the bench corpus); on two cores a second linting
 * thread made the run slower (1.66 s against 1.51 s), so there it is one.
 */
export function defaultThreadCount(cores = availableParallelism()): number {
  return Math.max(1, Math.floor((cores * 3) / 4));
}

/**
 * Workers run the module file this code was loaded from; that is possible only from the built bundles
 * (a TypeScript source file cannot be started as a worker by plain Node).
 */
export function workersAvailable(): boolean {
  return import.meta.url.startsWith('file:') && /\.c?js$/.test(import.meta.url);
}

const port = isLintWorker ? threads().parentPort : null;
if (port) {
  const session = createSession(builtinRules, (threads().workerData as WorkerInit).settings);
  port.on('message', ({ id, source }: Request) => {
    let reply: Reply;
    try {
      reply = { id, result: lintSource(session, source) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

interface Pending {
  readonly resolve: (result: FileResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A fixed set of workers linting sources with the built-in rules. `lint` picks the least busy worker; a
 * worker that fails rejects its pending requests (the caller then lints them itself).
 */
export class LintPool {
  private readonly workers: { readonly worker: Worker; readonly pending: Map<number, Pending>; dead: boolean; answered: boolean }[] = [];
  private nextId = 0;

  /** Requests per worker that keep it busy between replies. */
  private static readonly DEPTH = 8;

  constructor(size: number, settings: LintSettings) {
    const init: WorkerInit = { tag: TAG, settings: { ...(settings.target && { target: settings.target }), ...(settings.rules && { rules: settings.rules }), ...(settings.pci && { pci: settings.pci }), ...(settings.settings && { settings: settings.settings }) } };
    for (let i = 0; i < size; i++) {
      const worker = new (threads().Worker)(new URL(import.meta.url), { workerData: init, argv: [TAG] });
      const entry = { worker, pending: new Map<number, Pending>(), dead: false, answered: false };
      const fail = (error: Error) => {
        entry.dead = true;
        for (const p of entry.pending.values()) p.reject(error);
        entry.pending.clear();
      };
      worker.on('message', (reply: Reply) => {
        entry.answered = true;
        const p = entry.pending.get(reply.id);
        if (!p) return;
        entry.pending.delete(reply.id);
        if ('result' in reply) p.resolve(reply.result);
        else p.reject(new Error(reply.error));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        fail(new Error(`lint worker exited with code ${code}`));
      });
      this.workers.push(entry);
    }
  }

  /** True once every worker has answered a request or stopped (a worker that answered has loaded its code). */
  get started(): boolean {
    return this.workers.every((w) => w.answered || w.dead);
  }

  /** True when a worker could take another file now (else the caller lints it itself). */
  hasRoom(): boolean {
    return this.workers.some((w) => !w.dead && w.pending.size < LintPool.DEPTH);
  }

  lint(source: SourceText): Promise<FileResult> {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) return Promise.reject(new Error('no lint worker is running'));
    const entry = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, source } satisfies Request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
