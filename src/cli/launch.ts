/**
 * The `pci-lint` executable (dist/cli.cjs; dist/cli.js, an ES module, only requires it). It runs the CLI bundle
 * (dist/cli-main.cjs: src/cli/bin.ts and all it imports, built as one function expression that is also a
 * CommonJS module exporting that function). It is built as CommonJS: an ES entry point makes Node 20 load its
 * ES loader (and fs/promises and readline with it), about 8 ms of CPU before the first line runs.
 *
 * Compiling the bundle and each function a lint calls is a large part of a cold start, so the bundle is
 * compiled through node:vm with a V8 code cache of everything a lint ran, not only of the code V8 compiles
 * up front. The first lint run that finds no cache, or one V8 rejects, writes one when it exits (temporary
 * file, then rename), made after the run so it holds every function the run compiled. It lives in Node's
 * compile cache directory:
 * - where Node has a compile cache (module.enableCompileCache, 22.1 and later), the directory Node uses for
 *   this Node version, architecture, V8 flags and user (NODE_COMPILE_CACHE, or one under the system's
 *   temporary directory). Node's own cache of a CommonJS module is made right after compiling it, so it
 *   holds only the code V8 compiles eagerly: for this bundle a run's linting would be compiled again in
 *   every process.
 * - on Node 20, which has none, a directory of the same place and shape made by the launcher:
 *   `<NODE_COMPILE_CACHE, or node-compile-cache in the temporary directory>/<version>-<arch>-pci-lint-<uid>`.
 * None when NODE_DISABLE_COMPILE_CACHE is set. The build makes no cache (dist/ is committed, and the same
 * bytes for every Node). A cache is used only from a directory that is not a link and, as its file, belongs to
 * this user and is not writable by anyone else (SECURITY.md). V8 itself rejects a cache that does not fit
 * (another V8, other flags, other source), but a release V8 does not check the payload's checksum: a cache
 * damaged after it was written (flipped bytes, another writer) crashes its deserializer. So the file starts with
 * the CRC-32 and the length of the cache, then the cache, and one whose length or CRC-32 does not match is not
 * handed to V8; the worst case is an ordinary compile. The check catches damage, not a forger: no checksum
 * kept in the file could (who can write the file can write its digest), which is why the file and its
 * directory must be this user's alone. A CRC-32 (zlib.crc32, Node 20.15 and later) finds every burst of up to
 * 32 flipped bits and all but about one in 2^32 of other damage; loading node:zlib and the CRC-32 of the cache
 * cost 2-3 ms of CPU, where node:crypto and a SHA-256 cost 5-6 (docs/performance.md, "Cold start, 2026-12-06").
 */
import type { Stats } from 'node:fs';
import type { Script as ScriptType } from 'node:vm';

// Node's modules as CommonJS exports: an ES import of node:fs builds its ES facade, which reads every export
// and so loads fs/promises, fs streams, readline and more that a run does not use (a few ms under Node 24).
const { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
const nodeModule = process.getBuiltinModule('node:module');
const { tmpdir } = process.getBuiltinModule('node:os');
const path = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

// Set by scripts/build.mjs.
/** This launcher's file URL (the CommonJS launcher has no import.meta). */
declare const PCI_LINT_LAUNCHER_URL: string;
declare const PCI_LINT_BUNDLE: string;
declare const PCI_LINT_BUNDLE_TAG: string;
declare const PCI_LINT_BUNDLE_HASH: string;

interface Bundle {
  readonly isLintWorker: boolean;
  lints(argv: readonly string[]): boolean;
  main(): Promise<void>;
}

type BundleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, url: string) => void;

const filename = fileURLToPath(new URL(PCI_LINT_BUNDLE, PCI_LINT_LAUNCHER_URL));
const require = nodeModule.createRequire(filename);

/** Whether a cache file or directory is this user's alone to write (always, where there are no POSIX users). */
function ownedAlone(stats: Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/** Bytes of the header that starts a cache file: the CRC-32 of the cache, then its length (both 32-bit, little-endian). */
const HEADER_BYTES = 8;

// Loaded when a cache is read or written: node:zlib loads more of Node's modules than a run needs otherwise.
function crc32Of(data: Buffer): number {
  return process.getBuiltinModule('node:zlib').crc32(data);
}

function headerOf(data: Buffer): Buffer {
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  header.writeUInt32LE(crc32Of(data), 0);
  header.writeUInt32LE(data.length, 4);
  return header;
}

/** The code cache a cache file holds, if it is a regular file this user alone can write and its length and CRC-32 match. */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    if (!stats.isFile() || !ownedAlone(stats)) return undefined;
    const content = readFileSync(fd);
    if (content.length <= HEADER_BYTES) return undefined;
    const data = content.subarray(HEADER_BYTES);
    if (content.readUInt32LE(4) !== data.length) return undefined;
    return content.readUInt32LE(0) === crc32Of(data) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Node's compile cache directory for this process, or, on Node 20, the launcher's of the same shape. */
function cacheDirectory(): string | undefined {
  const { enableCompileCache, getCompileCacheDir } = nodeModule as {
    enableCompileCache?: () => { directory?: string } | undefined;
    getCompileCacheDir?: () => string | undefined;
  };
  if (typeof enableCompileCache === 'function') {
    // A directory that cannot be made only costs the cache (Node reports it in the return value, without one).
    const base = enableCompileCache()?.directory;
    // Node 22.8 and later name the directory they use for this Node version, architecture, V8 flags and user.
    return base ? (getCompileCacheDir?.() ?? base) : undefined;
  }
  if (process.env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const base = process.env['NODE_COMPILE_CACHE'] || path.join(tmpdir(), 'node-compile-cache');
  const user = typeof process.getuid === 'function' ? `-${String(process.getuid())}` : '';
  const directory = path.resolve(base, `${process.version}-${process.arch}-pci-lint${user}`);
  try {
    // Made once; a recursive mkdir of a directory that exists costs more than a check.
    if (!existsSync(directory)) mkdirSync(directory, { recursive: true, mode: 0o700 });
    return directory;
  } catch {
    return undefined;
  }
}

/** Where this bundle's run-time cache lives, when there is a compile cache directory this user alone can write. */
function runtimeCacheFile(source: string): string | undefined {
  if (!source.endsWith(PCI_LINT_BUNDLE_TAG)) return undefined;
  const directory = cacheDirectory();
  if (directory === undefined) return undefined;
  try {
    const stats = lstatSync(directory);
    if (!stats.isDirectory() || !ownedAlone(stats)) return undefined;
  } catch {
    return undefined;
  }
  return path.join(directory, `pci-lint-${PCI_LINT_BUNDLE_HASH}-${process.version}-${process.arch}.cache`);
}

/** After the run, a cache of all the bundle's code compiled by then; any failure only costs the cache. */
function writeCacheOnExit(script: ScriptType, file: string): void {
  process.once('exit', (code) => {
    // A run that stopped early (missing input, unreadable configuration) compiled little of what linting needs.
    if (code > 1) return;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      const data = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([headerOf(data), data]), { mode: 0o600, flag: 'wx' });
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

/** The bundle's function, compiled with the run-time code cache when there is one. */
function bundleFunction(): BundleFunction {
  // The bundle is ASCII (esbuild escapes the rest; scripts/build.mjs checks it): latin1 reads it as the same
  // string without UTF-8 decoding, into a one-byte string.
  const source = readFileSync(filename, 'latin1');
  const cacheFile = runtimeCacheFile(source);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
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
bundleFunction()(module.exports, require, module, filename, path.dirname(filename), PCI_LINT_LAUNCHER_URL);
const bundle = module.exports as Bundle;
if (!bundle.isLintWorker) {
  if (writeCache && bundle.lints(process.argv.slice(2))) writeCache();
  // main() reports its own failures; anything else it rejects with is an unhandled rejection, which ends the
  // process with the error and exit code 1, as a rejected top-level await of an ES module did.
  void bundle.main();
}
