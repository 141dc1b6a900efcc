import type { DiscoveredFile } from '../load/discover.js';
import type { KustomizeBuild } from '../load/source.js';
/** The plain values of the documents of a kustomization file, read once per run (see kustomizationReader). */
export type KustomizationValues = (file: string) => unknown[];
/**
 * Reads kustomization files for the run's two questions (patches, and which builds include which), each
 * file once: both ask about the same files.
 */
export declare function kustomizationReader(maxBytes: number): KustomizationValues;
/**
 * Absolute paths of the patch and plugin configuration files listed by the kustomizations that may hold
 * `files` (see kustomizationsFor). A kustomization added anywhere in the tree must not make another file a
 * patch, so only what kustomize itself would load as one counts: a file in or below the kustomization's
 * directory (kustomize's default load restrictor, LoadRestrictionsRootOnly, refuses any other: "security;
 * file ... is not in or below ..."), and none that one of those kustomizations lists as a resource, which
 * kustomize builds and applies as it is.
 */
export declare function kustomizePatchFiles(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Set<string>;
/**
 * Which kustomization directory of the input builds which other one: for each directory that another
 * kustomization among `files` lists under resources, bases or components, the directories that list it
 * (sorted). A kustomize component (base/dex under base/) is part of what builds it, not a project.
 */
export declare function kustomizeIncludes(files: readonly DiscoveredFile[], valuesOf: KustomizationValues): Map<string, string[]>;
/**
 * What `kustomize build` does to each file the kustomizations of the input build: for each resource file
 * (absolute path) the build roots that hold it and the namespace those builds give its objects.
 *
 * A build root is a kustomization of the input that no other kustomization of the input lists under
 * resources, bases or components: each is one `kustomize build`, applied on its own. A resource file is in
 * the build of every root that reaches it through such lists. The namespace is that of kustomize's namespace
 * transformer, which runs in every kustomization that sets `namespace:` over all it builds, the outer one
 * last: the outermost kustomization on the way from the root that sets one decides. A file that two roots
 * build with different namespaces is judged with the namespace of the first of them in path order (its
 * findings name the kustomization that set it); its other builds are not judged a second time. The input's
 * files of builds that give a namespace are read here, and those that mention `ServiceAccount` parsed, for
 * the ServiceAccounts of each build, which bindings' subjects refer to.
 */
export declare function kustomizeBuilds(files: readonly DiscoveredFile[], valuesOf: KustomizationValues, cwd: string, maxBytes: number): Map<string, KustomizeBuild>;
