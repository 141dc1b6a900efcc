/**
 * The result cache behind `--cache` (like ESLint's): each file's FileResult, keyed by its display path and
 * a hash of its text, valid only for the pci-lint version and effective configuration that produced it.
 * One file per cache directory, replaced atomically; anything unreadable, corrupt or stale is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileResult, LintSession } from './engine/runner.js';
import type { SourceText } from './load/source.js';

/** Where results are cached when no location is given, relative to the working directory. */
export const DEFAULT_CACHE_DIRECTORY = path.join('node_modules', '.cache', 'pci-lint');
/** The cache file inside the cache directory. */
export const CACHE_FILE = 'results.v8';
/** Bumped when the stored layout changes. */
const FORMAT = 2;

interface CacheEntry {
  readonly hash: string;
  readonly result: FileResult;
}

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly key: string;
  readonly entries: Record<string, CacheEntry>;
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
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}

function isFileResult(value: unknown, file: string): value is FileResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<FileResult>;
  return r.file === file && Array.isArray(r.diagnostics) && Array.isArray(r.resources) && Array.isArray(r.suppressions) && !!r.facts && typeof r.facts === 'object';
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<CacheFile>;
  return c.format === FORMAT && typeof c.version === 'string' && typeof c.key === 'string' && !!c.entries && typeof c.entries === 'object';
}

export class ResultCache {
  private readonly entries: Record<string, CacheEntry>;
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly key: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache in `directory`; a missing, unreadable, corrupt or stale cache file starts empty. */
  static async open(directory: string, version: string, key: string): Promise<ResultCache> {
    const file = path.join(directory, CACHE_FILE);
    let entries: Record<string, CacheEntry> = Object.create(null) as Record<string, CacheEntry>;
    try {
      const stored: unknown = deserialize(await readFile(file));
      if (isCacheFile(stored) && stored.version === version && stored.key === key) entries = Object.assign(entries, stored.entries);
    } catch {
      // No cache yet, or one that cannot be read back: start empty.
    }
    return new ResultCache(file, version, key, entries);
  }

  /** The content hash `get` and `set` take; computed once per file. */
  static hash(source: SourceText): string {
    return createHash('sha256').update(source.text).digest('hex');
  }

  /** The cached result for this file and text, if there is a valid one. */
  get(source: SourceText, hash: string): FileResult | undefined {
    const entry = this.entries[source.file];
    if (!entry || typeof entry !== 'object' || entry.hash !== hash) return undefined;
    return isFileResult(entry.result, source.file) ? entry.result : undefined;
  }

  set(source: SourceText, hash: string, result: FileResult): void {
    this.entries[source.file] = { hash, result };
    this.changed = true;
  }

  /**
   * Writes the cache if anything changed: to a temporary file first, then renamed over the old one, so a
   * concurrent run never reads half a file. Failing to write only costs the next run its speed.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const stored: CacheFile = { format: FORMAT, version: this.version, key: this.key, entries: this.entries };
    const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, serialize(stored));
      await rename(temporary, this.file);
      this.changed = false;
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
