/**
 * Which project each input file belongs to. Cross-resource checks (namespaces, NetworkPolicies,
 * ServiceAccounts, RBAC, evidence, duplicates) join objects only inside one project, so linting several
 * projects together reports for each exactly what linting it alone reports.
 *
 * A file's project is, in this order: the deepest directory listed under `projects` in the configuration
 * that holds it; else the nearest directory holding a kustomization.yaml or Chart.yaml, looked for from the
 * file's own directory up to the directory given on the command line (for a file or glob given, in the
 * file's own directory only), joined with every kustomization of the input it is linked to by build references
 * (a base, what builds it, other builds of the same base), and a Helm chart vendored in another chart's
 * `charts/` directory (a subchart, which `helm template` renders with its parent) joined with that parent; else the directory or glob given on the command line it was found through,
 * and for files named on the command line one by one, the set of them (NAMED_FILES_PROJECT). The finish
 * phase further splits a project that is not configured by Helm release (the chart of the `# Source:` comments).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { DiscoveredFile } from '../load/discover.js';

/** Files that make their directory a project. */
export const PROJECT_MARKERS = ['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Chart.yaml'] as const;

/** How the key of a project listed in the configuration starts: such a project is never split further. */
export const CONFIGURED_PROJECT = 'config:';

/** The project of files named on the command line outside any marked or configured project. */
export const NAMED_FILES_PROJECT = 'files';

/** The project of standard input, and of sources linted from memory. */
export const STDIN_PROJECT = '-';

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Assigns projects to discovered files; remembers which directories hold a marker. */
export class ProjectMap {
  private readonly marked = new Map<string, boolean>();
  private readonly rendered = new Map<string, string>();
  private readonly configured: readonly string[];

  /** For each kustomization directory joined with others by build references, the key directory of that set. */
  private readonly joined = new Map<string, string>();

  /**
   * `configured`: absolute project directories from the configuration, if any. `includedBy`: for a
   * kustomization directory that other kustomizations of the input build from, those directories
   * (kustomizeIncludes).
   */
  constructor(configured: readonly string[] = [], includedBy: ReadonlyMap<string, readonly string[]> = new Map()) {
    // Deepest first, so a listed directory inside another listed one wins for its files.
    this.configured = [...configured].map((d) => path.resolve(d)).sort((a, b) => b.length - a.length);
    // Kustomizations linked by `resources`/`bases`/`components` (a base and what builds it, two builds that
    // share a base) are one project: what one of them builds cannot be judged without the others it joins.
    // Union-find over the links; each set is keyed by its first directory in path order.
    const parent = new Map<string, string>();
    const find = (dir: string): string => {
      let root = dir;
      for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
      parent.set(dir, root);
      return root;
    };
    const union = (a: string, b: string) => {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    };
    for (const [target, builders] of includedBy) for (const builder of builders) union(target, builder);
    for (const dir of parent.keys()) this.joined.set(dir, find(dir));
  }

  private isFile(file: string): boolean {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  }

  /**
   * The chart a marked directory is rendered with: a subchart (`<parent>/charts/<name>/Chart.yaml` under a
   * `<parent>/Chart.yaml`) is rendered by its parent's `helm template`, its templates with the parent's
   * values, so its objects and its parent's are one release; the outermost such parent inside `walked`.
   */
  private renderedWith(dir: string, walked: string | undefined): string {
    const key = `${walked ?? ''}\u0000${dir}`;
    let chart = this.rendered.get(key);
    if (chart === undefined) this.rendered.set(key, (chart = this.outermostChart(dir, walked)));
    return chart;
  }

  private outermostChart(dir: string, walked: string | undefined): string {
    let chart = dir;
    for (;;) {
      const charts = path.dirname(chart);
      const parent = path.dirname(charts);
      if (path.basename(charts) !== 'charts' || parent === charts || !this.isFile(path.join(chart, 'Chart.yaml'))) return chart;
      if (walked !== undefined && parent !== walked && !isInside(walked, parent)) return chart;
      if (!this.isFile(path.join(parent, 'Chart.yaml'))) return chart;
      chart = parent;
    }
  }

  private hasMarker(dir: string): boolean {
    let known = this.marked.get(dir);
    if (known === undefined) {
      known = PROJECT_MARKERS.some((name) => this.isFile(path.join(dir, name)));
      this.marked.set(dir, known);
    }
    return known;
  }

  /** The project key of one discovered file. */
  projectOf(file: DiscoveredFile): string {
    const listed = this.configured.find((dir) => isInside(dir, file.path));
    if (listed !== undefined) return `${CONFIGURED_PROJECT}${listed}`;
    const walked = path.isAbsolute(file.input) && file.input !== file.path ? file.input : undefined;
    for (let dir = path.dirname(file.path); ; dir = path.dirname(dir)) {
      if (this.hasMarker(dir)) {
        const chart = this.renderedWith(dir, walked);
        return `dir:${this.joined.get(chart) ?? chart}`;
      }
      if (walked === undefined || dir === walked || !isInside(walked, dir) || path.dirname(dir) === dir) break;
    }
    // Files named one by one (as pre-commit and editors name them) are one set, as linting their folder
    // would be; a directory or glob given is a project of its own.
    return file.input === file.path ? NAMED_FILES_PROJECT : `input:${file.input}`;
  }
}
