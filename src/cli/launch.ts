/**
 * The `pci-lint` executable (dist/cli.js). It runs the CLI bundle (dist/cli-main.cjs: src/cli/bin.ts and all
 * it imports, built as one function expression that is also a CommonJS module exporting that function).
 *
 * Compiling the bundle and each function a lint calls is about a third of a cold start, so it is cached:
 * - where Node has module.enableCompileCache (22.1 and later), Node's own compile cache: the bundle is
 *   loaded with require() and Node keeps its compiled code in its cache directory (NODE_COMPILE_CACHE, or
 *   one under the system's temporary directory);
 * - on Node 20, through node:vm with the V8 code cache scripts/build.mjs made by linting the examples. It
 *   fits only the V8 that made it and only this bundle (its file name carries the bundle's hash); under any
 *   other V8 it is not read, and V8 itself rejects a cache that does not fit, so the worst case is an
 *   ordinary compile. Nothing is written at run time on this path.
 */
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// Set by scripts/build.mjs.
declare const PCI_LINT_BUNDLE: string;
declare const PCI_LINT_BUNDLE_TAG: string;
/** Empty when the build made no V8 code cache (it ran on a Node with a compile cache of its own). */
declare const PCI_LINT_CODE_CACHE: string;
declare const PCI_LINT_CODE_CACHE_V8: string;

interface Bundle {
  readonly isLintWorker: boolean;
  main(): Promise<void>;
}

type BundleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, url: string) => void;

const filename = fileURLToPath(new URL(PCI_LINT_BUNDLE, import.meta.url));
const require = nodeModule.createRequire(filename);

/** The cache made for this source, if this V8 can use it. */
function codeCache(source: string): Buffer | undefined {
  // V8 compares only the length of the source the cache was made for; the hash at the end tells the rest.
  if (PCI_LINT_CODE_CACHE === '' || process.versions.v8 !== PCI_LINT_CODE_CACHE_V8 || !source.endsWith(PCI_LINT_BUNDLE_TAG)) return undefined;
  try {
    return readFileSync(new URL(PCI_LINT_CODE_CACHE, import.meta.url));
  } catch {
    return undefined;
  }
}

/** The bundle's function, compiled with whichever cache this Node has. */
function bundleFunction(): BundleFunction {
  const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
  if (typeof enableCompileCache === 'function') {
    // A cache directory that cannot be written only costs the cache (Node reports it in the return value).
    enableCompileCache();
    return require(filename) as BundleFunction;
  }
  const source = readFileSync(filename, 'utf8');
  // The bundle holds no import() (esbuild inlines those of bundled modules); one of an outside module would
  // need the importModuleDynamically option, experimental in Node 20.
  const script = new Script(source, { filename, cachedData: codeCache(source) });
  return script.runInThisContext() as BundleFunction;
}

const module = { exports: {} };
// The bundle's import.meta.url is this file's: worker threads start here too (src/run/workers.ts).
bundleFunction()(module.exports, require, module, filename, path.dirname(filename), import.meta.url);
const bundle = module.exports as Bundle;
if (!bundle.isLintWorker) await bundle.main();
