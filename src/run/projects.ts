/**
 * Which project each input file belongs to. Cross-resource checks (namespaces, NetworkPolicies,
 * ServiceAccounts, RBAC, evidence, duplicates) join objects only inside one project, so linting several
 * projects together reports for each exactly what linting it alone reports.
 *
 * A file's project is, in this order: the deepest directory listed under `projects` in the configuration
 * that holds it; else the nearest directory holding a kustomization.yaml or Chart.yaml, looked for from the
 * file's own directory up to the directory given on the command line (for a file or glob given, in the
 * file's own directory only), or, when other kustomizations of the input build from that one (it is a base or
 * component of theirs), the kustomization at the top of that chain; else the directory or glob given on the command line it was found through,
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
  private readonly configured: readonly string[];

  private readonly includedBy: ReadonlyMap<string, readonly string[]>;

  /**
   * `configured`: absolute project directories from the configuration, if any. `includedBy`: for a
   * kustomization directory that other kustomizations of the input build from, those directories, sorted
   * (kustomizeIncludes).
   */
  constructor(configured: readonly string[] = [], includedBy: ReadonlyMap<string, readonly string[]> = new Map()) {
    // Deepest first, so a listed directory inside another listed one wins for its files.
    this.configured = [...configured].map((d) => path.resolve(d)).sort((a, b) => b.length - a.length);
    this.includedBy = includedBy;
  }

  /**
   * The kustomization a marked directory belongs to: itself, or, when another kustomization of the input
   * builds from it, the one at the top of that chain (the first in path order where several do).
   */
  private rootOf(dir: string): string {
    const seen = new Set<string>([dir]);
    let at = dir;
    for (;;) {
      const next = this.includedBy.get(at)?.find((d) => !seen.has(d));
      if (next === undefined) return at;
      seen.add(next);
      at = next;
    }
  }

  private hasMarker(dir: string): boolean {
    let known = this.marked.get(dir);
    if (known === undefined) {
      known = PROJECT_MARKERS.some((name) => statSync(path.join(dir, name), { throwIfNoEntry: false })?.isFile() ?? false);
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
      if (this.hasMarker(dir)) return `dir:${this.rootOf(dir)}`;
      if (walked === undefined || dir === walked || !isInside(walked, dir) || path.dirname(dir) === dir) break;
    }
    // Files named one by one (as pre-commit and editors name them) are one set, as linting their folder
    // would be; a directory or glob given is a project of its own.
    return file.input === file.path ? NAMED_FILES_PROJECT : `input:${file.input}`;
  }
}
