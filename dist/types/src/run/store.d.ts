/**
 * A run's results between linting and output. Files are added as they are linted (in any order); their
 * diagnostics are kept as packed rows (see RunTable), so what a run holds grows slowly with its
 * input. `finish` then hands the engine's finish phase the whole input and yields the diagnostics in
 * their one stable order, file by file.
 */
import type { Diagnostic, SeverityCounts } from '../engine/diagnostic.js';
import { type FileResult } from '../engine/result.js';
import type { DocumentPart } from '../engine/dispatch.js';
import type { ResourceSummary } from '../engine/rule.js';
import type { LintSession } from '../engine/session.js';
import { type RunEvidence } from '../engine/evidence.js';
import { RunTable, type RunTableSnapshot } from './run-table.js';
import { type Dict } from '../load/own.js';
/** One file's diagnostics: packed rows, or the objects themselves. */
type Rows = Int32Array | readonly Diagnostic[];
/**
 * One file's diagnostics, object summaries and facts packed as the engine hands them over, a document at a
 * time (lintParsedFile's `onDocument`): each document's diagnostics are sorted and packed at once, its
 * summaries packed and its facts written as JSON, so the file is never held as objects. Get one from
 * `ProjectStore.streamFile`, and give it to `add` with the file's result.
 */
export declare class StreamedRows {
    private readonly table;
    /** The documents' diagnostics, one document's rows after another. */
    private readonly parts;
    private readonly resourceParts;
    /**
     * Each rule's facts as the text of one JSON array, written as bytes a document at a time (rules in order
     * of their first fact). Rules that have recorded the same text for every document so far share one.
     */
    private readonly factTexts;
    /** The rules writing to each builder. */
    private readonly writers;
    /** The locations facts hold, packed once each (see RunTable.factsText); forgotten with their objects. */
    private readonly seen;
    /** False once a document's first diagnostic does not sort after the previous one's last. */
    private ordered;
    constructor(table: RunTable);
    /** Packs what one document gave (diagnostics in the order they were reported). */
    readonly add: (part: DocumentPart) => void;
    /** Appends each rule's text of one document to its builder (a builder whose rules differ now is split). */
    private writeFacts;
    /** Forgets what was packed (linting the file failed: its result is then that failure alone). */
    clear(): void;
    /** The file's object summaries, packed, with `first` (the result's own) before them. */
    resources(first: readonly ResourceSummary[]): Int32Array;
    /** Each rule's facts, as `add` packs a file's: the number of their text, equal texts kept once. */
    facts(): Dict<number>;
    /**
     * The file's diagnostics sorted and de-duplicated, with `before` (reported before every document: the
     * file's own, as the result's `diagnostics`) among them: what `sortDiagnostics` gives for all of them.
     */
    rows(before: readonly Diagnostic[]): Int32Array;
}
export declare class ProjectStore {
    private readonly options;
    private readonly table;
    private readonly files;
    /**
     * `packed: false` keeps results as they are: for callers that hold every result in memory anyway
     * (finishProject), where packing would only cost time.
     */
    constructor(options?: {
        readonly packed: boolean;
    });
    /**
     * Adds one file's result; `order` is its place in the input (defaults to the order of adding), `project`
     * the project it belongs to (one project by default).
     */
    add(result: FileResult, order?: number, project?: string, streamed?: StreamedRows): void;
    /** Files whose every diagnostic is an unrendered-template parse-error, with those diagnostics (in row order). */
    private readonly unrendered;
    private addFile;
    /** The file being streamed (StreamedRows), until it is added. */
    private streaming;
    /**
     * Starts a file whose diagnostics are packed as they are reported; `add` its result with what this
     * returns before starting another.
     */
    streamFile(): StreamedRows;
    get fileCount(): number;
    /** The files added, in output order (their display paths). */
    fileNames(): string[];
    private ordered;
    /**
     * One finding per fact over the whole run (src/engine/facts.ts): for each file that has findings to drop
     * or to merge, which ones, by their place in the file's diagnostics (its members' rows, then what the
     * finish phase added).
     */
    private oneFindingPerFact;
    /**
     * Runs every rule's `finish` phase over each project of the input, applies suppressions and returns the
     * run's diagnostics, in their stable order and de-duplicated. Call once.
     */
    finish(session: LintSession): FinishedProject;
    /**
     * A chart's templates are one fact: the chart is not rendered. Of the files of one project that are only
     * unrendered templates (Helm's, or other `{{ … }}` or `${…}` placeholders), the first keeps one parse-error naming
     * the others; the rest of theirs, and of its own, are dropped.
     */
    private oneUnrenderedPerProject;
    /**
     * `settleFile` without suppressions over one file's packed rows and the finish phase's findings in it
     * (`added`): findings that absorbed others carry their tags, those replaced are dropped, the subjects
     * cleared, and the two lists merged into the stable order without repeats.
     */
    private settlePacked;
    /**
     * The files of each project, each list in output order; a project not listed in the configuration is split
     * further by Helm release (the chart of a file's first `# Source:` comment), so two releases rendered side
     * by side stay apart.
     */
    private projects;
    private readonly projectKeys;
    /** The project a file's facts are joined in: its project, split by Helm release unless configured. */
    private projectKeyOf;
    private helmReleaseOf;
    /** Every rule's finish phase over one project's files. */
    private finishProject;
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
export declare class FinishedProject implements Iterable<Diagnostic> {
    private readonly table;
    private readonly files;
    /** What the run saw besides its findings (input kinds, stated versions, waivers), for the coverage report. */
    readonly evidence: RunEvidence;
    /** How many diagnostics there are. */
    readonly size: number;
    readonly counts: SeverityCounts;
    constructor(table: RunTable, files: readonly Rows[], 
    /** What the run saw besides its findings (input kinds, stated versions, waivers), for the coverage report. */
    evidence?: RunEvidence);
    toStored(): StoredProject;
    /** A run read back from the cache; undefined unless it is consistent. */
    static fromStored(stored: StoredProject): FinishedProject | undefined;
    [Symbol.iterator](): Iterator<Diagnostic>;
}
export {};
