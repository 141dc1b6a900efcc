import type { AnyRule } from '../engine/rule.js';
/** The process around the CLI, passed in so tests can run it in-process. */
export interface CliIo {
    readonly stdout: {
        write(text: string): unknown;
        readonly isTTY?: boolean;
    };
    readonly stderr: {
        write(text: string): unknown;
    };
    readonly stdin: NodeJS.ReadableStream;
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** The rules to run; every built-in rule unless a test pins a set. */
    readonly registry?: readonly AnyRule[];
}
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE = 2;
/** Runs the CLI and resolves to its exit code; never throws for bad input or usage. */
export declare function run(argv: readonly string[], io: CliIo): Promise<number>;
