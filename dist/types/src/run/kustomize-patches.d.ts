/**
 * The files the kustomizations of the input list as patches (src/model/kustomization.ts), read before
 * linting so each patch is known as one whichever thread lints it.
 */
import { type Stats } from 'node:fs';
import { type DiscoveredFile } from '../load/discover.js';
import type { KustomizeBuild } from '../load/source.js';
import { type PatchListing } from '../model/kustomize-targets.js';
/**
 * What a path a kustomization names is; undefined when there is nothing there or the file system refuses
 * the path (through a file, too long, a link loop, not readable): such an entry names nothing to build.
 * With `follow` false, a symbolic link is described, not what it leads to.
 */
export declare function statQuietly(target: string, follow?: boolean): Stats | undefined;
/**
 * The kustomization files that may list one of `files` as a patch: those in the directory of each (a
 * patch named on the command line is one whether or not its kustomization is named too), and every one
 * among `files`.
 */
export declare function kustomizationsFor(files: readonly DiscoveredFile[]): string[];
/** The plain values of the documents of a kustomization file, read once per run (see kustomizationReader). */
export type KustomizationValues = (file: string) => unknown[];
/**
 * Reads kustomization files for the run's two questions (patches, and which builds include which), each
 * file once: both ask about the same files.
 */
export declare function kustomizationReader(maxBytes: number): KustomizationValues;
/** Whether `target` is in or below the directory `root`, and not `root` itself. */
export declare function isBelow(root: string, target: string): boolean;
/** The real path of `file` (symbolic links resolved); undefined when it cannot be resolved. */
export declare function realPath(file: string): string | undefined;
/**
 * Whether kustomize's default load restrictor (LoadRestrictionsRootOnly) lets a kustomization read the
 * resource file `file`: its real path is in or below `realDir`, the real path of the kustomization's
 * directory. kustomize refuses any other ("security; file ... is not in or below ...") and builds nothing,
 * so such a file is in no build.
 */
export declare function loadableFrom(realDir: string | undefined, file: string): boolean;
/**
 * The files the kustomizations of walked directories list as resources, patches or plugin configuration
 * under a name a walk does not find (`patch.txt`, `privileged.patch`, `deploy`): `kustomize build` reads a
 * listed file whatever its name, so a walk that skipped it would judge the build without what that file
 * adds (a privileged container in a `.txt` resource or patch). Only a file in or below a directory the run
 * walks, and loadable from its kustomization (kustomize's load restrictor); a file with a manifest's name is
 * left to the walk (`.gitignore`, what git tracks, the ignore patterns). A symbolic link is a `link` entry,
 * reported unless what it leads to is linted (as a walk's links are). Sorted with the others by the caller.
 */
export declare function kustomizeListedFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string): DiscoveredFile[];
/** A kustomization's listing of a patch or plugin configuration file: the kustomization file and how it lists it. */
export interface ListedPatch {
    readonly kustomization: string;
    readonly listing: PatchListing;
}
/**
 * The patch and plugin configuration files listed by the kustomizations that may hold `files` (see
 * kustomizationsFor), by absolute path, with every listing of each. A kustomization added anywhere in the
 * tree must not make another file a patch, so only what kustomize itself would load as one counts: a file in
 * or below the kustomization's directory (kustomize's default load restrictor, LoadRestrictionsRootOnly,
 * refuses any other: "security; file ... is not in or below ..."), and none that one of those kustomizations
 * lists as a resource, which kustomize builds and applies as it is. Whether kustomize would use each
 * document of such a file as a patch is kustomizePatchUse's question (kustomize-patch-use.ts).
 */
export declare function kustomizePatchFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, ListedPatch[]>;
/**
 * Which kustomization directory of the input builds which other one: for each directory that another
 * kustomization among `files` lists under resources, bases or components, the directories that list it
 * (sorted). A kustomize component (base/dex under base/) is part of what builds it, not a project.
 */
export declare function kustomizeIncludes(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, string[]>;
/**
 * What `kustomize build` does to each file the kustomizations of the input build: for each resource file
 * (absolute path) its build views, one per distinct thing the builds do to it (the namespace and the
 * kustomization that set it, the name affixes, the ServiceAccounts subjects are resolved against), each
 * with the build roots that give it, sorted by their first root.
 *
 * A build root is a kustomization of the input that no other kustomization of the input lists under
 * resources, bases or components: each is one `kustomize build`, applied on its own. A resource file is in
 * the build of every root that reaches it through such lists. The namespace is that of kustomize's namespace
 * transformer, which runs in every kustomization that sets `namespace:` over all it builds, the outer one
 * last: the outermost kustomization on the way from the root that sets one decides.
 *
 * Design (docs/architecture.md, "Kustomize builds"): a file is linted once, and the engine walks each of
 * its objects once per view (objectsOfBuilds in src/model/kustomization.ts), so the finish phase joins the
 * objects of each build as that build writes them (prod's namespace is judged with prod's policies, whatever
 * sorts first). Findings that do not depend on the build come out the same from every view, at the same
 * place with the same message, and are one finding (the run keeps one of exact repeats, that of the first
 * view); findings that do depend on it name the build (the namespace and the kustomization that set it).
 * The views are part of the file's input (its cache key), so shards, the cache and workers need nothing more.
 * One root reaching a file by two ways that do different things gives it two views of that one root: the
 * build holds two copies. Each view costs one more walk of the file's objects. Left: the rules' namespace
 * joins key on the namespace alone, so alternative roots into one namespace still share what either adds
 * there (duplicate-object and the RBAC resolver compare build roots). The input's files of builds that give a namespace are read here, and those that
 * mention `ServiceAccount` parsed, for the ServiceAccounts of each build root, which bindings' subjects
 * refer to.
 */
export declare function kustomizeBuilds(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string, maxBytes: number): Map<string, KustomizeBuild[]>;
