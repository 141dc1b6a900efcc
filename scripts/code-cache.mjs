// Makes the V8 code cache src/cli/launch.ts runs the CLI bundle with: compiles the bundle exactly as the
// launcher does, runs the CLI in-process over the examples the way users run it (so the cache also holds the
// functions a lint compiles lazily), then saves what V8 compiled. Started by scripts/build.mjs in a child
// with no NODE_OPTIONS, because V8 rejects a cache made under other flags. For the same reason the runs stay
// under 1 MiB of input: a larger one sets the CLI's heap flag (src/cli/heap.ts) in this process before the
// cache is saved (test/cli/bundle.test.ts checks that a plain node accepts the cache).
// Usage: node scripts/code-cache.mjs BUNDLE CACHE LAUNCHER_URL
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const [filename, cacheFile, launcherUrl] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));

const script = new Script(readFileSync(filename, 'utf8'), { filename });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, path.dirname(filename), launcherUrl);
const { run } = module.exports;

const sink = { write: () => true, isTTY: false };
for (const argv of [['examples'], ['--format', 'json', 'examples/noncompliant'], ['--no-config', 'examples/helm-rendered/shop.yaml']]) {
  let stderr = '';
  const code = await run(argv, { stdout: sink, stderr: { write: (text) => (stderr += text) }, stdin: process.stdin, cwd: root, env: {} });
  // A failing run still leaves a usable cache (of what it compiled): warn, and let the tests tell what broke.
  if (code !== 0 && code !== 1) console.warn(`code cache: pci-lint ${argv.join(' ')} exited ${code}: ${stderr.split('\n')[0]}`);
}

writeFileSync(cacheFile, script.createCachedData());
