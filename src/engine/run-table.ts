/**
 * What a run keeps of each file until its output is written, packed. Tens of thousands of findings,
 * objects and facts repeat the same rule ids, messages, paths, objects and Helm sources over and over;
 * as rows of integers into tables of the distinct values they cost a fraction of the objects, and they
 * hold no slices of the files' text (a string cut from a file keeps the whole file alive in V8), so a
 * run's memory stays nearly flat as its input grows.
 */
import type { HelmSource } from '../load/helm.js';
import type { ResourceRef } from '../model/resource.js';
import { SEVERITIES, type Diagnostic, type Location, type Severity } from './diagnostic.js';
import type { ResourceSummary } from './rule.js';

/** A flat copy of a string that may be a slice of a whole file's text. */
function detached(value: string): string {
  // Slices are made only for 13 characters or more; JSON gives a fresh string.
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}

/** Values seen once and referred to by number afterwards. */
class Interned<T> {
  protected readonly values: T[] = [];
  protected readonly ids = new Map<string, number>();

  /** The id of `key`; `make` builds the value to keep the first time the key is seen. */
  idOf(key: string, make: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(make());
      this.ids.set(key, id);
    }
    return id;
  }

  /** Keeps a value without a key (found again only by its id). */
  add(value: T): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  at(id: number): T {
    return this.values[id] as T;
  }

  get size(): number {
    return this.values.length;
  }

  /** The values in id order (for a snapshot). */
  all(): readonly T[] {
    return this.values;
  }

  /** Fills an empty table with values read back from a snapshot; such a table only gives values back. */
  restore(values: readonly T[]): this {
    this.values.push(...values);
    return this;
  }
}

/** Distinct strings, each held once (as key and value) and never as a slice of a file. */
class InternedStrings extends Interned<string> {
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const kept = detached(value);
      id = this.values.length;
      this.values.push(kept);
      this.ids.set(kept, id);
    }
    return id;
  }
}

/** The tables diagnostics are unpacked from, as plain data (what `--cache` stores for a whole run). */
export interface RunTableSnapshot {
  readonly strings: readonly string[];
  readonly pcis: readonly (readonly string[])[];
  readonly refs: readonly ResourceRef[];
  readonly sources: readonly HelmSource[];
}

const NONE = -1;

/** A location is 8 integers: file, line, column, end line, end column, object, Helm source, path. */
const LOCATION_WIDTH = 8;
/** A diagnostic is its location followed by rule id, message id, PCI sections, severity, message, fix. */
const DIAGNOSTIC_WIDTH = LOCATION_WIDTH + 6;
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

export class RunTable {
  private strings = new InternedStrings();
  private pcis = new Interned<readonly string[]>();
  // Keyed by the ids of their strings, so the keys are short and the strings are shared.
  // Found again by object: a resource's locations share one ref object, a document's one Helm source.
  private refs = new Interned<ResourceRef>();
  private sources = new Interned<HelmSource>();
  /** Locations kept inside facts, as rows. */
  private locations = new Int32Array(1024 * LOCATION_WIDTH);
  private locationCount = 0;

  private string(value: string | undefined): number {
    return value === undefined ? NONE : this.strings.intern(value);
  }

  private optional(id: number | undefined): string | undefined {
    return id === undefined || id === NONE ? undefined : this.strings.at(id);
  }

  private readonly refIds = new WeakMap<ResourceRef, number>();
  private readonly sourceIds = new WeakMap<HelmSource, number>();

  private ref(r: ResourceRef | undefined): number {
    if (!r) return NONE;
    let id = this.refIds.get(r);
    if (id === undefined) {
      const [apiVersion, kind, namespace, name] = [r.apiVersion, r.kind, r.namespace, r.name].map((v) => this.optional(this.string(v)));
      id = this.refs.add({ apiVersion: apiVersion ?? '', kind: kind ?? '', ...(namespace !== undefined && { namespace }), ...(name !== undefined && { name }) });
      this.refIds.set(r, id);
    }
    return id;
  }

  private source(s: HelmSource | undefined): number {
    if (!s) return NONE;
    let id = this.sourceIds.get(s);
    if (id === undefined) {
      id = this.sources.add({ chart: this.strings.at(this.string(s.chart)), template: this.strings.at(this.string(s.template)) });
      this.sourceIds.set(s, id);
    }
    return id;
  }

  private writeLocation(rows: Int32Array, at: number, l: Location): void {
    rows[at] = this.string(l.file);
    rows[at + 1] = l.line;
    rows[at + 2] = l.column;
    rows[at + 3] = l.endLine;
    rows[at + 4] = l.endColumn;
    rows[at + 5] = this.ref(l.resource);
    rows[at + 6] = this.source(l.source);
    rows[at + 7] = this.string(l.path);
  }

  private readLocation(rows: Int32Array, at: number): Location {
    const slot = (i: number) => rows[at + i] ?? NONE;
    const resource = slot(5);
    const source = slot(6);
    const path = this.optional(slot(7));
    return {
      file: this.strings.at(slot(0)),
      line: slot(1),
      column: slot(2),
      endLine: slot(3),
      endColumn: slot(4),
      ...(resource !== NONE && { resource: this.refs.at(resource) }),
      ...(source !== NONE && { source: this.sources.at(source) }),
      ...(path !== undefined && { path }),
    };
  }

  /** The tables diagnostics are unpacked from (locations kept in facts are not included). */
  snapshot(): RunTableSnapshot {
    return { strings: this.strings.all(), pcis: this.pcis.all(), refs: this.refs.all(), sources: this.sources.all() };
  }

  /** A table that unpacks diagnostics packed by the table `snapshot` was taken from. */
  static fromSnapshot(snapshot: RunTableSnapshot): RunTable {
    const table = new RunTable();
    table.strings = new InternedStrings().restore(snapshot.strings);
    table.pcis = new Interned<readonly string[]>().restore(snapshot.pcis);
    table.refs = new Interned<ResourceRef>().restore(snapshot.refs);
    table.sources = new Interned<HelmSource>().restore(snapshot.sources);
    return table;
  }

  /** True when every reference in the diagnostic rows points into this table (checks a cache read back). */
  holdsDiagnostics(rows: Int32Array): boolean {
    if (rows.length % DIAGNOSTIC_WIDTH !== 0) return false;
    const inRange = (id: number | undefined, size: number, optional: boolean) => id !== undefined && Number.isInteger(id) && (id < size && id >= 0 ? true : optional && id === NONE);
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const strings = this.strings.size;
      const ok =
        inRange(rows[at], strings, false) &&
        inRange(rows[at + 5], this.refs.size, true) &&
        inRange(rows[at + 6], this.sources.size, true) &&
        inRange(rows[at + 7], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH], strings, false) &&
        inRange(rows[at + LOCATION_WIDTH + 1], strings, true) &&
        inRange(rows[at + LOCATION_WIDTH + 2], this.pcis.size, false) &&
        inRange(rows[at + LOCATION_WIDTH + 3], strings, false) &&
        (SEVERITIES as readonly string[]).includes(this.strings.at(rows[at + LOCATION_WIDTH + 3] ?? NONE)) &&
        inRange(rows[at + LOCATION_WIDTH + 4], strings, false) &&
        inRange(rows[at + LOCATION_WIDTH + 5], strings, true);
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
      rows[at + LOCATION_WIDTH] = this.string(d.ruleId);
      rows[at + LOCATION_WIDTH + 1] = this.string(d.messageId);
      rows[at + LOCATION_WIDTH + 2] = this.pcis.idOf(d.pci.join(','), () => d.pci.map((section) => this.strings.at(this.string(section))));
      rows[at + LOCATION_WIDTH + 3] = this.string(d.severity);
      rows[at + LOCATION_WIDTH + 4] = this.string(d.message);
      rows[at + LOCATION_WIDTH + 5] = this.string(d.fix);
    });
    return rows;
  }

  /** How many diagnostics `rows` holds. */
  static diagnosticCount(rows: Int32Array): number {
    return rows.length / DIAGNOSTIC_WIDTH;
  }

  /** The severity of diagnostic `index` of `rows`, without unpacking it. */
  severityAt(rows: Int32Array, index: number): Severity {
    return this.strings.at(rows[index * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3] ?? NONE) as Severity;
  }

  /** Rebuilds the diagnostics of `rows` as plain objects, with the keys `packDiagnostics` was given. */
  unpackDiagnostics(rows: Int32Array): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const slot = (i: number) => rows[at + LOCATION_WIDTH + i] ?? NONE;
      const messageId = this.optional(slot(1));
      const fix = this.optional(slot(5));
      out.push({
        ruleId: this.strings.at(slot(0)),
        ...(messageId !== undefined && { messageId }),
        pci: this.pcis.at(slot(2)),
        severity: this.strings.at(slot(3)) as Severity,
        message: this.strings.at(slot(4)),
        ...this.readLocation(rows, at),
        ...(fix !== undefined && { fix }),
      });
    }
    return out;
  }

  /** Packs object summaries into rows. */
  packResources(resources: readonly ResourceSummary[]): Int32Array {
    const rows = new Int32Array(resources.length * RESOURCE_WIDTH);
    resources.forEach((r, i) => {
      const at = i * RESOURCE_WIDTH;
      // The summary's location carries the object's shared ref (the one its diagnostics carry too).
      this.writeLocation(rows, at, { ...r.location, resource: r.location.resource ?? r });
      rows[at + LOCATION_WIDTH] = this.string(JSON.stringify(r.labels));
    });
    return rows;
  }

  unpackResources(rows: Int32Array): ResourceSummary[] {
    const out: ResourceSummary[] = [];
    for (let at = 0; at < rows.length; at += RESOURCE_WIDTH) {
      const location = this.readLocation(rows, at);
      const ref = location.resource as ResourceRef;
      const labels = JSON.parse(this.strings.at(rows[at + LOCATION_WIDTH] ?? NONE)) as Record<string, string>;
      out.push({ ...ref, labels, location });
    }
    return out;
  }

  private keepLocation(location: Location): number {
    if ((this.locationCount + 1) * LOCATION_WIDTH > this.locations.length) {
      const grown = new Int32Array(this.locations.length * 2);
      grown.set(this.locations);
      this.locations = grown;
    }
    this.writeLocation(this.locations, this.locationCount * LOCATION_WIDTH, location);
    return this.locationCount++;
  }

  /**
   * One rule's facts for one file as text: JSON with every Location replaced by a reference to a packed
   * row (a location kept by several facts is packed once: pass the same `seen` for one file's facts).
   * Facts are plain data by contract.
   */
  packFacts(facts: readonly unknown[], seen = new Map<Location, string>()): string {
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

  unpackFacts(text: string): unknown[] {
    const rebuilt = new Map<string, Location>();
    // A walk over the parsed value: several times faster than a JSON.parse reviver.
    const revive = (value: unknown): unknown => {
      if (typeof value === 'string') {
        if (value.startsWith(ESCAPE_MARK)) return value.slice(1);
        if (!value.startsWith(LOCATION_MARK)) return value;
        let location = rebuilt.get(value);
        if (!location) {
          location = this.readLocation(this.locations, Number(value.slice(1)) * LOCATION_WIDTH);
          rebuilt.set(value, location);
        }
        return location;
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      } else if (typeof value === 'object' && value !== null) {
        const object = value as Record<string, unknown>;
        for (const key of Object.keys(object)) {
          const revived = revive(object[key]);
          // An own "__proto__" key (JSON.parse makes one) must stay a plain property.
          if (key === '__proto__') Object.defineProperty(object, key, { value: revived, writable: true, enumerable: true, configurable: true });
          else object[key] = revived;
        }
      }
      return value;
    };
    return revive(JSON.parse(text)) as unknown[];
  }
}
