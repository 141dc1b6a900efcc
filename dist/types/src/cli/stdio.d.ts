import { writeSync } from 'node:fs';
/** What the CLI writes to: `write` and, for standard output, whether it is a terminal. */
export interface Output {
    write(text: string): unknown;
    readonly isTTY?: boolean;
}
/**
 * Standard output or standard error written with `fs.writeSync` on the descriptor, without the stream
 * `process.stdout` / `process.stderr` (their first access builds a stream and loads Node's stream modules: a
 * few ms of every run's start). Writes stay synchronous and in order, as the streams are for files, pipes and
 * terminals on Linux and macOS.
 * - A reader that stops early (`pci-lint . | head`) closes the pipe (EPIPE): writing stops, the run keeps its
 *   exit code.
 * - A descriptor that would block (EAGAIN: one left non-blocking by whoever shares it) is handed to Node's
 *   stream, which waits for it; every later write goes there too, so the order is kept.
 * `write` is fs.writeSync but in tests.
 */
export declare function descriptorOutput(fd: number, stream: () => NodeJS.WritableStream, write?: typeof writeSync): Output;
