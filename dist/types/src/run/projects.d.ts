import type { DiscoveredFile } from '../load/discover.js';
/** Files that make their directory a project. */
export declare const PROJECT_MARKERS: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"];
/** How the key of a project listed in the configuration starts: such a project is never split further. */
export declare const CONFIGURED_PROJECT = "config:";
/** The project of files named on the command line outside any marked or configured project. */
export declare const NAMED_FILES_PROJECT = "files";
/** The project of standard input, and of sources linted from memory. */
export declare const STDIN_PROJECT = "-";
/** Assigns projects to discovered files; remembers which directories hold a marker. */
export declare class ProjectMap {
    private readonly marked;
    private readonly rendered;
    private readonly configured;
    /** For each kustomization directory joined with others by build references, the key directory of that set. */
    private readonly joined;
    /**
     * `configured`: absolute project directories from the configuration, if any. `includedBy`: for a
     * kustomization directory that other kustomizations of the input build from, those directories
     * (kustomizeIncludes).
     */
    constructor(configured?: readonly string[], includedBy?: ReadonlyMap<string, readonly string[]>);
    private isFile;
    /**
     * The chart a marked directory is rendered with: a subchart (`<parent>/charts/<name>/Chart.yaml` under a
     * `<parent>/Chart.yaml`) is rendered by its parent's `helm template`, its templates with the parent's
     * values, so its objects and its parent's are one release; the outermost such parent inside `walked`.
     */
    private renderedWith;
    private outermostChart;
    private hasMarker;
    /** The project key of one discovered file. */
    projectOf(file: DiscoveredFile): string;
}
