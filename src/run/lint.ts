import { statSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { cacheKey, DEFAULT_CACHE_DIRECTORY, ResultCache } from './cache.js';
import { defaultCacheKeyFile, loadCacheKey } from './cache-seal.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { NO_EVIDENCE, type RunEvidence } from '../engine/evidence.js';
import { ConfigError } from '../engine/settings.js';
import type { AnyRule } from '../engine/rule.js';
import { loadProblemResult } from '../engine/dispatch.js';
import type { FileResult } from '../engine/result.js';
import { createSession } from '../engine/session.js';
import { lintSource, lintSources } from './lint-source.js';
import { FinishedProject, ProjectStore, type StreamedRows } from './store.js';
import { ProjectMap, STDIN_PROJECT } from './projects.js';
import { kustomizePatchUse } from './kustomize-patch-use.js';
import { kustomizationReader, kustomizeBuilds, kustomizeIncludes, kustomizeListedFiles, kustomizePatchFiles } from './kustomize-patches.js';
import { kustomizeUnlistedFiles } from './kustomize-unlisted.js';
import type { CachedReport } from './cache.js';
import type { LintSettings } from '../engine/settings.js';
import { DEFAULT_TARGET, type K8sVersion } from '../k8s/versions.js';
import { discoverFiles, toDisplayPath } from '../load/discover.js';
import { decodeRead, DEFAULT_MAX_FILE_BYTES, readFileBytes, readStdinBytes, symlinkProblem, type ReadResult } from '../load/read.js';
import type { LoadResult, SourceText } from '../load/source.js';
import { VERSION } from '../version.js';
import { inShard, type InputRecord, type PartialEntry, type Shard } from './partial.js';
import { defaultThreadCount, LintPool, WORKER_THRESHOLD_BYTES, workersAvailable } from './workers.js';

export interface LintOptions extends LintSettings {
  /** Directory paths are resolved against and shown relative to; defaults to `process.cwd()`. */
  readonly cwd?: string;
  /** Files larger than this are skipped with a `file-too-large` diagnostic. */
  readonly maxFileBytes?: number;
  /** Extra ignore globs on top of .gitignore. */
  readonly ignore?: readonly string[];
  /**
   * Directories that are each one project (absolute, or relative to `cwd`), over the automatic grouping
   * (src/run/projects.ts): cross-resource checks join objects only inside one project.
   */
  readonly projects?: readonly string[];
  /**
   * Read from here when an input is `-`; defaults to `process.stdin`. Any async iterable of chunks (a Node
   * stream is one), typed without Node's globals so the published declarations need no @types/node.
   */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /**
   * The path standard input is shown as (relative to `cwd`, like a file's), instead of `<stdin>`: for
   * rendered output whose findings belong to a file (`--stdin-filename`).
   */
  readonly stdinFilename?: string;
  /** The rules to choose from; defaults to every built-in rule. */
  readonly registry?: readonly AnyRule[];
  /**
   * Reuse the results of unchanged files from an earlier run with the same version and configuration
   * (`--cache`). Off by default.
   */
  readonly cache?: boolean;
  /** Directory of the cache; default `node_modules/.cache/pci-lint` under `cwd`. Relative to `cwd`. */
  readonly cacheLocation?: string;
  /**
   * The key that seals the cache, made on first use (random, readable by this user only); default
   * `$XDG_CACHE_HOME/pci-lint/key`, else `~/.cache/pci-lint/key`. Cache files not sealed with it are
   * ignored, so a cache committed to the linted repository changes nothing. A key that is a link, belongs
   * to another user or is readable by others turns the cache off (`LintResult.cacheProblem` says why).
   */
  readonly cacheKeyFile?: string;
  /**
   * Threads to lint with, this one included: 1 (the default) this thread only; n ≥ 2 this thread and n − 1
   * worker threads whenever there are two or more files; `'auto'` (the CLI's default) three per four cores
   * (one on two cores) once the input reaches 1 MiB. A file goes to a worker that has room and is otherwise
   * linted here. Workers run the built-in rules from the built bundle this module was loaded from (so not
   * under a TypeScript loader, nor with a custom `registry`: those lint in this thread). The diagnostics are
   * the same either way.
   */
  readonly workers?: number | 'auto';
}

export interface LintResult {
  /** Every finding, in the stable order (by file, then position). */
  readonly diagnostics: Diagnostic[];
  /** How many files (and standard input) were read. */
  readonly fileCount: number;
  /** The files read, as shown in diagnostics. */
  readonly files: string[];
  readonly target: K8sVersion;
  /** Inputs that named no file: missing paths and globs without a match. */
  readonly unmatched: string[];
  /** Directories named as inputs that hold no file to lint (after .gitignore and the ignore globs). */
  readonly emptyDirectories: string[];
  /** Ids of enabled rules that checked nothing because they need configuration. */
  readonly unconfigured: string[];
  /** Threads that linted: this one plus the worker threads started. */
  readonly threads: number;
  /** What the run saw besides findings: input kinds, Kubernetes versions the input states, waivers. */
  readonly evidence: RunEvidence;
  /** With `cache`: why the cache was not used, when it was not (its key could not be trusted or made). */
  readonly cacheProblem?: string;
}

export type { InputRecord } from './partial.js';

function inputRecord(result: ReadResult, hash: string | undefined): InputRecord {
  return result.ok ? { file: result.file, sha256: hash ?? ResultCache.hash(result.bytes), bytes: result.bytes.length } : { file: result.problem.file, problem: result.problem.message };
}

/**
 * A run as the CLI consumes it: the diagnostics stay packed and are rebuilt file by file on each pass, so
 * a run over a very large input never holds them all as objects.
 */
interface LintRunBase extends Omit<LintResult, 'diagnostics'> {
  /** With `hashInputs`: every input read, in reading order, with the SHA-256 of its bytes (or why it could not be read). */
  readonly inputs?: readonly InputRecord[];
  /** Stores the report rendered as `options.report` with this run (present only when that is possible). */
  readonly keepReport?: (text: string) => void;
  /** With `onFileResult`: every file the whole (unsharded) run reads, as shown, in reading order. */
  readonly discovered?: readonly string[];
}

/**
 * A run as the CLI consumes it: the diagnostics stay packed and are rebuilt file by file on each pass, so
 * a run over a very large input never holds them all as objects. When the input has not changed since a
 * run whose report was kept as `options.report`, that report instead.
 */
export type LintRun = (LintRunBase & { readonly diagnostics: FinishedProject; readonly report?: undefined }) | (LintRunBase & { readonly report: CachedReport; readonly diagnostics?: undefined });

/** Decides how many threads lint, this one included. */
function threadCount(options: LintOptions, registry: readonly AnyRule[], files: readonly { readonly path: string }[]): number {
  const requested = options.workers ?? 1;
  if (requested !== 'auto' && requested <= 1) return 1;
  // Only the built-in rules can be rebuilt in a worker (rule objects hold functions and do not cross threads).
  if (registry !== builtinRules || files.length < 2 || !workersAvailable()) return 1;
  if (requested === 'auto') {
    let bytes = 0;
    for (let i = 0; i < files.length && bytes < WORKER_THRESHOLD_BYTES; i++) bytes += statSync(files[i]?.path ?? '', { throwIfNoEntry: false })?.size ?? 0;
    if (bytes < WORKER_THRESHOLD_BYTES) return 1;
  }
  return Math.max(1, Math.min(requested === 'auto' ? defaultThreadCount() : requested, files.length));
}

/**
 * Reads every input's bytes and hashes them (decoding waits until a file is linted): the hash of each, and
 * one key over all of them (names and hashes, or why an input could not be read) for the cached run.
 */
async function readAndHash(
  readers: readonly (() => ReadResult | Promise<ReadResult>)[],
  projects: readonly string[],
  contexts: readonly string[],
): Promise<{ loaded: (ReadResult | undefined)[]; hashes: (string | undefined)[]; key: string }> {
  const loaded: ReadResult[] = [];
  const hashes: (string | undefined)[] = [];
  const inputs: { file: string; hash: string }[] = [];
  for (const [i, read] of readers.entries()) {
    const result = await read();
    // A file's project is part of the run: the same files grouped otherwise give other findings.
    const project = projects[i] ?? '';
    const hash = result.ok ? ResultCache.hash(result.bytes) : undefined;
    loaded.push(result);
    hashes.push(hash);
    // So is what the input's kustomizations make of it, which files outside the input can decide too (the
    // kustomization beside a file named on its own).
    const context = contexts[i] ?? '';
    inputs.push(result.ok ? { file: `${result.file}\u0000${project}`, hash: `${hash ?? ''}${context}` } : { file: result.problem.file, hash: `${result.problem.kind}: ${result.problem.message}` });
  }
  return { loaded, hashes, key: ResultCache.runKey(inputs) };
}

/** Discovers, reads and lints files from disk. Rejects only with a ConfigError for bad settings. */
export async function lint(inputs: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const run = await lintRun(inputs, { ...options, report: undefined });
  if (!run.diagnostics) throw new Error('a run without a report option came back without diagnostics');
  return { ...run, diagnostics: [...run.diagnostics] };
}

export interface LintRunOptions extends LintOptions {
  /**
   * With the cache: how the caller will render a report from this run (format and its options, any text
   * that differs when the report would). The report can then be stored with the run (`LintRun.keepReport`)
   * and is given back (`LintRun.report`) when a later run over unchanged input replays this one.
   */
  readonly report?: string | undefined;
  /**
   * Called once when the input read reaches 1 MiB, after every worker thread has answered once (so has
   * compiled what it runs): the CLI then tunes the process's heap for a large run (src/cli/heap.ts). It may
   * return a check, then called between files (before and after each) until it returns true.
   */
  readonly onLargeInput?: (() => (() => boolean) | undefined) | undefined;
  /** Record every input with the SHA-256 of its bytes (`LintRun.inputs`), for audit reports. */
  readonly hashInputs?: boolean | undefined;
  /** Lint only this share of the discovered files (`--shard i/n`); standard input cannot be sharded. */
  readonly shard?: Shard | undefined;
  /**
   * Called with each file's result before the finish phase, with its place in the whole run's reading
   * order, its project and its input record (`--partial`). A run with this option never replays a cached
   * run or report.
   */
  readonly onFileResult?: ((entry: PartialEntry) => void) | undefined;
}

/** `lint`, keeping the diagnostics packed. */
export async function lintRun(inputs: readonly string[], options: LintRunOptions = {}): Promise<LintRun> {
  const registry = options.registry ?? builtinRules;
  const session = createSession(registry, options);
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const walk = await discoverFiles(inputs.length > 0 ? inputs : ['.'], { cwd, ...(options.ignore && { ignore: options.ignore }) });
  const kustomizations = kustomizationReader(maxBytes);
  // What the walked kustomizations list under a name the walk does not find is built, so it is linted too.
  const listed = kustomizeListedFiles(walk.files, kustomizations, cwd);
  const discovery = listed.length === 0 ? walk : { ...walk, files: [...walk.files, ...listed].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0)) };
  const keyFile = options.cacheKeyFile ?? defaultCacheKeyFile(process.env);
  const secret = options.cache ? loadCacheKey(keyFile) : undefined;
  const cache = secret?.key ? ResultCache.open(path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_DIRECTORY), VERSION, cacheKey(VERSION, session), secret.key) : undefined;
  const cacheProblem = secret?.problem === undefined ? undefined : `the key ${keyFile} cannot be used: ${secret.problem}`;
  const unconfigured = session.unconfigured.map((r) => r.meta.id);

  // Inputs in reading order: standard input first, then the discovered files (sorted by discovery); with a
  // shard, its share of them. `orders` holds each one's place in the whole run's order.
  const { shard, onFileResult } = options;
  if (shard && discovery.stdin) throw new ConfigError('Standard input ("-") cannot be split into shards: give files or directories.');
  const stdinName = options.stdinFilename === undefined ? '<stdin>' : toDisplayPath(cwd, path.resolve(cwd, options.stdinFilename));
  if (discovery.stdin && discovery.files.some((f) => f.displayPath === stdinName)) {
    throw new ConfigError(`Standard input is shown as "${stdinName}", which is also a file of this run: give --stdin-filename a name no linted file has.`);
  }
  const picked = discovery.files.map((file, i) => ({ file, order: i + (discovery.stdin ? 1 : 0) })).filter((_, i) => !shard || inShard(shard, i));
  const chosen = picked.map((p) => p.file);
  const orders = picked.map((p) => p.order);
  const projectMap = new ProjectMap(
    (options.projects ?? []).map((p) => path.resolve(cwd, p)),
    kustomizeIncludes(discovery.files, kustomizations),
  );
  const projects = chosen.map((file) => projectMap.projectOf(file));
  if (discovery.stdin) projects.unshift(STDIN_PROJECT);
  // Files a kustomization lists as patches are partial objects: known before any file is linted (from every
  // file, so a shard judges its files as a single run would).
  const patchFiles = kustomizePatchUse(kustomizePatchFiles(discovery.files, kustomizations), discovery.files, kustomizations, cwd, maxBytes);
  const patchOf = chosen.map((file) => patchFiles.get(file.path));
  if (discovery.stdin) patchOf.unshift(undefined);
  // What the kustomize builds of the input do to each file they build (its views: namespace, affixes, the
  // build roots of each), also from every file, so a shard judges its files as a single run would.
  const builds = kustomizeBuilds(discovery.files, kustomizations, cwd, maxBytes);
  const buildOf = chosen.map((file) => builds.get(file.path));
  if (discovery.stdin) buildOf.unshift(undefined);
  // Files of kustomization trees that no kustomization lists (whose incomplete objects are patches not in use).
  const unlisted = kustomizeUnlistedFiles(discovery.files, kustomizations, cwd);
  const unlistedOf = chosen.map((file) => unlisted.get(file.path));
  if (discovery.stdin) unlistedOf.unshift(undefined);
  /**
   * What the input's kustomizations make of the `index`-th input: a patch, views of builds, or a file of a
   * kustomization's tree that none lists, with the text that keys it in the cache (a file linted so has
   * other results than the same bytes linted as objects).
   */
  const kustomizeContext = (index: number): { readonly of: Pick<SourceText, 'kustomizePatch' | 'kustomizeBuilds' | 'unlistedIn'>; readonly key: string } => {
    const patch = patchOf[index];
    if (patch) return { of: { kustomizePatch: patch }, key: `:kustomize-patch:${JSON.stringify(patch)}` };
    const build = buildOf[index];
    if (build) return { of: { kustomizeBuilds: build }, key: `:kustomize-build:${JSON.stringify(build)}` };
    const unlistedIn = unlistedOf[index];
    if (unlistedIn !== undefined) return { of: { unlistedIn }, key: `:kustomize-unlisted:${JSON.stringify(unlistedIn)}` };
    return { of: {}, key: '' };
  };
  const readers: (() => ReadResult | Promise<ReadResult>)[] = chosen.map((file) => () => (file.link ? symlinkProblem(file.displayPath) : readFileBytes(file.path, file.displayPath, maxBytes)));
  if (discovery.stdin) {
    readers.unshift(() => readStdinBytes(options.stdin ?? process.stdin, maxBytes, stdinName));
    orders.unshift(0);
  }
  // With the cache, everything is read and hashed first: input that has not changed since the last run
  // gives that run's output back without linting.
  // Worked out once for the cache's keys (JSON of a file's build views), else when each file is linted.
  const contexts = cache ? readers.map((_, index) => kustomizeContext(index)) : undefined;
  const read = cache && contexts ? await readAndHash(readers, projects, contexts.map((context) => context.key)) : undefined;
  const preloaded = read?.loaded ?? [];
  const hashes = read?.hashes ?? [];
  const inputsKey = read?.key;
  const { report: reportKey } = options;
  /** Stores the report rendered from a run with these counts and files, for a later run over the same input. */
  const reportKeeper = (counts: CachedReport['counts'], files: CachedReport['files']): ((text: string) => void) | undefined => {
    if (!cache || inputsKey === undefined || reportKey === undefined) return undefined;
    return (text) => {
      cache.setReport(inputsKey, reportKey, { output: Buffer.from(text), counts, files });
    };
  };
  if (cache && inputsKey !== undefined && !onFileResult) {
    const records = options.hashInputs ? read?.loaded.map((r, i) => (r ? inputRecord(r, hashes[i]) : undefined)).filter((r) => r !== undefined) : undefined;
    const base = (files: readonly string[]) => ({ fileCount: files.length, files: [...files], target: session.target, unmatched: discovery.unmatched, emptyDirectories: discovery.emptyDirectories, unconfigured, threads: 1, ...(records && { inputs: records }) });
    const replayed = reportKey === undefined ? undefined : cache.getReport(inputsKey, reportKey);
    if (replayed) return { ...base(replayed.files), report: replayed, evidence: NO_EVIDENCE };
    const hit = cache.getRun(inputsKey);
    const project = hit && FinishedProject.fromStored(hit.project);
    if (hit && project) {
      const keepReport = reportKeeper(project.counts, hit.files);
      return { ...base(hit.files), diagnostics: project, evidence: project.evidence, ...(keepReport && { keepReport }) };
    }
    cache.load();
  }
  const threads = threadCount(options, registry, chosen);
  const pool = threads > 1 ? new LintPool(threads - 1, options) : undefined;

  // Each result keeps its input position whoever produced it and whenever it arrives.
  const store = new ProjectStore();
  const inFlight = new Set<Promise<unknown>>();
  // What linting a file in this thread threw after its worker failed; rethrown once the workers are done.
  let failure: { readonly error: unknown } | undefined;
  // Each input's record, for onFileResult, by its place in this run's reading.
  const recordOf: (InputRecord | undefined)[] = [];
  /** Keeps the result of the `index`-th input this run reads. */
  const add = (result: FileResult, index: number, streamed?: StreamedRows): void => {
    const order = orders[index] ?? index;
    const project = projects[index] ?? STDIN_PROJECT;
    store.add(result, order, project, streamed);
    const input = recordOf[index];
    if (onFileResult && input) onFileResult({ order, project, result, input });
    recordOf[index] = undefined;
  };
  const keep = (source: SourceText, hash: string | undefined, result: FileResult, index: number): void => {
    add(result, index);
    if (cache && hash !== undefined) cache.set(source, hash, result);
  };
  const lintHere = (source: SourceText, hash: string | undefined, index: number): void => {
    if (!cache && !onFileResult) {
      // Nothing else wants the file's diagnostics as objects: they are packed a document at a time.
      const streamed = store.streamFile();
      add(lintSource(session, source, streamed), index, streamed);
      return;
    }
    keep(source, hash, lintSource(session, source), index);
  };
  const consume = async (loaded: LoadResult, fileHash: string | undefined, index: number): Promise<void> => {
    if (!loaded.ok) {
      add(loadProblemResult(loaded.problem), index);
      return;
    }
    const context = contexts?.[index] ?? kustomizeContext(index);
    const source: SourceText = context.key === '' ? loaded.source : { ...loaded.source, ...context.of };
    const hash = fileHash === undefined ? fileHash : `${fileHash}${context.key}`;
    const cached = hash !== undefined ? cache?.get(source, hash) : undefined;
    if (cached) {
      add(cached, index);
      return;
    }
    if (!pool?.hasRoom()) {
      lintHere(source, hash, index);
      // Let the workers' replies in (and send them more) before the next file.
      if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    const task = pool
      .lint(source)
      .then(
        (result) => {
          keep(source, hash, result, index);
        },
        // A worker that fails costs speed, never results: lint its file here.
        () => {
          lintHere(source, hash, index);
        },
      )
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  let bytesRead = 0;
  const records: InputRecord[] | undefined = options.hashInputs ? [] : undefined;
  let { onLargeInput } = options;
  let betweenFiles: (() => boolean) | undefined;
  const tuneIfLarge = () => {
    if (betweenFiles?.() === true) betweenFiles = undefined;
    if (onLargeInput && bytesRead >= WORKER_THRESHOLD_BYTES && (!pool || pool.started)) {
      betweenFiles = onLargeInput();
      onLargeInput = undefined;
    }
  };
  try {
    // One file at a time, so a file's YAML tree is dropped as soon as it has been linted.
    for (const [i, read] of readers.entries()) {
      const result = preloaded[i] ?? (await read());
      preloaded[i] = undefined;
      if (result.ok) bytesRead += result.bytes.length;
      if (records || onFileResult) {
        const record = inputRecord(result, hashes[i]);
        records?.push(record);
        if (onFileResult) recordOf[i] = record;
      }
      // Before the file is linted too: a single large file is most of the run.
      tuneIfLarge();
      await consume(decodeRead(result), hashes[i], i);
      tuneIfLarge();
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  if (failure) throw failure.error;
  const files = store.fileNames();
  const diagnostics = store.finish(session);
  cache?.save();
  if (cache && inputsKey !== undefined) cache.setRun(inputsKey, { project: diagnostics.toStored(), files });
  const keepReport = reportKeeper(diagnostics.counts, files);
  return {
    diagnostics,
    evidence: diagnostics.evidence,
    fileCount: store.fileCount,
    files,
    target: session.target,
    unmatched: discovery.unmatched,
    emptyDirectories: discovery.emptyDirectories,
    unconfigured,
    threads,
    ...(records && { inputs: records }),
    ...(keepReport && { keepReport }),
    ...(cacheProblem !== undefined && { cacheProblem }),
    ...(onFileResult && { discovered: discovery.files.map((f) => f.displayPath) }),
  };
}

/** The hash of what a result depends on besides its file (version, target, rules, options, settings). */
export function settingsKey(options: LintOptions = {}): string {
  return cacheKey(VERSION, createSession(options.registry ?? builtinRules, options));
}

/**
 * The run `pci-lint merge` reports: the finish phase over the partial results of every shard (checked and
 * put in reading order by combinePartials), as a single run over all their files would finish.
 */
export function mergeRun(entries: readonly PartialEntry[], options: LintOptions = {}): LintRun & { readonly diagnostics: FinishedProject } {
  const session = createSession(options.registry ?? builtinRules, options);
  const store = new ProjectStore();
  for (const entry of entries) store.add(entry.result, entry.order, entry.project);
  const files = store.fileNames();
  const diagnostics = store.finish(session);
  return {
    diagnostics,
    evidence: diagnostics.evidence,
    fileCount: store.fileCount,
    files,
    target: session.target,
    unmatched: [],
    emptyDirectories: [],
    unconfigured: session.unconfigured.map((r) => r.meta.id),
    threads: 1,
    inputs: entries.map((e) => e.input),
  };
}

export interface LintTextOptions extends LintSettings {
  /** Path shown in diagnostics; defaults to `<text>`. */
  readonly file?: string;
  readonly registry?: readonly AnyRule[];
}

/** Lints manifest text held in memory. Pure: no file or network access. */
export function lintText(text: string, options: LintTextOptions = {}): Diagnostic[] {
  const session = createSession(options.registry ?? builtinRules, options);
  return lintSources(session, [{ file: options.file ?? '<text>', text }]);
}

export { DEFAULT_TARGET };
