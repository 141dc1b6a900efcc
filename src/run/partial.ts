/**
 * Partial results for runs split across CI jobs (`--shard i/n --partial FILE`, then `pci-lint merge`).
 *
 * A shard lints its share of the files and writes each file's result as the finish phase needs it (the
 * diagnostics, the resources, the facts rules recorded, the suppressions and the evidence) with the
 * file's place in the whole run's reading order. `merge` checks the partials against each other and against
 * its own configuration, puts the results back in that order and runs the finish phase over all of them,
 * so its report is the one a single run over everything prints.
 *
 * A partial is input written by another job: it is checked like the cache, but where a bad cache entry is
 * ignored, a bad partial stops the merge with a message (a dropped partial would drop findings).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Diagnostic, Location } from '../engine/diagnostic.js';
import { SEVERITIES } from '../engine/diagnostic.js';
import type { FileEvidence } from '../engine/evidence.js';
import type { FileResult } from '../engine/result.js';
import type { ResourceSummary } from '../engine/rule.js';
import type { Suppression } from '../engine/suppressions.js';
import type { K8sVersion } from '../k8s/versions.js';
import { dict } from '../load/own.js';

/** Bumped when the layout changes. */
export const PARTIAL_FORMAT = 1;

/** Which share of the files a run lints: the `index`-th (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** True when the file at `position` of the sorted file list belongs to `shard` (round robin: equal counts). */
export function inShard(shard: Shard, position: number): boolean {
  return position % shard.count === shard.index - 1;
}

/** One input as read, for the scope of an audit report. */
export interface InputRecord {
  readonly file: string;
  readonly sha256?: string;
  readonly bytes?: number;
  /** Why it could not be read. */
  readonly problem?: string;
}

export interface PartialEntry {
  /** The file's place in the whole run's reading order. */
  readonly order: number;
  /** The project the file belongs to (cross-resource checks join facts inside one project). */
  readonly project: string;
  readonly result: FileResult;
  /** The file as read (name and SHA-256), for the coverage report's scope. */
  readonly input: InputRecord;
}

export interface Partial {
  readonly pciLintPartial: typeof PARTIAL_FORMAT;
  readonly version: string;
  /** The hash of the effective configuration (as for the cache): shards must agree with each other and with the merge. */
  readonly key: string;
  readonly target: K8sVersion;
  readonly shard: Shard;
  /** How many files the whole run reads, and a hash of their names: shards of one checkout agree on both. */
  readonly fileCount: number;
  readonly fileSet: string;
  readonly entries: readonly PartialEntry[];
}

/** A partial that cannot be merged; the message says which and why. */
export class PartialError extends Error {
  override readonly name = 'PartialError';
}

// ---------------------------------------------------------------- shape checks

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isOptStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStrList = (v: unknown): boolean => Array.isArray(v) && v.every(isStr);

function isResourceRef(v: unknown): boolean {
  return isObj(v) && isStr(v.apiVersion) && isStr(v.kind) && isOptStr(v.namespace) && isOptStr(v.name);
}

function isLocation(v: unknown): v is Location {
  if (!isObj(v)) return false;
  const { source } = v;
  return (
    isStr(v.file) &&
    isCount(v.line) &&
    isCount(v.column) &&
    isCount(v.endLine) &&
    isCount(v.endColumn) &&
    (v.resource === undefined || isResourceRef(v.resource)) &&
    (source === undefined || (isObj(source) && isStr(source.chart) && isStr(source.template) && (source.tool === undefined || source.tool === 'kustomize'))) &&
    isOptStr(v.path)
  );
}

function isDiagnostic(v: unknown, file: string): v is Diagnostic {
  if (!isObj(v) || !isLocation(v)) return false;
  const d: Obj = v;
  return (
    d.file === file &&
    isStr(d.ruleId) &&
    isOptStr(d.messageId) &&
    isStrList(d.pci) &&
    isStrList(d.requirements) &&
    (SEVERITIES as readonly unknown[]).includes(d.severity) &&
    isStr(d.message) &&
    isOptStr(d.fix)
  );
}

function isResourceSummary(v: unknown): v is ResourceSummary {
  return isObj(v) && isResourceRef(v) && isObj(v.labels) && Object.values(v.labels).every(isStr) && isLocation(v.location);
}

function isSuppression(v: unknown): v is Suppression {
  return (
    isObj(v) &&
    (v.kind === 'comment' || v.kind === 'annotation') &&
    isStrList(v.ruleIds) &&
    isOptStr(v.reason) &&
    isLocation(v.at) &&
    (v.line === undefined || isCount(v.line)) &&
    (v.resource === undefined || isResourceRef(v.resource))
  );
}

function isEvidence(v: unknown): v is FileEvidence {
  return (
    isObj(v) &&
    isStrList(v.kinds) &&
    Array.isArray(v.versions) &&
    v.versions.every((c: unknown) => isObj(c) && isStr(c.version) && isStr(c.text) && isStr(c.how) && isLocation(c.at))
  );
}

function isInput(v: unknown, file: string): v is InputRecord {
  return isObj(v) && v.file === file && isOptStr(v.sha256) && (v.bytes === undefined || isCount(v.bytes)) && isOptStr(v.problem);
}

/** The entry as a FileResult, or why it is not one. */
function checkEntry(v: unknown): PartialEntry | string {
  if (!isObj(v) || !isCount(v.order) || !isStr(v.project) || !isObj(v.result)) return 'an entry without order, project or result';
  const r = v.result;
  if (!isStr(r.file)) return 'a result without a file name';
  const file = r.file;
  const bad = (what: string) => `the result for "${file}" has ${what}`;
  if (!Array.isArray(r.diagnostics) || !r.diagnostics.every((d) => isDiagnostic(d, file))) return bad('a malformed diagnostic');
  if (!Array.isArray(r.resources) || !r.resources.every(isResourceSummary)) return bad('a malformed resource');
  if (!isObj(r.facts) || !Object.values(r.facts).every(Array.isArray)) return bad('malformed facts');
  if (!Array.isArray(r.suppressions) || !r.suppressions.every(isSuppression)) return bad('a malformed suppression');
  if (!isEvidence(r.evidence)) return bad('malformed evidence');
  if (!isInput(v.input, file)) return bad('no input record');
  const result: FileResult = {
    file,
    diagnostics: r.diagnostics,
    resources: r.resources,
    facts: dict(Object.entries(r.facts as Record<string, unknown[]>)),
    suppressions: r.suppressions,
    evidence: r.evidence,
  };
  return { order: v.order, project: v.project, result, input: v.input };
}

/** Parses and checks one partial's text; throws PartialError naming `shown`. */
export function readPartial(text: string, shown: string): Partial {
  const fail = (why: string): never => {
    throw new PartialError(`${shown} is not a usable pci-lint partial result: ${why}.`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('it is not JSON');
  }
  if (!isObj(value) || value.pciLintPartial !== PARTIAL_FORMAT) return fail(`it is not a partial of format ${PARTIAL_FORMAT} (written by --partial of this pci-lint version)`);
  const { version, key, target, shard, fileCount, fileSet, entries } = value;
  if (!isStr(version) || !isStr(key) || !isStr(fileSet) || !isCount(fileCount)) return fail('its header is incomplete');
  if (!isObj(target) || !isCount(target.major) || !isCount(target.minor)) return fail('it names no Kubernetes version');
  if (!isObj(shard) || !isCount(shard.count) || !isCount(shard.index) || shard.index < 1 || shard.index > shard.count) return fail('it names no valid shard');
  if (!Array.isArray(entries)) return fail('it holds no results');
  const checked: PartialEntry[] = [];
  for (const entry of entries) {
    const e = checkEntry(entry);
    if (typeof e === 'string') return fail(e);
    if (e.order >= fileCount) return fail(`a result is placed at ${e.order}, past the ${fileCount} files of the run`);
    checked.push(e);
  }
  return { pciLintPartial: PARTIAL_FORMAT, version, key, target: { major: target.major, minor: target.minor }, shard: { index: shard.index, count: shard.count }, fileCount, fileSet, entries: checked };
}

/**
 * Checks that the partials are every shard of one run, made by this version with this configuration, and
 * returns their entries in reading order.
 */
export function combinePartials(partials: readonly { readonly partial: Partial; readonly shown: string }[], expected: { readonly version: string; readonly key: string }): { readonly entries: PartialEntry[]; readonly target: K8sVersion } {
  const first = partials[0];
  if (!first) throw new PartialError('merge needs the partial results of every shard (files written by --shard i/n --partial FILE).');
  const { count } = first.partial.shard;
  const seen = new Map<number, string>();
  for (const { partial, shown } of partials) {
    const p = partial;
    if (p.version !== expected.version) throw new PartialError(`${shown} was written by pci-lint ${p.version}; this is ${expected.version}. Run every shard and the merge with one version.`);
    if (p.key !== expected.key) throw new PartialError(`${shown} was linted with another configuration or Kubernetes version than this merge (rules, options, settings or --k8s-version differ). Give the merge the options the shards had.`);
    if (p.shard.count !== count) throw new PartialError(`${shown} is shard ${p.shard.index}/${p.shard.count}, but ${first.shown} is one of ${count}.`);
    if (p.fileCount !== first.partial.fileCount || p.fileSet !== first.partial.fileSet) throw new PartialError(`${shown} was made over other files than ${first.shown} (another checkout or other inputs).`);
    const other = seen.get(p.shard.index);
    if (other !== undefined) throw new PartialError(`${shown} and ${other} are both shard ${p.shard.index}/${count}.`);
    seen.set(p.shard.index, shown);
  }
  const missing: number[] = [];
  for (let i = 1; i <= count; i++) if (!seen.has(i)) missing.push(i);
  if (missing.length > 0) throw new PartialError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs the partial result of every shard.`);
  const entries = partials.flatMap((p) => p.partial.entries).sort((a, b) => a.order - b.order);
  for (let i = 1; i < entries.length; i++) if (entries[i]?.order === entries[i - 1]?.order) throw new PartialError(`two partials hold a result for the same file (place ${entries[i]?.order ?? 0} of the run).`);
  if (entries.length !== first.partial.fileCount) throw new PartialError(`the partials hold ${entries.length} results for a run of ${first.partial.fileCount} files.`);
  return { entries, target: first.partial.target };
}

/** One hash over the names of every file a run reads, in reading order. */
export function fileSetHash(files: readonly string[]): string {
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256');
  for (const file of files) hash.update(`${file}\u0000`);
  return hash.digest('hex');
}

/** Characters gathered before a write. */
const WRITE_BATCH = 1 << 16;

/**
 * Writes a partial as its results arrive (in any order: merge sorts them), into a temporary file beside
 * `file` that `finish` renames over it, so a failed or refused run leaves no half-written partial.
 */
export class PartialWriter {
  private readonly temporary: string;
  private readonly fd: number;
  private pending = `{"pciLintPartial":${PARTIAL_FORMAT},"entries":[\n`;
  private count = 0;

  /** Throws the file system's error when the file cannot be created. */
  constructor(private readonly file: string) {
    this.temporary = `${file}.${process.pid}.tmp`;
    this.fd = openSync(this.temporary, 'w');
  }

  add(entry: PartialEntry): void {
    this.pending += `${this.count++ === 0 ? '' : ',\n'}${JSON.stringify(entry)}`;
    if (this.pending.length >= WRITE_BATCH) this.flush();
  }

  private flush(): void {
    const bytes = Buffer.from(this.pending);
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    this.pending = '';
  }

  /** Writes the header fields after the entries (key order means nothing in JSON) and puts the file in place. */
  finish(header: Omit<Partial, 'pciLintPartial' | 'entries'>): void {
    this.pending += `\n],${JSON.stringify(header).slice(1)}\n`;
    this.flush();
    closeSync(this.fd);
    renameSync(this.temporary, this.file);
  }

  /** Drops what was written. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.temporary, { force: true });
  }
}
