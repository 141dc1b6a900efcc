/**
 * The `pci-lint` executable (dist/cli.js). It runs the CLI bundle (dist/cli-main.cjs: src/cli/bin.ts and all
 * it imports, built as one function expression) through node:vm with the V8 code cache scripts/build.mjs made
 * for it by linting the examples. Node 20 has no compile cache of its own, and compiling the bundle and each
 * function a lint calls is about a third of a cold start. Nothing is written at run time: the cache ships
 * with the bundle. It fits only the V8 that made it and only this bundle (its file name carries the bundle's
 * hash); under any other Node it is not read, and V8 itself rejects a cache that does not fit, so the worst
 * case is an ordinary compile.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// Set by scripts/build.mjs.
declare const PCI_LINT_BUNDLE: string;
declare const PCI_LINT_BUNDLE_TAG: string;
declare const PCI_LINT_CODE_CACHE: string;
declare const PCI_LINT_CODE_CACHE_V8: string;

interface Bundle {
  readonly isLintWorker: boolean;
  main(): Promise<void>;
}

type BundleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, url: string) => void;

const filename = fileURLToPath(new URL(PCI_LINT_BUNDLE, import.meta.url));

/** The cache made for this source, if this V8 can use it. */
function codeCache(source: string): Buffer | undefined {
  // V8 compares only the length of the source the cache was made for; the hash at the end tells the rest.
  if (process.versions.v8 !== PCI_LINT_CODE_CACHE_V8 || !source.endsWith(PCI_LINT_BUNDLE_TAG)) return undefined;
  try {
    return readFileSync(new URL(PCI_LINT_CODE_CACHE, import.meta.url));
  } catch {
    return undefined;
  }
}

const source = readFileSync(filename, 'utf8');
// The bundle holds no import() (esbuild inlines those of bundled modules); one of an outside module would
// need the importModuleDynamically option, experimental in Node 20.
const script = new Script(source, { filename, cachedData: codeCache(source) });
const module = { exports: {} };
// The bundle's import.meta.url is this file's: worker threads start here too (src/run/workers.ts).
(script.runInThisContext() as BundleFunction)(module.exports, createRequire(filename), module, filename, path.dirname(filename), import.meta.url);
const bundle = module.exports as Bundle;
if (!bundle.isLintWorker) await bundle.main();
