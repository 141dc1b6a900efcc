/**
 * A run's results between linting and output. Files are added as they are linted (in any order); their
 * diagnostics are kept as packed rows (see RunTable), so what a run holds grows slowly with its
 * input. `finish` then hands the engine's finish phase the whole input and yields the diagnostics in
 * their one stable order, file by file.
 */
import type { Diagnostic, Location, SeverityCounts } from '../engine/diagnostic.js';
import { runFinishPhase, settleFile } from '../engine/finish.js';
import { isTextSubjectKey, oneFindingPerFact, withMerged, withoutSubjects, type FactFinding, type MergedTags } from '../engine/facts.js';
import { sortDiagnostics, type FileResult } from '../engine/result.js';
import type { DocumentPart } from '../engine/dispatch.js';
import type { ProjectIndex, ResourceSummary } from '../engine/rule.js';
import type { LintSession } from '../engine/session.js';
import { isRunEvidence, mergeEvidence, NO_EVIDENCE, type FileEvidence, type RunEvidence, type Waiver } from '../engine/evidence.js';
import type { Suppression } from '../engine/suppressions.js';
import { RunTable, type RunTableSnapshot } from './run-table.js';
import { sameBuiltText, TextBuilder, type BuiltText } from './string-arena.js';
import { dict, own, type Dict } from '../load/own.js';
import { CONFIGURED_PROJECT, STDIN_PROJECT } from './projects.js';
import { UNRENDERED_HELM_MESSAGE, UNRENDERED_TEMPLATE_PREFIX } from '../load/parse.js';

/** A file with more diagnostics than this is not read back to see whether it is only unrendered templates. */
const MAX_TEMPLATE_ROWS = 16;

/** One file's diagnostics: packed rows, or the objects themselves. */
type Rows = Int32Array | readonly Diagnostic[];

interface StoredFile {
  readonly file: string;
  /** Input order, to keep files with the same name in a stable order. */
  readonly order: number;
  /** The project the file belongs to (src/run/projects.ts); the finish phase joins facts only inside one. */
  readonly project: string;
  /** Diagnostics, sorted and de-duplicated (packed, or as they came in a store that does not pack). */
  readonly rows: Rows;
  readonly resources: Int32Array | readonly ResourceSummary[];
  /** Each rule's facts as the number of their packed text (rules that recorded equal facts share one), or as recorded. */
  readonly facts: Readonly<Record<string, number | readonly unknown[]>>;
  readonly suppressions: readonly Suppression[];
  readonly evidence: FileEvidence | undefined;
}

/** True when two fact lists hold the very same objects (rules sharing a summary record equal lists). */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function keyOf(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}

/**
 * One file's diagnostics, object summaries and facts packed as the engine hands them over, a document at a
 * time (lintParsedFile's `onDocument`): each document's diagnostics are sorted and packed at once, its
 * summaries packed and its facts written as JSON, so the file is never held as objects. Get one from
 * `ProjectStore.streamFile`, and give it to `add` with the file's result.
 */
export class StreamedRows {
  /** The documents' diagnostics, one document's rows after another. */
  private readonly parts = new AppendedRows();
  private readonly resourceParts = new AppendedRows();
  /**
   * Each rule's facts as the text of one JSON array, written as bytes a document at a time (rules in order
   * of their first fact). Rules that have recorded the same text for every document so far share one.
   */
  private readonly factTexts = new Map<string, TextBuilder>();
  /** The rules writing to each builder. */
  private readonly writers = new Map<TextBuilder, string[]>();
  /** The locations facts hold, packed once each (see RunTable.factsText); forgotten with their objects. */
  private readonly seen = new WeakMap<Location, string>();
  /** False once a document's first diagnostic does not sort after the previous one's last. */
  private ordered = true;

  constructor(private readonly table: RunTable) {}

  /** Packs what one document gave (diagnostics in the order they were reported). */
  readonly add = (part: DocumentPart): void => {
    if (part.diagnostics.length > 0) {
      const rows = this.table.packDiagnostics(sortDiagnostics(part.diagnostics));
      const count = RunTable.diagnosticCount(this.parts.rows);
      if (count > 0 && this.ordered && this.table.compareRows(this.parts.rows, count - 1, rows, 0) >= 0) this.ordered = false;
      this.parts.add(rows);
    }
    if (part.resources.length > 0) this.resourceParts.add(this.table.packResources(part.resources));
    const written: { readonly list: readonly unknown[]; readonly text: string }[] = [];
    const texts = new Map<string, string>();
    for (const [ruleId, list] of Object.entries(part.facts)) {
      if (list.length === 0) continue;
      // Rules sharing one summary record the same list: written once.
      let text = written.find((w) => sameItems(w.list, list))?.text;
      if (text === undefined) {
        text = this.table.factsText(list, this.seen).slice(1, -1);
        written.push({ list, text });
      }
      texts.set(ruleId, text);
    }
    if (texts.size > 0) this.writeFacts(texts);
  };

  /** Appends each rule's text of one document to its builder (a builder whose rules differ now is split). */
  private writeFacts(texts: ReadonlyMap<string, string>): void {
    const touched = new Set<TextBuilder>();
    for (const ruleId of texts.keys()) {
      const builder = this.factTexts.get(ruleId);
      if (builder) touched.add(builder);
    }
    for (const builder of touched) {
      const rules = this.writers.get(builder) ?? [];
      // The rules of one builder, grouped by what each wrote this time (nothing, for some).
      const groups = new Map<string | undefined, string[]>();
      for (const ruleId of rules) {
        const text = texts.get(ruleId);
        const group = groups.get(text);
        if (group) group.push(ruleId);
        else groups.set(text, [ruleId]);
      }
      // Copies are made before anything is appended: each group goes on from the text they shared.
      const split = [...groups].map(([text, group], i) => ({ text, group, into: i === 0 ? builder : builder.copy() }));
      for (const { text, group, into } of split) {
        this.writers.set(into, group);
        for (const ruleId of group) this.factTexts.set(ruleId, into);
        if (text !== undefined) appendFact(into, text);
      }
    }
    // Rules with their first facts: those that wrote the same text share a builder.
    const fresh = new Map<string, TextBuilder>();
    for (const [ruleId, text] of texts) {
      if (this.factTexts.has(ruleId)) continue;
      let builder = fresh.get(text);
      if (!builder) {
        fresh.set(text, (builder = new TextBuilder()));
        appendFact(builder, text);
        this.writers.set(builder, []);
      }
      this.writers.get(builder)?.push(ruleId);
      this.factTexts.set(ruleId, builder);
    }
  }

  /** Forgets what was packed (linting the file failed: its result is then that failure alone). */
  clear(): void {
    this.parts.clear();
    this.resourceParts.clear();
    this.factTexts.clear();
    this.writers.clear();
    this.ordered = true;
  }

  /** The file's object summaries, packed, with `first` (the result's own) before them. */
  resources(first: readonly ResourceSummary[]): Int32Array {
    const rows = this.resourceParts.take();
    return first.length > 0 ? RunTable.concat([this.table.packResources(first), rows]) : rows;
  }

  /** Each rule's facts, as `add` packs a file's: the number of their text, equal texts kept once. */
  facts(): Dict<number> {
    const facts = dict<number>();
    const kept: { readonly builder: TextBuilder; readonly built: BuiltText; readonly id: number }[] = [];
    for (const [ruleId, builder] of this.factTexts) {
      let id = kept.find((k) => k.builder === builder)?.id;
      if (id === undefined) {
        builder.append(']');
        const built = builder.built();
        id = kept.find((k) => sameBuiltText(k.built, built))?.id ?? this.table.keepFactsBuilt(built);
        kept.push({ builder, built, id });
      }
      facts[ruleId] = id;
    }
    this.factTexts.clear();
    this.writers.clear();
    return facts;
  }

  /**
   * The file's diagnostics sorted and de-duplicated, with `before` (reported before every document: the
   * file's own, as the result's `diagnostics`) among them: what `sortDiagnostics` gives for all of them.
   */
  rows(before: readonly Diagnostic[]): Int32Array {
    const rows = this.parts.take();
    if (this.ordered) return this.table.mergeSorted(rows, sortDiagnostics([...before]), true);
    // Documents whose findings interleave (not seen in practice): sorted as objects, as without streaming.
    const all = [...before, ...this.table.diagnosticsOf(rows)];
    return this.table.packDiagnostics(sortDiagnostics(all));
  }
}

/** A fact text's next piece: `[` before the first, `,` before the others. */
function appendFact(builder: TextBuilder, text: string): void {
  builder.append(builder.isEmpty ? '[' : ',');
  builder.append(text);
}

/** Packed rows appended one array after another into one array that grows (no array per document). */
class AppendedRows {
  private data = new Int32Array(0);
  private length = 0;

  /** The rows so far (a view). */
  get rows(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  add(rows: Int32Array): void {
    if (this.length + rows.length > this.data.length) {
      const grown = new Int32Array(Math.max(1024, this.length + rows.length, Math.floor(this.data.length * 1.5)));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(rows, this.length);
    this.length += rows.length;
  }

  /** The rows, in an array of their size (the rows are then given up). */
  take(): Int32Array {
    const rows = this.data.length === this.length ? this.data : this.data.slice(0, this.length);
    this.clear();
    return rows;
  }

  clear(): void {
    this.data = new Int32Array(0);
    this.length = 0;
  }
}

export class ProjectStore {
  private readonly table = new RunTable();
  private readonly files: StoredFile[] = [];

  /**
   * `packed: false` keeps results as they are: for callers that hold every result in memory anyway
   * (finishProject), where packing would only cost time.
   */
  constructor(private readonly options: { readonly packed: boolean } = { packed: true }) {}

  /**
   * Adds one file's result; `order` is its place in the input (defaults to the order of adding), `project`
   * the project it belongs to (one project by default).
   */
  add(result: FileResult, order = this.files.length, project = STDIN_PROJECT, streamed?: StreamedRows): void {
    this.addFile(result, order, project, streamed);
    // A file that is nothing but unrendered templates: one diagnostic per project says so (finish).
    const stored = this.files[this.files.length - 1];
    const count = stored ? rowCount(stored.rows) : 0;
    // An unrendered template yields no objects: files that do are never read back.
    if (!stored || stored.resources.length > 0 || count === 0 || count > MAX_TEMPLATE_ROWS) return;
    const rows = unpackRows(this.table, stored.rows);
    if (rows.every((d) => d.ruleId === 'parse-error' && d.message.startsWith(UNRENDERED_TEMPLATE_PREFIX))) this.unrendered.set(stored, rows);
  }

  /** Files whose every diagnostic is an unrendered-template parse-error, with those diagnostics (in row order). */
  private readonly unrendered = new Map<StoredFile, readonly Diagnostic[]>();

  private addFile(result: FileResult, order: number, project: string, streamed: StreamedRows | undefined): void {
    if (!this.options.packed) {
      if (streamed) throw new Error('a store that does not pack takes no streamed diagnostics');
      this.files.push({ file: result.file, order, project, rows: sortDiagnostics([...result.diagnostics]), resources: result.resources, facts: result.facts, suppressions: result.suppressions, evidence: result.evidence });
      return;
    }
    if (streamed && streamed !== this.streaming) throw new Error('streamed diagnostics of another file');
    this.streaming = undefined;
    if (!streamed) this.table.startFile();
    if (streamed && (result.resources.length > 0 || Object.keys(result.facts).length > 0)) throw new Error('a streamed file\'s objects and facts come a document at a time');
    const facts = streamed ? streamed.facts() : dict<number>();
    const packed: { readonly list: readonly unknown[]; readonly id: number }[] = [];
    const seen = new Map<Location, string>();
    for (const [ruleId, list] of Object.entries(result.facts)) {
      // Rules sharing one summary record the same list; equal facts recorded separately are kept once too.
      let id = packed.find((p) => sameItems(p.list, list))?.id;
      if (id === undefined) {
        id = this.table.packFacts(list, seen);
        packed.push({ list, id });
      }
      facts[ruleId] = id;
    }
    this.files.push({
      file: result.file,
      order,
      project,
      rows: streamed ? streamed.rows(result.diagnostics) : this.table.packDiagnostics(sortDiagnostics([...result.diagnostics])),
      resources: streamed ? streamed.resources(result.resources) : this.table.packResources(result.resources),
      facts,
      suppressions: result.suppressions,
      evidence: result.evidence,
    });
  }

  /** The file being streamed (StreamedRows), until it is added. */
  private streaming: StreamedRows | undefined;

  /**
   * Starts a file whose diagnostics are packed as they are reported; `add` its result with what this
   * returns before starting another.
   */
  streamFile(): StreamedRows {
    if (!this.options.packed) throw new Error('a store that does not pack takes no streamed diagnostics');
    this.table.startFile();
    return (this.streaming = new StreamedRows(this.table));
  }

  get fileCount(): number {
    return this.files.length;
  }

  /** The files added, in output order (their display paths). */
  fileNames(): string[] {
    return this.ordered().map((f) => f.file);
  }

  private ordered(): StoredFile[] {
    return this.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.order - b.order));
  }

  /**
   * One finding per fact over the whole run (src/engine/facts.ts): for each file that has findings to drop
   * or to merge, which ones, by their place in the file's diagnostics (its members' rows, then what the
   * finish phase added).
   */
  private oneFindingPerFact(session: LintSession, names: readonly string[], groups: ReadonlyMap<string, readonly StoredFile[]>, extra: ReadonlyMap<string, readonly Diagnostic[]>) {
    // Where each finding is: its file (by its place in `names`) and its place in the file's diagnostics.
    const placeFile: number[] = [];
    const placeIndex: number[] = [];
    const findings: FactFinding[] = [];
    names.forEach((name, n) => {
      let offset = 0;
      const members = groups.get(name) ?? [];
      const first = members[0];
      const scan = (rows: Rows, project: string) => {
        // A subject named by text (an object by kind, namespace and name) means that object in this project only.
        // Findings sharing one list of subjects share its scoped copy.
        const scopedLists = new Map<readonly string[], string[]>();
        const scope = (about: readonly string[]) => {
          let list = scopedLists.get(about);
          if (!list) scopedLists.set(about, (list = about.map((key) => (isTextSubjectKey(key) ? `${project}\u0000${key}` : key))));
          return list;
        };
        if (rows instanceof Int32Array) {
          this.table.factFindings(rows, (index, finding) => {
            placeFile.push(n);
            placeIndex.push(offset + index);
            findings.push({ ...finding, about: scope(finding.about) });
          });
        } else {
          rows.forEach((d, index) => {
            if (d.about === undefined || d.about.length === 0) return;
            placeFile.push(n);
            placeIndex.push(offset + index);
            findings.push({ ruleId: d.ruleId, pci: d.pci, requirements: d.requirements, severity: d.severity, about: scope(d.about) });
          });
        }
        offset += rowCount(rows);
      };
      for (const member of members) scan(member.rows, this.projectKeyOf(member));
      scan(extra.get(name) ?? [], first ? this.projectKeyOf(first) : '');
    });
    const byFile = new Map<string, { dropped: Set<number>; merged: Map<number, MergedTags> }>();
    if (findings.length < 2) return byFile;
    const supersedes = new Map(session.active.map((a) => [a.rule.meta.id, a.rule.meta.supersedes] as const));
    const outcome = oneFindingPerFact(findings, (id) => supersedes.get(id));
    const entry = (name: string) => {
      let e = byFile.get(name);
      if (!e) byFile.set(name, (e = { dropped: new Set(), merged: new Map() }));
      return e;
    };
    for (const i of outcome.dropped) entry(names[placeFile[i] ?? -1] ?? '').dropped.add(placeIndex[i] ?? -1);
    for (const [i, m] of outcome.merged) entry(names[placeFile[i] ?? -1] ?? '').merged.set(placeIndex[i] ?? -1, m);
    return byFile;
  }

  /**
   * Runs every rule's `finish` phase over each project of the input, applies suppressions and returns the
   * run's diagnostics, in their stable order and de-duplicated. Call once.
   */
  finish(session: LintSession): FinishedProject {
    const ordered = this.ordered();
    const extra = new Map<string, Diagnostic[]>();
    for (const members of this.projects(ordered)) {
      for (const [file, list] of this.finishProject(session, members)) extra.set(file, [...(extra.get(file) ?? []), ...list]);
    }
    // Files with the same name are one group, as are finish findings in a file that was never added.
    const groups = new Map<string, StoredFile[]>();
    for (const file of ordered) groups.set(file.file, [...(groups.get(file.file) ?? []), file]);
    for (const name of extra.keys()) if (!groups.has(name)) groups.set(name, []);
    const names = [...groups.keys()].sort();
    const facts = this.oneFindingPerFact(session, names, groups, extra);
    this.oneUnrenderedPerProject(ordered, groups, extra, facts);
    const out: Rows[] = [];
    const waivers: Waiver[] = [];
    for (const name of names) {
      const members = groups.get(name) ?? [];
      const added = extra.get(name) ?? [];
      const suppressions = members.flatMap((m) => m.suppressions);
      const only = members[0];
      const replacing = facts.get(name);
      if (members.length === 1 && only && added.length === 0 && suppressions.length === 0 && !replacing) {
        out.push(only.rows instanceof Int32Array ? RunTable.withoutSubjects(only.rows) : only.rows.map(withoutSubjects));
        continue;
      }
      if (members.length === 1 && only && only.rows instanceof Int32Array && suppressions.length === 0) {
        // No suppression to match: the packed rows are edited and merged with what the finish phase added,
        // never unpacked (what settleFile would give).
        this.table.startFile();
        out.push(this.settlePacked(only.rows, added, replacing));
        continue;
      }
      let diagnostics = [...members.flatMap((m) => unpackRows(this.table, m.rows)), ...added];
      let replaced: Set<Diagnostic> | undefined;
      if (replacing) {
        const merged = replacing.merged;
        diagnostics = diagnostics.map((d, i) => {
          const m = merged.get(i);
          return m ? withMerged(d, m) : d;
        });
        replaced = new Set([...replacing.dropped].map((i) => diagnostics[i]).filter((d) => d !== undefined));
      }
      const sorted = settleFile(session, diagnostics, suppressions, (w) => waivers.push(w), replaced);
      this.table.startFile();
      out.push(this.options.packed ? this.table.packDiagnostics(sorted) : sorted);
    }
    return new FinishedProject(
      this.table,
      out,
      mergeEvidence(
        ordered.map((f) => f.evidence),
        waivers,
      ),
    );
  }

  /**
   * A chart's templates are one fact: the chart is not rendered. Of the files of one project that are only
   * unrendered templates (Helm's, or other `{{ … }}` or `${…}` placeholders), the first keeps one parse-error naming
   * the others; the rest of theirs, and of its own, are dropped.
   */
  private oneUnrenderedPerProject(ordered: readonly StoredFile[], groups: ReadonlyMap<string, readonly StoredFile[]>, extra: Map<string, Diagnostic[]>, facts: Map<string, { dropped: Set<number>; merged: Map<number, MergedTags> }>): void {
    if (this.unrendered.size < 2) return;
    const byProject = new Map<string, StoredFile[]>();
    for (const file of ordered) {
      // A name shared by two inputs keeps its diagnostics: the row to drop would be ambiguous.
      if (!this.unrendered.has(file) || (groups.get(file.file)?.length ?? 0) !== 1) continue;
      const key = this.projectKeyOf(file);
      byProject.set(key, [...(byProject.get(key) ?? []), file]);
    }
    for (const files of byProject.values()) {
      const [first, ...others] = files;
      const kept = first && this.unrendered.get(first)?.[0];
      if (!kept || others.length === 0) continue;
      const shown = others.slice(0, 3).map((f) => f.file);
      const rest = others.length - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
      const helm = files.some((f) => this.unrendered.get(f)?.some((d) => d.message === UNRENDERED_HELM_MESSAGE));
      // `${…}` placeholders (envsubst, clusterctl) are named when one of the files holds them.
      const dollar = files.some((f) => this.unrendered.get(f)?.some((d) => d.message.includes('a ${…} placeholder')));
      const shapes = dollar ? '{{ ... }} or ${...}' : '{{ ... }}';
      const message = helm
        ? `This file and ${others.length} more of this project (${list}) look like unrendered Helm templates ({{ ... }}); they are not YAML yet. Render the chart first (helm template ...) and lint the output.`
        : `This file and ${others.length} more of this project (${list}) look like unrendered templates (${shapes} placeholders); they are not the manifests yet. Render them with the tool that fills the placeholders in and lint the output.`;
      for (const file of files) {
        let entry = facts.get(file.file);
        if (!entry) facts.set(file.file, (entry = { dropped: new Set(), merged: new Map() }));
        const count = this.unrendered.get(file)?.length ?? 0;
        for (let i = 0; i < count; i++) entry.dropped.add(i);
      }
      const added = extra.get(first.file) ?? [];
      extra.set(first.file, [...added, { ...kept, message }]);
    }
  }

  /**
   * `settleFile` without suppressions over one file's packed rows and the finish phase's findings in it
   * (`added`): findings that absorbed others carry their tags, those replaced are dropped, the subjects
   * cleared, and the two lists merged into the stable order without repeats.
   */
  private settlePacked(rows: Int32Array, added: readonly Diagnostic[], replacing: { readonly dropped: ReadonlySet<number>; readonly merged: ReadonlyMap<number, MergedTags> } | undefined): Int32Array {
    const count = RunTable.diagnosticCount(rows);
    let extra = added;
    if (replacing) {
      for (const [index, m] of replacing.merged) if (index < count) this.table.mergeTagsAt(rows, index, m);
      extra = added.flatMap((d, i) => {
        if (replacing.dropped.has(count + i)) return [];
        const m = replacing.merged.get(count + i);
        return [m ? withMerged(d, m) : d];
      });
    }
    const dropped = replacing?.dropped;
    const keep = dropped && dropped.size > 0 ? (index: number) => !dropped.has(index) : undefined;
    return this.table.mergeSorted(RunTable.withoutSubjects(rows), sortDiagnostics(extra.map(withoutSubjects)), false, keep);
  }

  /**
   * The files of each project, each list in output order; a project not listed in the configuration is split
   * further by Helm release (the chart of a file's first `# Source:` comment), so two releases rendered side
   * by side stay apart.
   */
  private projects(ordered: readonly StoredFile[]): StoredFile[][] {
    const groups = new Map<string, StoredFile[]>();
    for (const file of ordered) {
      const key = this.projectKeyOf(file);
      const list = groups.get(key);
      if (list) list.push(file);
      else groups.set(key, [file]);
    }
    // An empty input is one empty project: rules still finish over it.
    return groups.size === 0 ? [[]] : [...groups.values()];
  }

  private readonly projectKeys = new Map<StoredFile, string>();

  /** The project a file's facts are joined in: its project, split by Helm release unless configured. */
  private projectKeyOf(file: StoredFile): string {
    let key = this.projectKeys.get(file);
    if (key === undefined) {
      const release = file.project.startsWith(CONFIGURED_PROJECT) ? undefined : this.helmReleaseOf(file);
      key = release === undefined ? file.project : `${file.project}\u0000helm:${release}`;
      this.projectKeys.set(file, key);
    }
    return key;
  }

  private helmReleaseOf(file: StoredFile): string | undefined {
    if (file.resources.length === 0) return undefined;
    const resources = file.resources instanceof Int32Array ? this.table.unpackResources(file.resources) : file.resources;
    for (const r of resources) {
      // A kustomize build is one project, whichever files its objects were read from.
      const source = r.location.source;
      if (source !== undefined && source.tool === undefined) return source.template.split('/')[0];
    }
    return undefined;
  }

  /** Every rule's finish phase over one project's files. */
  private finishProject(session: LintSession, ordered: readonly StoredFile[]): Map<string, Diagnostic[]> {
    // Rules that recorded the same facts share their texts: each is parsed once for consecutive rules.
    let parsed = new Map<number, readonly unknown[]>();
    const factsOf = (id: string): unknown[] => {
      // Lists the last rule parsed that this one does not share are let go before this one's are parsed.
      const wanted = new Set<number>();
      for (const file of ordered) {
        const kept = own(file.facts, id);
        if (typeof kept === 'number') wanted.add(kept);
      }
      for (const key of parsed.keys()) if (!wanted.has(key)) parsed.delete(key);
      const next = new Map<number, readonly unknown[]>();
      const facts: unknown[] = [];
      for (const file of ordered) {
        const kept = own(file.facts, id);
        if (kept === undefined) continue;
        let list: readonly unknown[];
        if (typeof kept === 'number') {
          list = parsed.get(kept) ?? next.get(kept) ?? this.table.unpackFacts(kept);
          next.set(kept, list);
        } else list = kept;
        for (const fact of list) facts.push(fact);
      }
      parsed = next;
      return facts;
    };
    return runFinishPhase(session, { index: lazyIndex(this.table, ordered), factsOf, firstFile: ordered[0]?.file });
  }
}


function rowCount(rows: Rows): number {
  return rows instanceof Int32Array ? RunTable.diagnosticCount(rows) : rows.length;
}

function unpackRows(table: RunTable, rows: Rows): readonly Diagnostic[] {
  return rows instanceof Int32Array ? table.unpackDiagnostics(rows) : rows;
}

/** The project index a finish phase sees; its full resource list is built only if a rule asks for it. */
function lazyIndex(table: RunTable, ordered: readonly StoredFile[]): Omit<ProjectIndex<unknown>, 'facts'> {
  let resources: ResourceSummary[] | undefined;
  let byKey: Map<string, ResourceSummary> | undefined;
  const unpack = (kept: StoredFile['resources']) => (kept instanceof Int32Array ? table.unpackResources(kept) : kept);
  const all = () => (resources ??= ordered.flatMap((f) => unpack(f.resources)));
  const withResources = ordered.find((f) => f.resources.length > 0);
  const first = withResources && unpack(withResources.resources)[0];
  return {
    get resources() {
      return all();
    },
    first,
    find(kind, namespace, name) {
      if (!byKey) {
        byKey = new Map();
        for (const r of all()) if (r.name !== undefined && !byKey.has(keyOf(r.kind, r.namespace, r.name))) byKey.set(keyOf(r.kind, r.namespace, r.name), r);
      }
      return byKey.get(keyOf(kind, namespace, name));
    },
  };
}

/** A finished run as plain data, for `--cache`. */
export interface StoredProject {
  readonly table: RunTableSnapshot;
  readonly files: readonly Int32Array[];
  readonly evidence: RunEvidence;
}

/**
 * A finished run's diagnostics in their stable order. Iterable any number of times; each pass rebuilds
 * the objects file by file, so a pass over a large run never holds all of them at once.
 */
export class FinishedProject implements Iterable<Diagnostic> {
  /** How many diagnostics there are. */
  readonly size: number;
  readonly counts: SeverityCounts;

  constructor(
    private readonly table: RunTable,
    private readonly files: readonly Rows[],
    /** What the run saw besides its findings (input kinds, stated versions, waivers), for the coverage report. */
    readonly evidence: RunEvidence = NO_EVIDENCE,
  ) {
    const counts = { error: 0, warning: 0, info: 0 };
    let size = 0;
    for (const rows of files) {
      if (rows instanceof Int32Array) {
        const n = RunTable.diagnosticCount(rows);
        size += n;
        for (let i = 0; i < n; i++) counts[table.severityAt(rows, i)]++;
      } else {
        size += rows.length;
        for (const d of rows) counts[d.severity]++;
      }
    }
    this.size = size;
    this.counts = counts;
  }

  toStored(): StoredProject {
    const files = this.files.map((rows) => (rows instanceof Int32Array ? rows : this.table.packDiagnostics(rows)));
    return { table: this.table.snapshot(), files, evidence: this.evidence };
  }

  /** A run read back from the cache; undefined unless it is consistent. */
  static fromStored(stored: StoredProject): FinishedProject | undefined {
    try {
      const table = RunTable.fromSnapshot(stored.table);
      if (!stored.files.every((rows) => rows instanceof Int32Array && table.holdsDiagnostics(rows))) return undefined;
      if (!isRunEvidence(stored.evidence)) return undefined;
      return new FinishedProject(table, stored.files, stored.evidence);
    } catch {
      return undefined;
    }
  }

  *[Symbol.iterator](): Iterator<Diagnostic> {
    // One at a time: a file with very many findings is never rebuilt as a whole.
    for (const rows of this.files) yield* rows instanceof Int32Array ? this.table.diagnosticsOf(rows) : rows;
  }
}

