import { isLintWorker } from '../run/workers.js';
import { parseCli } from './args.js';
import { run } from './main.js';
import { descriptorOutput } from './stdio.js';

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
  // Written through their descriptors: process.stdout and process.stderr are streams built on first use,
  // which only a descriptor that would block needs (src/cli/stdio.ts).
  const code = await run(process.argv.slice(2), {
    stdout: descriptorOutput(1, () => process.stdout),
    stderr: descriptorOutput(2, () => process.stderr),
    // A getter: process.stdin builds a stream on first access, which only a run reading `-` needs.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
