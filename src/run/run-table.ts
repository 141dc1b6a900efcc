/**
 * What a run keeps of each file until its output is written, packed. Tens of thousands of findings,
 * objects and facts repeat the same rule ids, paths, kinds and namespaces over and over, and carry
 * messages, names and facts of their own; as rows of integers over strings kept as bytes outside the
 * JavaScript heap (StringArena) they cost a fraction of the objects, hold no slices of the files' text,
 * and leave the garbage collector little to keep, so a run's memory stays nearly flat as its input grows.
 */
import type { RenderedSource } from '../load/source.js';
import type { ResourceRef } from '../model/resource.js';
import { SEVERITIES, type Diagnostic, type Location, type Severity } from '../engine/diagnostic.js';
import type { ResourceSummary } from '../engine/rule.js';
import type { FactFinding, MergedTags } from '../engine/facts.js';
import { GrowingRows } from './growing-rows.js';
import { keepBuiltText, StringArena, type BuiltText, type StringArenaSnapshot } from './string-arena.js';

/** The tables diagnostics are unpacked from, as plain data (what `--cache` stores for a whole run). */
export interface RunTableSnapshot {
  readonly strings: StringArenaSnapshot;
  /** Each distinct pair of PCI sub-items and PCI DSS requirements a rule carries. */
  readonly tags: readonly RuleTags[];
  /** Four string numbers per object: apiVersion, kind, namespace, name. */
  readonly refs: Int32Array;
  /** Three numbers per rendered source: the chart's and the template's strings, and 1 for kustomize (0 for Helm). */
  readonly sources: Int32Array;
}

const NONE = -1;

/** What a diagnostic carries of its rule's PCI mapping. */
export interface RuleTags {
  readonly pci: readonly string[];
  readonly requirements: readonly string[];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

function isRuleTags(value: unknown): value is RuleTags {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RuleTags>;
  return isStringList(v.pci) && isStringList(v.requirements);
}

/** A location is 8 integers: file, line, column, end line, end column, object, rendered source, path. */
const LOCATION_WIDTH = 8;
/**
 * A diagnostic is its location followed by rule id, message id, PCI tags (sub-items and requirements),
 * severity, message, fix, the subjects of its fact (as JSON) and the rules it replaced (comma-separated).
 */
const DIAGNOSTIC_WIDTH = LOCATION_WIDTH + 8;
/** An object summary is its location (the `kind:` line) followed by its labels. */
const RESOURCE_WIDTH = LOCATION_WIDTH + 1;

/** Marks a packed location inside fact text; a string that starts with either mark is escaped with the second. */
const LOCATION_MARK = '\u0001';
const ESCAPE_MARK = '\u0002';

function isLocation(value: unknown): value is Location {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Location>;
  return typeof v.file === 'string' && typeof v.line === 'number' && typeof v.column === 'number' && typeof v.endLine === 'number' && typeof v.endColumn === 'number';
}

/** Keys of a Location, so a fact object with more keys than these is not mistaken for one. */
const LOCATION_KEYS = new Set(['file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'source', 'path']);

/** Values seen once and referred to by number afterwards (a handful: the rules' PCI tags). */
class Interned<T> {
  private readonly values: T[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `key`; `make` builds the value to keep the first time the key is seen. */
  idOf(key: string, make: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.push(make()) - 1;
      this.ids.set(key, id);
    }
    return id;
  }

  at(id: number): T {
    return this.values[id] as T;
  }

  get size(): number {
    return this.values.length;
  }

  all(): readonly T[] {
    return this.values;
  }

  static of<T>(values: readonly T[]): Interned<T> {
    const table = new Interned<T>();
    for (const value of values) table.values.push(value);
    return table;
  }
}

/**
 * What one unpacking has rebuilt: each ref and rendered source once (as packed, one object per object), and
 * each shared string once (a file's findings repeat its name, rule ids and paths).
 */
class Unpacking {
  readonly refs = new Map<number, ResourceRef>();
  readonly sources = new Map<number, RenderedSource>();
  readonly strings = new Map<number, string>();
}

/** The reference each location a file's facts hold was packed as (a Map or a WeakMap). */
interface LocationRefs {
  get(location: Location): string | undefined;
  set(location: Location, ref: string): unknown;
}

const REF_WIDTH = 4;
/** How many of a file's own strings are looked up to be kept once (see RunTable's `local`). */
const LOCAL_WINDOW = 1 << 14;
const SOURCE_WIDTH = 3;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function inRange(id: number | undefined, size: number, optional: boolean): boolean {
  return id !== undefined && Number.isInteger(id) && ((id >= 0 && id < size) || (optional && id === NONE));
}

export class RunTable {
  private strings = new StringArena();
  /** Strings that recur across files (rule ids, files, paths, kinds, namespaces, charts): one copy per run. */
  private readonly shared = new Map<string, number>();
  /**
   * Strings of the file being added (messages, names, templates, labels, facts): one copy per file, looked
   * up among the last {@link LOCAL_WINDOW} kept (the index holds its strings on the heap: a file with
   * hundreds of thousands of findings would otherwise keep every message twice until it is done).
   */
  private local = new Map<string, number>();
  /** The shared strings by number, for comparing packed rows. */
  private readonly sharedText = new Map<number, string>();
  private tags = new Interned<RuleTags>();
  // Found again by object: a resource's locations share one ref object, a document's (or object's) one rendered source.
  private refs = new GrowingRows(REF_WIDTH);
  private sources = new GrowingRows(SOURCE_WIDTH);
  private readonly refIds = new WeakMap<ResourceRef, number>();
  private readonly sourceIds = new WeakMap<RenderedSource, number>();
  /** Locations kept inside facts, as rows. */
  private readonly locations = new GrowingRows(LOCATION_WIDTH);

  /** Starts another file: strings of the files before are no longer looked up, only kept. */
  startFile(): void {
    this.local = new Map();
  }

  private keep(value: string | undefined, index: Map<string, number>): number {
    if (value === undefined) return NONE;
    let id = index.get(value);
    if (id === undefined) {
      id = this.strings.add(value);
      if (index === this.shared) {
        // A string cut from a file's text keeps the whole text alive in V8: the run-long index keeps a copy
        // read back from the arena instead (a file's own index is dropped with the file).
        const copy = this.strings.at(id);
        index.set(copy, id);
        this.sharedText.set(id, copy);
      } else {
        if (index.size >= LOCAL_WINDOW) index = this.local = new Map<string, number>();
        index.set(value, id);
      }
    }
    return id;
  }

  /** The text of string `id`: shared strings without decoding them again. */
  private text(id: number): string {
    return this.sharedText.get(id) ?? this.strings.at(id);
  }

  private sharedString(value: string | undefined): number {
    return this.keep(value, this.shared);
  }

  private localString(value: string | undefined): number {
    return this.keep(value, this.local);
  }

  private optional(id: number | undefined): string | undefined {
    return id === undefined || id === NONE ? undefined : this.strings.at(id);
  }

  /** A string kept with `sharedString`, decoded once per unpacking. */
  private sharedAt(id: number | undefined, u: Unpacking): string | undefined {
    if (id === undefined || id === NONE) return undefined;
    let value = u.strings.get(id);
    if (value === undefined) {
      value = this.strings.at(id);
      u.strings.set(id, value);
    }
    return value;
  }

  private ref(r: ResourceRef | undefined): number {
    if (!r) return NONE;
    let id = this.refIds.get(r);
    if (id === undefined) {
      id = this.refs.add([this.sharedString(r.apiVersion), this.sharedString(r.kind), this.sharedString(r.namespace), this.localString(r.name)]);
      this.refIds.set(r, id);
    }
    return id;
  }

  private source(s: RenderedSource | undefined): number {
    if (!s) return NONE;
    let id = this.sourceIds.get(s);
    if (id === undefined) {
      id = this.sources.add([this.sharedString(s.chart), this.localString(s.template), s.tool === 'kustomize' ? 1 : 0]);
      this.sourceIds.set(s, id);
    }
    return id;
  }

  private refAt(id: number, u: Unpacking): ResourceRef {
    let ref = u.refs.get(id);
    if (!ref) {
      const rows = this.refs.rows;
      const at = id * REF_WIDTH;
      const namespace = this.sharedAt(rows[at + 2], u);
      const name = this.optional(rows[at + 3]);
      ref = { apiVersion: this.sharedAt(rows[at], u) ?? '', kind: this.sharedAt(rows[at + 1], u) ?? '', ...(namespace !== undefined && { namespace }), ...(name !== undefined && { name }) };
      u.refs.set(id, ref);
    }
    return ref;
  }

  private sourceAt(id: number, u: Unpacking): RenderedSource {
    let source = u.sources.get(id);
    if (!source) {
      const rows = this.sources.rows;
      const at = id * SOURCE_WIDTH;
      source = { ...(rows[at + 2] === 1 && { tool: 'kustomize' as const }), chart: this.sharedAt(rows[at], u) ?? '', template: this.strings.at(rows[at + 1] ?? NONE) };
      u.sources.set(id, source);
    }
    return source;
  }

  private writeLocation(rows: Int32Array | number[], at: number, l: Location): void {
    rows[at] = this.sharedString(l.file);
    rows[at + 1] = l.line;
    rows[at + 2] = l.column;
    rows[at + 3] = l.endLine;
    rows[at + 4] = l.endColumn;
    rows[at + 5] = this.ref(l.resource);
    rows[at + 6] = this.source(l.source);
    rows[at + 7] = this.sharedString(l.path);
  }

  private readLocation(rows: Int32Array, at: number, u: Unpacking): Location {
    const slot = (i: number) => rows[at + i] ?? NONE;
    const resource = slot(5);
    const source = slot(6);
    const path = this.sharedAt(slot(7), u);
    return {
      file: this.sharedAt(slot(0), u) ?? '',
      line: slot(1),
      column: slot(2),
      endLine: slot(3),
      endColumn: slot(4),
      ...(resource !== NONE && { resource: this.refAt(resource, u) }),
      ...(source !== NONE && { source: this.sourceAt(source, u) }),
      ...(path !== undefined && { path }),
    };
  }

  /** The tables diagnostics are unpacked from (locations kept in facts are not included). */
  snapshot(): RunTableSnapshot {
    return { strings: this.strings.snapshot(), tags: this.tags.all(), refs: this.refs.snapshot(), sources: this.sources.snapshot() };
  }

  /** A table that unpacks diagnostics packed by the table `snapshot` was taken from; throws if it is inconsistent. */
  static fromSnapshot(snapshot: RunTableSnapshot): RunTable {
    const table = new RunTable();
    table.strings = StringArena.fromSnapshot(snapshot.strings);
    const strings = table.strings.size;
    const { refs, sources } = snapshot;
    const tags: unknown = snapshot.tags;
    if (!(refs instanceof Int32Array) || refs.length % REF_WIDTH !== 0 || !(sources instanceof Int32Array) || sources.length % SOURCE_WIDTH !== 0 || !Array.isArray(tags)) throw new TypeError('not a run table');
    for (let at = 0; at < refs.length; at += REF_WIDTH) {
      if (!(inRange(refs[at], strings, false) && inRange(refs[at + 1], strings, false) && inRange(refs[at + 2], strings, true) && inRange(refs[at + 3], strings, true))) throw new RangeError('object out of range');
    }
    for (let at = 0; at < sources.length; at += SOURCE_WIDTH) {
      if (!(inRange(sources[at], strings, false) && inRange(sources[at + 1], strings, false) && (sources[at + 2] === 0 || sources[at + 2] === 1))) throw new RangeError('rendered source out of range');
    }
    if (!(tags as unknown[]).every(isRuleTags)) throw new TypeError('not a list of PCI tags');
    table.refs = new GrowingRows(REF_WIDTH, refs);
    table.sources = new GrowingRows(SOURCE_WIDTH, sources);
    table.tags = Interned.of(tags as RuleTags[]);
    return table;
  }

  /** True when every reference in the diagnostic rows points into this table (checks a cache read back). */
  holdsDiagnostics(rows: Int32Array): boolean {
    if (rows.length % DIAGNOSTIC_WIDTH !== 0) return false;
    const strings = this.strings.size;
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const ok =
        inRange(rows[at], strings, false) &&
        inRange(rows[at + 5], this.refs.count, true) &&
        inRange(rows[at + 6], this.sources.count, true) &&
        inRange(rows[at + 7], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH], strings, false) &&
        inRange(rows[at + LOCATION_WIDTH + 1], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH + 2], this.tags.size, false) &&
        inRange(rows[at + LOCATION_WIDTH + 3], strings, false) &&
        (SEVERITIES as readonly string[]).includes(this.strings.at(rows[at + LOCATION_WIDTH + 3] ?? NONE)) &&
        inRange(rows[at + LOCATION_WIDTH + 4], strings, false) &&
        inRange(rows[at + LOCATION_WIDTH + 5], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH + 6], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH + 7], strings, true);
      if (!ok) return false;
    }
    return true;
  }

  /** Packs diagnostics into rows, in the order given. */
  packDiagnostics(diagnostics: readonly Diagnostic[]): Int32Array {
    const rows = new Int32Array(diagnostics.length * DIAGNOSTIC_WIDTH);
    diagnostics.forEach((d, i) => {
      const at = i * DIAGNOSTIC_WIDTH;
      this.writeLocation(rows, at, d);
      rows[at + LOCATION_WIDTH] = this.sharedString(d.ruleId);
      rows[at + LOCATION_WIDTH + 1] = this.sharedString(d.messageId);
      rows[at + LOCATION_WIDTH + 2] = this.tagsId(d.pci, d.requirements);
      rows[at + LOCATION_WIDTH + 3] = this.sharedString(d.severity);
      rows[at + LOCATION_WIDTH + 4] = this.localString(d.message);
      rows[at + LOCATION_WIDTH + 5] = this.localString(d.fix);
      rows[at + LOCATION_WIDTH + 6] = d.about && d.about.length > 0 ? this.localString(JSON.stringify(d.about)) : NONE;
      rows[at + LOCATION_WIDTH + 7] = d.alsoRules && d.alsoRules.length > 0 ? this.sharedString(d.alsoRules.join(',')) : NONE;
    });
    return rows;
  }

  private tagsId(pci: readonly string[], requirements: readonly string[]): number {
    return this.tags.idOf(`${pci.join(',')}|${requirements.join(',')}`, () => ({ pci: [...pci], requirements: [...requirements] }));
  }

  /**
   * `compareDiagnostics` of diagnostic `i` of `a` and diagnostic `j` of `b`, without unpacking them (a
   * message is decoded only when everything before it ties).
   */
  compareRows(a: Int32Array, i: number, b: Int32Array, j: number): number {
    const x = i * DIAGNOSTIC_WIDTH;
    const y = j * DIAGNOSTIC_WIDTH;
    const slot = (rows: Int32Array, at: number) => rows[at] ?? NONE;
    const strings = (p: number, q: number) => (p === q ? 0 : compareText(this.text(p), this.text(q)));
    return (
      strings(slot(a, x), slot(b, y)) ||
      slot(a, x + 1) - slot(b, y + 1) ||
      slot(a, x + 2) - slot(b, y + 2) ||
      strings(slot(a, x + LOCATION_WIDTH), slot(b, y + LOCATION_WIDTH)) ||
      strings(slot(a, x + LOCATION_WIDTH + 4), slot(b, y + LOCATION_WIDTH + 4)) ||
      slot(a, x + 3) - slot(b, y + 3) ||
      slot(a, x + 4) - slot(b, y + 4)
    );
  }

  /** True when diagnostic `i` of `a` and diagnostic `j` of `b` have the same severity. */
  static sameSeverity(a: Int32Array, i: number, b: Int32Array, j: number): boolean {
    return a[i * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3] === b[j * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3];
  }

  /** One array holding the rows of each of `parts`, in order. */
  static concat(parts: readonly Int32Array[]): Int32Array {
    if (parts.length === 1) return parts[0] as Int32Array;
    let length = 0;
    for (const part of parts) length += part.length;
    const out = new Int32Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  /**
   * The diagnostics of `rows` (sorted, as `sortDiagnostics` leaves them) for which `keep` holds, merged with
   * `extra` (sorted too) into the one stable order, exact repeats dropped: what `sortDiagnostics` gives for
   * the two lists concatenated, `extra` first when `extraFirst`, else last. Without `extra`, `rows` is
   * compacted in place and the result is a view of it.
   */
  mergeSorted(rows: Int32Array, extra: readonly Diagnostic[], extraFirst: boolean, keep?: (index: number) => boolean): Int32Array {
    const more = this.packDiagnostics(extra);
    const n = rows.length / DIAGNOSTIC_WIDTH;
    const m = extra.length;
    // With nothing to merge in, the rows kept move down in place (a row is written at or before where it was read).
    const out = m === 0 ? rows : new Int32Array(rows.length + more.length);
    let written = 0;
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < n && keep && !keep(i)) i++;
      if (i >= n && j >= m) break;
      const fromRows = j >= m || (i < n && (extraFirst ? this.compareRows(rows, i, more, j) < 0 : this.compareRows(rows, i, more, j) <= 0));
      const source = fromRows ? rows : more;
      const k = fromRows ? i++ : j++;
      const last = written - 1;
      if (last >= 0 && RunTable.sameSeverity(out, last, source, k) && this.compareRows(out, last, source, k) === 0) continue;
      if (source !== out || k !== written) out.set(source.subarray(k * DIAGNOSTIC_WIDTH, (k + 1) * DIAGNOSTIC_WIDTH), written * DIAGNOSTIC_WIDTH);
      written++;
    }
    return written * DIAGNOSTIC_WIDTH === out.length ? out : out.subarray(0, written * DIAGNOSTIC_WIDTH);
  }

  /** Gives diagnostic `index` of `rows` what it absorbed from the findings it replaced (`withMerged`), in place. */
  mergeTagsAt(rows: Int32Array, index: number, m: MergedTags): void {
    const at = index * DIAGNOSTIC_WIDTH + LOCATION_WIDTH;
    const had = rows[at + 7] ?? NONE;
    const alsoRules = [...new Set([...(had === NONE ? [] : this.text(had).split(',')), ...m.alsoRules])].sort();
    rows[at + 2] = this.tagsId(m.pci, m.requirements);
    rows[at + 3] = this.sharedString(m.severity);
    rows[at + 7] = alsoRules.length > 0 ? this.sharedString(alsoRules.join(',')) : NONE;
  }

  /**
   * The diagnostics of `rows` that name the subjects of their fact (by their index), without unpacking the
   * others; findings whose subjects were kept as one text share one `about` array.
   */
  factFindings(rows: Int32Array, each: (index: number, finding: FactFinding) => void): void {
    const subjects = new Map<number, string[]>();
    for (let at = 0, index = 0; at < rows.length; at += DIAGNOSTIC_WIDTH, index++) {
      const about = rows[at + LOCATION_WIDTH + 6] ?? NONE;
      if (about === NONE) continue;
      const tags = this.tags.at(rows[at + LOCATION_WIDTH + 2] ?? NONE);
      let keys = subjects.get(about);
      if (!keys) subjects.set(about, (keys = JSON.parse(this.strings.at(about)) as string[]));
      each(index, {
        ruleId: this.text(rows[at + LOCATION_WIDTH] ?? NONE),
        about: keys,
        pci: tags.pci,
        requirements: tags.requirements,
        severity: this.text(rows[at + LOCATION_WIDTH + 3] ?? NONE) as Severity,
      });
    }
  }

  /** `rows` without the subjects of their facts (they are for the finish phase only); clears them in place. */
  static withoutSubjects(rows: Int32Array): Int32Array {
    for (let at = LOCATION_WIDTH + 6; at < rows.length; at += DIAGNOSTIC_WIDTH) rows[at] = NONE;
    return rows;
  }

  /** How many diagnostics `rows` holds. */
  static diagnosticCount(rows: Int32Array): number {
    return rows.length / DIAGNOSTIC_WIDTH;
  }

  /** The severity of diagnostic `index` of `rows`, without unpacking it. */
  severityAt(rows: Int32Array, index: number): Severity {
    return this.text(rows[index * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3] ?? NONE) as Severity;
  }

  /** Rebuilds the diagnostics of `rows` as plain objects, with the keys `packDiagnostics` was given. */
  unpackDiagnostics(rows: Int32Array): Diagnostic[] {
    return [...this.diagnosticsOf(rows)];
  }

  /** The diagnostics of `rows` rebuilt one at a time, as they are consumed. */
  *diagnosticsOf(rows: Int32Array): Generator<Diagnostic> {
    const u = new Unpacking();
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const slot = (i: number) => rows[at + LOCATION_WIDTH + i] ?? NONE;
      const messageId = this.sharedAt(slot(1), u);
      const fix = this.optional(slot(5));
      const about = this.optional(slot(6));
      const alsoRules = this.sharedAt(slot(7), u);
      yield {
        ruleId: this.sharedAt(slot(0), u) ?? '',
        ...(messageId !== undefined && { messageId }),
        ...this.tagsAt(slot(2)),
        severity: this.sharedAt(slot(3), u) as Severity,
        message: this.strings.at(slot(4)),
        ...this.readLocation(rows, at, u),
        ...(fix !== undefined && { fix }),
        ...(about !== undefined && { about: JSON.parse(about) as string[] }),
        ...(alsoRules !== undefined && { alsoRules: alsoRules.split(',') }),
      };
    }
  }

  private tagsAt(id: number): RuleTags {
    const tags = this.tags.at(id);
    return { pci: tags.pci, requirements: tags.requirements };
  }

  /** Packs object summaries into rows. */
  packResources(resources: readonly ResourceSummary[]): Int32Array {
    const rows = new Int32Array(resources.length * RESOURCE_WIDTH);
    resources.forEach((r, i) => {
      const at = i * RESOURCE_WIDTH;
      // The summary's location carries the object's shared ref (the one its diagnostics carry too).
      this.writeLocation(rows, at, { ...r.location, resource: r.location.resource ?? r });
      rows[at + LOCATION_WIDTH] = this.localString(JSON.stringify(r.labels));
    });
    return rows;
  }

  unpackResources(rows: Int32Array): ResourceSummary[] {
    const out: ResourceSummary[] = [];
    const u = new Unpacking();
    for (let at = 0; at < rows.length; at += RESOURCE_WIDTH) {
      const location = this.readLocation(rows, at, u);
      const ref = location.resource as ResourceRef;
      const labels = JSON.parse(this.strings.at(rows[at + LOCATION_WIDTH] ?? NONE)) as Record<string, string>;
      out.push({ ...ref, labels, location });
    }
    return out;
  }

  private keepLocation(location: Location): number {
    const row: number[] = [];
    this.writeLocation(row, 0, location);
    return this.locations.add(row);
  }

  /**
   * One rule's facts for one file, kept as text (equal texts of one file are kept once); the number of
   * that text. Facts are plain data by contract.
   */
  packFacts(facts: readonly unknown[], seen = new Map<Location, string>()): number {
    return this.localString(this.factsText(facts, seen));
  }

  /**
   * Facts as JSON with every Location replaced by a reference to a packed row (a location kept by several
   * facts is packed once: pass the same `seen` for one file's facts).
   */
  factsText(facts: readonly unknown[], seen: LocationRefs = new Map<Location, string>()): string {
    return JSON.stringify(facts, (_key, value: unknown) => {
      if (typeof value === 'string') return value.startsWith(LOCATION_MARK) || value.startsWith(ESCAPE_MARK) ? ESCAPE_MARK + value : value;
      if (!isLocation(value) || Object.keys(value).some((k) => !LOCATION_KEYS.has(k))) return value;
      let ref = seen.get(value);
      if (ref === undefined) {
        ref = LOCATION_MARK + String(this.keepLocation(value));
        seen.set(value, ref);
      }
      return ref;
    });
  }

  /**
   * Keeps facts written by `factsText` (one JSON array); the number of that text, as `packFacts` gives. The
   * text is not looked up among the file's strings (nor held by their index: a file's facts can be large),
   * so the caller keeps equal texts once.
   */
  keepFactsText(text: string): number {
    return this.strings.add(text);
  }

  /** `keepFactsText` of a text written with a TextBuilder (its bytes are given up). */
  keepFactsBuilt(built: BuiltText): number {
    return keepBuiltText(this.strings, built);
  }

  unpackFacts(id: number): unknown[] {
    const rebuilt = new Map<string, Location>();
    const u = new Unpacking();
    // A walk over the parsed value: several times faster than a JSON.parse reviver.
    const revive = (value: unknown): unknown => {
      if (typeof value === 'string') {
        if (value.startsWith(ESCAPE_MARK)) return value.slice(1);
        if (!value.startsWith(LOCATION_MARK)) return value;
        let location = rebuilt.get(value);
        if (!location) {
          location = this.readLocation(this.locations.rows, Number(value.slice(1)) * LOCATION_WIDTH, u);
          rebuilt.set(value, location);
        }
        return location;
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      } else if (typeof value === 'object' && value !== null) {
        const object = value as Record<string, unknown>;
        for (const [key, child] of Object.entries(object)) {
          const revived = revive(child);
          // An own "__proto__" key (JSON.parse makes one) must stay a plain property.
          if (key === '__proto__') Object.defineProperty(object, key, { value: revived, writable: true, enumerable: true, configurable: true });
          // eslint-disable-next-line pci-lint/own-index -- an own key of this object, and not __proto__
          else object[key] = revived;
        }
      }
      return value;
    };
    return revive(JSON.parse(this.strings.at(id))) as unknown[];
  }
}
