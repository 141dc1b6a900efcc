import { type Diagnostic, type Location, type Severity } from '../engine/diagnostic.js';
import type { ResourceSummary } from '../engine/rule.js';
import type { FactFinding, MergedTags } from '../engine/facts.js';
import { type BuiltText, type StringArenaSnapshot } from './string-arena.js';
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
/** What a diagnostic carries of its rule's PCI mapping. */
export interface RuleTags {
    readonly pci: readonly string[];
    readonly requirements: readonly string[];
}
/** The reference each location a file's facts hold was packed as (a Map or a WeakMap). */
interface LocationRefs {
    get(location: Location): string | undefined;
    set(location: Location, ref: string): unknown;
}
export declare class RunTable {
    private strings;
    /** Strings that recur across files (rule ids, files, paths, kinds, namespaces, charts): one copy per run. */
    private readonly shared;
    /**
     * Strings of the file being added (messages, names, templates, labels, facts): one copy per file, looked
     * up among the last {@link LOCAL_WINDOW} kept (the index holds its strings on the heap: a file with
     * hundreds of thousands of findings would otherwise keep every message twice until it is done).
     */
    private local;
    /** The shared strings by number, for comparing packed rows. */
    private readonly sharedText;
    private tags;
    private refs;
    private sources;
    private readonly refIds;
    private readonly sourceIds;
    /** Locations kept inside facts, as rows. */
    private readonly locations;
    /** Starts another file: strings of the files before are no longer looked up, only kept. */
    startFile(): void;
    private keep;
    /** The text of string `id`: shared strings without decoding them again. */
    private text;
    private sharedString;
    private localString;
    private optional;
    /** A string kept with `sharedString`, decoded once per unpacking. */
    private sharedAt;
    private ref;
    private source;
    private refAt;
    private sourceAt;
    private writeLocation;
    private readLocation;
    /** The tables diagnostics are unpacked from (locations kept in facts are not included). */
    snapshot(): RunTableSnapshot;
    /** A table that unpacks diagnostics packed by the table `snapshot` was taken from; throws if it is inconsistent. */
    static fromSnapshot(snapshot: RunTableSnapshot): RunTable;
    /** True when every reference in the diagnostic rows points into this table (checks a cache read back). */
    holdsDiagnostics(rows: Int32Array): boolean;
    /** Packs diagnostics into rows, in the order given. */
    packDiagnostics(diagnostics: readonly Diagnostic[]): Int32Array;
    private tagsId;
    /**
     * `compareDiagnostics` of diagnostic `i` of `a` and diagnostic `j` of `b`, without unpacking them (a
     * message is decoded only when everything before it ties).
     */
    compareRows(a: Int32Array, i: number, b: Int32Array, j: number): number;
    /** True when diagnostic `i` of `a` and diagnostic `j` of `b` have the same severity. */
    static sameSeverity(a: Int32Array, i: number, b: Int32Array, j: number): boolean;
    /** One array holding the rows of each of `parts`, in order. */
    static concat(parts: readonly Int32Array[]): Int32Array;
    /**
     * The diagnostics of `rows` (sorted, as `sortDiagnostics` leaves them) for which `keep` holds, merged with
     * `extra` (sorted too) into the one stable order, exact repeats dropped: what `sortDiagnostics` gives for
     * the two lists concatenated, `extra` first when `extraFirst`, else last. Without `extra`, `rows` is
     * compacted in place and the result is a view of it.
     */
    mergeSorted(rows: Int32Array, extra: readonly Diagnostic[], extraFirst: boolean, keep?: (index: number) => boolean): Int32Array;
    /** Gives diagnostic `index` of `rows` what it absorbed from the findings it replaced (`withMerged`), in place. */
    mergeTagsAt(rows: Int32Array, index: number, m: MergedTags): void;
    /**
     * The diagnostics of `rows` that name the subjects of their fact (by their index), without unpacking the
     * others; findings whose subjects were kept as one text share one `about` array.
     */
    factFindings(rows: Int32Array, each: (index: number, finding: FactFinding) => void): void;
    /** `rows` without the subjects of their facts (they are for the finish phase only); clears them in place. */
    static withoutSubjects(rows: Int32Array): Int32Array;
    /** How many diagnostics `rows` holds. */
    static diagnosticCount(rows: Int32Array): number;
    /** The severity of diagnostic `index` of `rows`, without unpacking it. */
    severityAt(rows: Int32Array, index: number): Severity;
    /** Rebuilds the diagnostics of `rows` as plain objects, with the keys `packDiagnostics` was given. */
    unpackDiagnostics(rows: Int32Array): Diagnostic[];
    /** The diagnostics of `rows` rebuilt one at a time, as they are consumed. */
    diagnosticsOf(rows: Int32Array): Generator<Diagnostic>;
    private tagsAt;
    /** Packs object summaries into rows. */
    packResources(resources: readonly ResourceSummary[]): Int32Array;
    unpackResources(rows: Int32Array): ResourceSummary[];
    private keepLocation;
    /**
     * One rule's facts for one file, kept as text (equal texts of one file are kept once); the number of
     * that text. Facts are plain data by contract.
     */
    packFacts(facts: readonly unknown[], seen?: Map<Location, string>): number;
    /**
     * Facts as JSON with every Location replaced by a reference to a packed row (a location kept by several
     * facts is packed once: pass the same `seen` for one file's facts).
     */
    factsText(facts: readonly unknown[], seen?: LocationRefs): string;
    /**
     * Keeps facts written by `factsText` (one JSON array); the number of that text, as `packFacts` gives. The
     * text is not looked up among the file's strings (nor held by their index: a file's facts can be large),
     * so the caller keeps equal texts once.
     */
    keepFactsText(text: string): number;
    /** `keepFactsText` of a text written with a TextBuilder (its bytes are given up). */
    keepFactsBuilt(built: BuiltText): number;
    unpackFacts(id: number): unknown[];
}
export {};
