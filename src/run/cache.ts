/**
 * The result cache behind `--cache` (like ESLint's), valid only for the pci-lint version and effective
 * configuration that wrote it, in two files:
 * - results.v8: each file's FileResult, keyed by its display path and a hash of its text, so a run where
 *   some files changed lints only those (the project-wide phase then runs over cached and fresh results);
 * - run.v8: the finished output of the last run, keyed by the hash of every file read (name and text): a
 *   run over unchanged input reads it back instead of linting and finishing again;
 * - report.v8: the report the CLI rendered from that run, keyed by the same hash and by how it was
 *   rendered (format and its options), given back as it was when the run is replayed.
 * Each file is sealed (cache-seal.ts): one without the seal of the user's key is never deserialized. Each
 * is replaced atomically; anything unreadable, unsealed, corrupt or stale is ignored, and a file's result is
 * checked to its leaves before it is used (cache-check.ts).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEVERITIES, type SeverityCounts } from '../engine/diagnostic.js';
import type { FileResult } from '../engine/result.js';
import type { LintSession } from '../engine/session.js';
import type { StoredProject } from './store.js';
import type { SourceText } from '../load/source.js';
import { dict, own, type Dict } from '../load/own.js';
import { readRegularFile } from '../load/read.js';
import { isFileResultFor } from './cache-check.js';
import { seal, unseal } from './cache-seal.js';

// node:crypto and node:v8 are loaded on first use: a run without --cache does not need them at start-up.
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
const v8 = () => process.getBuiltinModule('node:v8');

/** Where results are cached when no location is given, relative to the working directory. */
export const DEFAULT_CACHE_DIRECTORY = path.join('node_modules', '.cache', 'pci-lint');
/** The per-file results inside the cache directory. */
export const CACHE_FILE = 'results.v8';
/** The last run's finished output inside the cache directory. */
export const RUN_FILE = 'run.v8';
/** The report rendered from the last run, inside the cache directory. */
export const REPORT_FILE = 'report.v8';
/** Bumped when the stored layout changes. */
const FORMAT = 9;
/** No cache file is read past this size (a regular file only: never a device or FIFO a link points at). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

interface CacheEntry {
  readonly hash: string;
  readonly result: FileResult;
}

interface Stamp {
  readonly format: number;
  readonly version: string;
  readonly key: string;
}

interface CacheFile extends Stamp {
  readonly entries: Record<string, CacheEntry>;
}

/** A finished run: its output and the files it read, in reading order. */
export interface CachedRun {
  readonly project: StoredProject;
  readonly files: readonly string[];
}

/** A report rendered from a finished run, with what a caller needs besides its text. */
export interface CachedReport {
  /** The report's text as UTF-8 bytes. */
  readonly output: Uint8Array;
  /** The findings counted by severity (for the exit code). */
  readonly counts: SeverityCounts;
  /** The files the run read, in reading order. */
  readonly files: readonly string[];
}

/** report.v8 is this header (v8-serialized, its length in the file's first four bytes), then the report's bytes. */
interface ReportHeader extends Stamp {
  readonly inputs: string;
  /** How the report was rendered, as the caller described it. */
  readonly report: string;
  readonly counts: SeverityCounts;
  readonly files: readonly string[];
  readonly bytes: number;
}

interface RunFile extends Stamp {
  /** The hash of every input read, see `ResultCache.runKey`. */
  readonly inputs: string;
  readonly run: CachedRun;
}

/** What a cache file's seal covers besides its bytes: its name and the layout version. */
export function cacheFileLabel(name: string): string {
  return `${name} ${FORMAT}`;
}

/** JSON with object keys sorted, so two equal configurations give the same key whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * What a cached result depends on besides the file's text: pci-lint's version, the target, the shared
 * settings, every active rule with its severity override and options, and the registered rule ids.
 */
export function cacheKey(version: string, session: LintSession): string {
  const parts = {
    version,
    target: session.target,
    settings: session.settings,
    active: session.active.map((a) => [a.rule.meta.id, a.severityOverride ?? null, a.options ?? null]),
    known: [...session.knownRuleIds].sort(),
  };
  return sha256().update(stableJson(parts)).digest('hex');
}

function stamped(value: unknown, version: string, key: string): boolean {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Stamp>;
  return c.format === FORMAT && c.version === version && c.key === key;
}

function isCacheFile(value: unknown, version: string, key: string): value is CacheFile {
  return stamped(value, version, key) && !!(value as Partial<CacheFile>).entries && typeof (value as Partial<CacheFile>).entries === 'object';
}

function isRunFile(value: unknown, version: string, key: string): value is RunFile {
  if (!stamped(value, version, key)) return false;
  const { inputs, run } = value as { inputs?: unknown; run?: { files?: unknown; project?: { files?: unknown; table?: unknown } } };
  return typeof inputs === 'string' && Array.isArray(run?.files) && run.files.every((f) => typeof f === 'string') && Array.isArray(run.project?.files) && typeof run.project.table === 'object' && run.project.table !== null;
}

function isReportHeader(value: unknown, version: string, key: string): value is ReportHeader {
  if (!stamped(value, version, key)) return false;
  const { inputs, report, counts, files, bytes } = value as { inputs?: unknown; report?: unknown; counts?: Record<string, unknown>; files?: unknown; bytes?: unknown };
  return (
    typeof inputs === 'string' &&
    typeof report === 'string' &&
    Number.isSafeInteger(bytes) &&
    Array.isArray(files) &&
    files.every((f) => typeof f === 'string') &&
    SEVERITIES.every((s) => Number.isSafeInteger(counts?.[s]))
  );
}

/** Writes `data` to a temporary file first, then renames it over `file`, so a concurrent run never reads half a file. */
function replace(file: string, data: Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the cache is an optimisation.
    }
    return false;
  }
}

/** The body of a sealed cache file, if it is a regular file sealed with `secret` as `label`. */
function readSealed(file: string, secret: Uint8Array, label: string): Buffer | undefined {
  try {
    return unseal(secret, label, readRegularFile(file, MAX_CACHE_BYTES));
  } catch {
    // No cache yet, or one that cannot be read.
    return undefined;
  }
}

function deserialize(body: Buffer | undefined): unknown {
  if (!body) return undefined;
  try {
    return v8().deserialize(body);
  } catch {
    return undefined;
  }
}

export class ResultCache {
  private entries: Dict<CacheEntry> | undefined;
  private changed = false;

  private constructor(
    private readonly directory: string,
    private readonly version: string,
    private readonly key: string,
    private readonly secret: Uint8Array,
  ) {}

  /** The cache in `directory`, sealed with `secret` (see cache-seal.ts); nothing is read until it is needed. */
  static open(directory: string, version: string, key: string, secret: Uint8Array): ResultCache {
    return new ResultCache(directory, version, key, secret);
  }

  private read(name: string): Buffer | undefined {
    return readSealed(path.join(this.directory, name), this.secret, cacheFileLabel(name));
  }

  private write(name: string, body: Uint8Array): boolean {
    return replace(path.join(this.directory, name), seal(this.secret, cacheFileLabel(name), body));
  }

  /** The content hash `get` and `set` take: of the file's bytes as read, computed once per file. */
  static hash(bytes: Uint8Array): string {
    return sha256().update(bytes).digest('hex');
  }

  /** One hash over everything a run read: each input's name and the hash of its text (or why it could not be read). */
  static runKey(inputs: readonly { readonly file: string; readonly hash: string }[]): string {
    const hash = sha256();
    for (const input of inputs) hash.update(`${input.file}\u0000${input.hash}\u0000`);
    return hash.digest('hex');
  }

  /** The finished run stored for exactly these inputs, if there is one. */
  getRun(inputs: string): CachedRun | undefined {
    const stored = deserialize(this.read(RUN_FILE));
    return isRunFile(stored, this.version, this.key) && stored.inputs === inputs ? stored.run : undefined;
  }

  /** Stores a finished run for these inputs; failing to write only costs the next run its speed. */
  setRun(inputs: string, run: CachedRun): void {
    const stored: RunFile = { format: FORMAT, version: this.version, key: this.key, inputs, run };
    this.write(RUN_FILE, v8().serialize(stored));
  }

  /** The report rendered as `report` from the run over exactly these inputs, if it was stored. */
  getReport(inputs: string, report: string): CachedReport | undefined {
    try {
      // Raw bytes after a small header: the report is written out again without being decoded.
      const data = this.read(REPORT_FILE);
      if (!data) return undefined;
      const size = data.readUInt32LE(0);
      const header: unknown = v8().deserialize(data.subarray(4, 4 + size));
      if (!isReportHeader(header, this.version, this.key) || header.inputs !== inputs || header.report !== report) return undefined;
      const output = data.subarray(4 + size);
      return output.length === header.bytes ? { output, counts: header.counts, files: header.files } : undefined;
    } catch {
      return undefined;
    }
  }

  setReport(inputs: string, report: string, cached: CachedReport): void {
    const header: ReportHeader = { format: FORMAT, version: this.version, key: this.key, inputs, report, counts: cached.counts, files: cached.files, bytes: cached.output.length };
    const serialized = v8().serialize(header);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(serialized.length, 0);
    this.write(REPORT_FILE, Buffer.concat([size, serialized, cached.output]));
  }

  /** Reads the per-file results (once); a missing, unreadable, corrupt or stale file starts empty. */
  load(): void {
    if (this.entries) return;
    const stored = deserialize(this.read(CACHE_FILE));
    this.entries = dict<CacheEntry>();
    if (isCacheFile(stored, this.version, this.key)) Object.assign(this.entries, stored.entries);
  }

  /** The cached result for this file and text, if there is a valid one. Call `load` first. */
  get(source: SourceText, hash: string): FileResult | undefined {
    const entry = this.entries ? own(this.entries, source.file) : undefined;
    if (!entry || typeof entry !== 'object' || entry.hash !== hash) return undefined;
    return isFileResultFor(entry.result, source.file) ? entry.result : undefined;
  }

  set(source: SourceText, hash: string, result: FileResult): void {
    (this.entries ??= dict<CacheEntry>())[source.file] = { hash, result };
    this.changed = true;
  }

  /** Writes the per-file results if anything changed. */
  save(): void {
    if (!this.changed || !this.entries) return;
    const stored: CacheFile = { format: FORMAT, version: this.version, key: this.key, entries: this.entries };
    if (this.write(CACHE_FILE, v8().serialize(stored))) this.changed = false;
  }
}
