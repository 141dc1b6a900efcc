import { fstatSync, statSync, writeSync } from 'node:fs';

/** What the CLI writes to: `write` and, for standard output, whether it is a terminal. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Whether `fd` is a terminal. A terminal is a character device, and not the null device: anything else (a
 * file, a pipe, a socket, output thrown away to /dev/null) is answered from fstat, without node:tty, which
 * loads Node's net and stream modules.
 */
function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && stat.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
  } catch {
    return false;
  }
  const { isatty } = process.getBuiltinModule('node:tty');
  return isatty(fd);
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
export function descriptorOutput(fd: number, stream: () => NodeJS.WritableStream, write: typeof writeSync = writeSync): Output {
  let closed = false;
  let handedOver: NodeJS.WritableStream | undefined;
  const handOver = (rest: Uint8Array): void => {
    handedOver = stream();
    // The stream reports a closed pipe as an error event: the same as above, not a crash.
    handedOver.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    handedOver.write(rest);
  };
  return {
    get isTTY() {
      return isTerminal(fd);
    },
    write(text: string): boolean {
      if (closed || text === '') return true;
      if (handedOver) return handedOver.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      try {
        while (written < bytes.length) written += write(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        else if (code === 'EAGAIN') handOver(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
  };
}
