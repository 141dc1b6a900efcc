/**
 * The `pci-lint` executable (dist/cli.js). It runs the CLI bundle (dist/cli-main.cjs: src/cli/bin.ts and all
 * it imports, built as one function expression that is also a CommonJS module exporting that function).
 *
 * Compiling the bundle and each function a lint calls is a large part of a cold start, so the bundle is
 * compiled through node:vm with a V8 code cache of everything a lint ran, not only of the code V8 compiles
 * up front:
 * - on Node 20, the cache scripts/build.mjs made by linting the examples. It fits only the V8 that made it
 *   and only this bundle (its file name carries the bundle's hash); under any other V8 it is not read.
 *   Nothing is written at run time on this path.
 * - where Node has a compile cache of its own (module.enableCompileCache, 22.1 and later), in that cache's
 *   directory (NODE_COMPILE_CACHE, or one under the system's temporary directory; one per Node version,
 *   architecture and V8 flags; none when NODE_DISABLE_COMPILE_CACHE is set): the first lint run that finds no
 *   cache there, or one V8 rejects, writes one when it exits (temporary file, then rename), made after the
 *   run so it holds every function the run compiled. Node's own cache of a CommonJS module is made right
 *   after compiling it, so it holds only the code V8 compiles eagerly: for this bundle a run's linting
 *   would be compiled again in every process.
 * V8 itself rejects a cache that does not fit (another V8, other flags, other source), so the worst case is
 * an ordinary compile.
 */
import type { Script as ScriptType } from 'node:vm';

// Node's modules as CommonJS exports: an ES import of node:fs builds its ES facade, which reads every export
// and so loads fs/promises, fs streams, readline and more that a run does not use (a few ms under Node 24).
const { readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
const nodeModule = process.getBuiltinModule('node:module');
const path = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

// Set by scripts/build.mjs.
declare const PCI_LINT_BUNDLE: string;
declare const PCI_LINT_BUNDLE_TAG: string;
declare const PCI_LINT_BUNDLE_HASH: string;
/** Empty when the build made no V8 code cache (it ran on a Node with a compile cache of its own). */
declare const PCI_LINT_CODE_CACHE: string;
declare const PCI_LINT_CODE_CACHE_V8: string;

interface Bundle {
  readonly isLintWorker: boolean;
  lints(argv: readonly string[]): boolean;
  main(): Promise<void>;
}

type BundleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, url: string) => void;

const filename = fileURLToPath(new URL(PCI_LINT_BUNDLE, import.meta.url));
const require = nodeModule.createRequire(filename);

/** The cache the build made for this source, if this V8 can use it (Node 20). */
function buildCache(source: string): Buffer | undefined {
  // V8 compares only the length of the source the cache was made for; the hash at the end tells the rest.
  if (PCI_LINT_CODE_CACHE === '' || process.versions.v8 !== PCI_LINT_CODE_CACHE_V8 || !source.endsWith(PCI_LINT_BUNDLE_TAG)) return undefined;
  return readIfThere(new URL(PCI_LINT_CODE_CACHE, import.meta.url));
}

function readIfThere(file: URL | string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Where this bundle's run-time cache lives: in Node's compile cache directory, when Node has one and it is on. */
function runtimeCacheFile(source: string): string | undefined {
  const { enableCompileCache, getCompileCacheDir } = nodeModule as {
    enableCompileCache?: () => { directory?: string } | undefined;
    getCompileCacheDir?: () => string | undefined;
  };
  if (typeof enableCompileCache !== 'function' || !source.endsWith(PCI_LINT_BUNDLE_TAG)) return undefined;
  // A directory that cannot be made only costs the cache (Node reports it in the return value, without one).
  const base = enableCompileCache()?.directory;
  if (!base) return undefined;
  // Node 22.8 and later name the directory they use for this Node version, architecture and V8 flags.
  const directory = getCompileCacheDir?.() ?? base;
  return path.join(directory, `pci-lint-${PCI_LINT_BUNDLE_HASH}-${process.version}-${process.arch}.cache`);
}

/** After the run, a cache of all the bundle's code compiled by then; any failure only costs the cache. */
function writeCacheOnExit(script: ScriptType, file: string): void {
  process.once('exit', (code) => {
    // A run that stopped early (missing input, unreadable configuration) compiled little of what linting needs.
    if (code > 1) return;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  });
}

/**
 * Set when this run may leave a run-time cache behind: the main thread of a run that lints (workers run the
 * same code; `--version` or `--help` would leave a cache without it).
 */
let writeCache: (() => void) | undefined;

/** The bundle's function, compiled with whichever code cache this Node can use. */
function bundleFunction(): BundleFunction {
  const source = readFileSync(filename, 'utf8');
  const cacheFile = runtimeCacheFile(source);
  const cachedData = cacheFile === undefined ? buildCache(source) : readIfThere(cacheFile);
  // The bundle holds no import() (esbuild inlines those of bundled modules); one of an outside module would
  // need the importModuleDynamically option, experimental in Node 20.
  const script = new Script(source, { filename, cachedData });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    writeCache = () => {
      writeCacheOnExit(script, cacheFile);
    };
  }
  return script.runInThisContext() as BundleFunction;
}

const module = { exports: {} };
// The bundle's import.meta.url is this file's: worker threads start here too (src/run/workers.ts).
bundleFunction()(module.exports, require, module, filename, path.dirname(filename), import.meta.url);
const bundle = module.exports as Bundle;
if (!bundle.isLintWorker) {
  if (writeCache && bundle.lints(process.argv.slice(2))) writeCache();
  await bundle.main();
}
