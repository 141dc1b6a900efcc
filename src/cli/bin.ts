import { isLintWorker } from '../workers.js';
import { run } from './main.js';

async function main(): Promise<void> {
  // A reader that stops early (`pci-lint . | head`) closes the pipe: that is not a crash. Stop writing and
  // keep the exit code of the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}

// The CLI bundle is also the entry point of its worker threads (src/workers.ts): there it only lints.
if (!isLintWorker) await main();
