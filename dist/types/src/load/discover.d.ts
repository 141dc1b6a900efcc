/**
 * Files walked inside directories: manifests by ending, and kubeconfig files (`*.kubeconfig`, `kubeconfig`),
 * which rarely carry one. Files named explicitly are linted whatever their name.
 */
export declare const MANIFEST_GLOB = "**/{*.yaml,*.yml,*.json,*.kubeconfig,kubeconfig,Kustomization}";
export interface DiscoveredFile {
    /** Absolute path, for reading. */
    readonly path: string;
    /** Path shown in diagnostics: relative to cwd, `/`-separated. */
    readonly displayPath: string;
    /**
     * The input it was found through: the absolute path of the directory walked or of the file named, or
     * the glob as written.
     */
    readonly input: string;
    /**
     * A symbolic link a walk or glob met, with a manifest's name. It is never followed (a walk must neither
     * loop nor leave the tree), yet `kubectl apply -f DIR` applies what it leads to: unless that file is
     * linted anyway, the run reports the link as unreadable rather than pass over it (see symlinkProblem).
     */
    readonly link?: true;
}
export interface Discovery {
    readonly files: DiscoveredFile[];
    /** True when one of the inputs was `-`. */
    readonly stdin: boolean;
    /** Inputs that named nothing: a missing path, or a glob that matched no file. */
    readonly unmatched: string[];
    /** Directories named as inputs in which the walk found no file to lint (as written). */
    readonly emptyDirectories: string[];
}
export interface DiscoverOptions {
    readonly cwd: string;
    /** Extra ignore globs (relative to cwd), on top of .gitignore, node_modules and .git. */
    readonly ignore?: readonly string[];
}
export declare function toDisplayPath(cwd: string, absolute: string): string;
/** Whether a walk finds a file of this base name (MANIFEST_GLOB): one it does not is linted only when named, or listed by a kustomization it finds. */
export declare function isManifestName(basename: string): boolean;
/**
 * Expands the command line's inputs into a sorted, de-duplicated list of files. Directories are walked
 * recursively for manifest endings honouring .gitignore; symbolic links are not followed so a walk can
 * neither loop nor leave the tree the user named.
 */
export declare function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<Discovery>;
/**
 * Whether a walk of `cwd` would skip this existing file because of .gitignore, node_modules, .git or the
 * ignore globs (whatever its ending); undefined when it is not a file. For `--print-config`.
 */
export declare function isIgnoredFile(file: string, options: DiscoverOptions): Promise<boolean | undefined>;
