import { type Path, type Position, type SpanPart } from './positions.js';
export declare const CONFIG_FILE_NAMES: readonly [".pci-lint.yaml", ".pci-lint.yml"];
/** A configuration file as read: its plain value and a way back from a path in it to a line and column. */
export interface ConfigSource {
    readonly file: string;
    readonly value: unknown;
    /** Position of a path in the file (nearest existing ancestor when the path is missing). */
    position(path: Path, part?: SpanPart): Position | undefined;
}
export declare class ConfigFileError extends Error {
    readonly name = "ConfigFileError";
}
/** A configuration file is small; this bounds what a hostile one can make pci-lint read. */
export declare const MAX_CONFIG_BYTES: number;
/**
 * The repository `cwd` is in: the nearest directory at or above it that holds `.git` (a directory, or the
 * file of a worktree or submodule), else `cwd` itself. Configuration is looked for, and the files it names
 * are read, only inside it.
 */
export declare function repositoryRoot(cwd: string): string;
/** True when `file`, with its symbolic links resolved, lies inside `root` (also resolved). */
export declare function isInside(root: string, file: string): boolean;
/**
 * The nearest `.pci-lint.yaml` (or `.yml`) in `cwd` or a parent directory up to the repository root
 * (never above it: a file in a parent of the checkout belongs to someone else). A candidate that is a
 * symbolic link to somewhere outside the repository is refused, since its content would end up in messages.
 */
export declare function findConfigFile(cwd: string): string | undefined;
/**
 * Reads and parses a configuration file; syntax errors carry the file's line and column. `shown` is the
 * path used in messages (relative to the working directory).
 */
export declare function readConfigFile(absolute: string, shown?: string): ConfigSource;
