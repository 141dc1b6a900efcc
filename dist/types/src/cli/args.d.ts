import type { Severity } from '../engine/diagnostic.js';
import type { RuleSetting } from '../engine/settings.js';
import { type K8sVersion } from '../k8s/versions.js';
import { type PlatformChoice } from '../k8s/platforms.js';
/** A command-line mistake: printed on stderr with exit code 2. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
/** One report of a run: a format and the file it goes to (standard output without one). */
export interface OutputSpec {
    readonly format: string;
    readonly file?: string;
}
export interface CliOptions {
    /** `merge` (the first argument): the inputs are partial results to finish and report. */
    readonly command: 'lint' | 'merge';
    readonly inputs: string[];
    /**
     * The reports to write, each in its format to its file or to standard output (at most one); never
     * empty. One run lints once and writes them all.
     */
    readonly outputs: readonly OutputSpec[];
    /** `--max-warnings N`: exit 1 when more than N warnings are reported. */
    readonly maxWarnings?: number;
    /** `--print-config FILE`: print the configuration that applies to FILE and lint nothing. */
    readonly printConfig?: string;
    /** `--init`: write a commented .pci-lint.yaml in the working directory and lint nothing. */
    readonly init: boolean;
    /** `--ignore-pattern`: gitignore-style patterns relative to the working directory, as written. */
    readonly ignorePatterns: readonly string[];
    /** `--stdin-filename NAME`: the path standard input (`-`) is shown as. */
    readonly stdinFilename?: string;
    readonly target?: K8sVersion;
    readonly rules: Record<string, RuleSetting>;
    readonly pci?: string[];
    /** Unset when not given, so a config file's value can apply. */
    readonly failOn?: Severity;
    readonly config?: string;
    readonly noConfig: boolean;
    readonly baseline?: string;
    readonly writeBaseline?: string;
    readonly listRules: boolean;
    readonly explain?: string;
    readonly quiet: boolean;
    readonly color?: boolean;
    readonly maxFileBytes?: number;
    readonly pssLevel?: 'baseline' | 'restricted';
    readonly platform?: PlatformChoice;
    readonly cache: boolean;
    readonly cacheLocation?: string;
    readonly workers?: number;
    /** `--shard i/n`: lint the i-th of n shares of the files. */
    readonly shard?: {
        readonly index: number;
        readonly count: number;
    };
    /** `--partial FILE`: write the partial result for `merge` instead of a report. */
    readonly partial?: string;
    readonly version: boolean;
    readonly help: boolean;
}
export declare function parseSize(text: string): number;
export declare function parseWorkers(text: string): number;
export declare function parseShard(text: string): {
    index: number;
    count: number;
};
export declare function parseTarget(text: string): K8sVersion;
/** The candidate closest to a mistyped word, when it is close enough to be worth suggesting. */
export declare function didYouMean(word: string, candidates: readonly string[]): string | undefined;
export declare function parseMaxWarnings(text: string): number;
/** The option tokens of parseArgs that choose reports, in the order written. */
interface OutputToken {
    readonly kind: 'format' | 'file';
    readonly value: string;
    /** As written, for messages (`-o`, `--output-file`). */
    readonly flag: string;
}
/**
 * Pairs formats with output files, in the order written: an output file (`-o`, `--output`,
 * `--output-file`) belongs to the `--format` written before it, and output files written before any
 * `--format` to the first one; `-f NAME:FILE` is a format with its file. A format without a file goes to
 * standard output, which only one may. Without `--format`, the one report is `stylish`.
 */
export declare function pairOutputs(tokens: readonly OutputToken[]): OutputSpec[];
export declare function parseCli(argv: readonly string[]): CliOptions;
export declare const HELP: string;
export {};
