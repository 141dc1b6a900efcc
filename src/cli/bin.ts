import { isLintWorker } from '../run/workers.js';
import { parseCli } from './args.js';
import { run } from './main.js';

// The CLI bundle (dist/cli-main.cjs) built from this module is started by src/cli/launch.ts, which also runs
// it as the entry point of its worker threads (src/run/workers.ts): there it only lints, and `main` is not called.
export { isLintWorker, run };

/**
 * Whether these arguments lint (or merge) files, rather than print help, the version, a configuration or
 * rule information, or fail on a usage error: the launcher writes its code cache only after such a run, so
 * the cache holds the code a lint runs.
 */
export function lints(argv: readonly string[]): boolean {
  try {
    const options = parseCli(argv);
    return !(options.help || options.version || options.init || options.printConfig !== undefined || options.listRules || options.explain !== undefined);
  } catch {
    return false;
  }
}

export async function main(): Promise<void> {
  // A reader that stops early (`pci-lint . | head`) closes the pipe: that is not a crash. Stop writing and
  // keep the exit code of the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: process.stdin builds a stream on first access, which only a run reading `-` needs.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
