#!/usr/bin/env node
const __pciLintLauncherUrl = process.getBuiltinModule("node:url").pathToFileURL(__filename).href;
"use strict";

// src/cli/launch.ts
var { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule("node:fs");
var nodeModule = process.getBuiltinModule("node:module");
var { tmpdir } = process.getBuiltinModule("node:os");
var path = process.getBuiltinModule("node:path");
var { fileURLToPath } = process.getBuiltinModule("node:url");
var { Script } = process.getBuiltinModule("node:vm");
var filename = fileURLToPath(new URL("./cli-main.cjs", __pciLintLauncherUrl));
var require2 = nodeModule.createRequire(filename);
function ownedAlone(stats) {
  if (typeof process.getuid !== "function") return true;
  return stats.uid === process.getuid() && (stats.mode & 18) === 0;
}
var HEADER_BYTES = 8;
function crc32Of(data) {
  return process.getBuiltinModule("node:zlib").crc32(data);
}
function headerOf(data) {
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  header.writeUInt32LE(crc32Of(data), 0);
  header.writeUInt32LE(data.length, 4);
  return header;
}
function readCache(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const stats = fstatSync(fd);
    if (!stats.isFile() || !ownedAlone(stats)) return void 0;
    const content = readFileSync(fd);
    if (content.length <= HEADER_BYTES) return void 0;
    const data = content.subarray(HEADER_BYTES);
    if (content.readUInt32LE(4) !== data.length) return void 0;
    return content.readUInt32LE(0) === crc32Of(data) ? data : void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function cacheDirectory() {
  const { enableCompileCache, getCompileCacheDir } = nodeModule;
  if (typeof enableCompileCache === "function") {
    const base2 = enableCompileCache()?.directory;
    return base2 ? getCompileCacheDir?.() ?? base2 : void 0;
  }
  if (process.env["NODE_DISABLE_COMPILE_CACHE"]) return void 0;
  const base = process.env["NODE_COMPILE_CACHE"] || path.join(tmpdir(), "node-compile-cache");
  const user = typeof process.getuid === "function" ? `-${String(process.getuid())}` : "";
  const directory = path.resolve(base, `${process.version}-${process.arch}-pci-lint${user}`);
  try {
    if (!existsSync(directory)) mkdirSync(directory, { recursive: true, mode: 448 });
    return directory;
  } catch {
    return void 0;
  }
}
function runtimeCacheFile(source) {
  if (!source.endsWith("\n// pci-lint-bundle 7e864666cff3de6d\n")) return void 0;
  const directory = cacheDirectory();
  if (directory === void 0) return void 0;
  try {
    const stats = lstatSync(directory);
    if (!stats.isDirectory() || !ownedAlone(stats)) return void 0;
  } catch {
    return void 0;
  }
  return path.join(directory, `pci-lint-${"7e864666cff3de6d"}-${process.version}-${process.arch}.cache`);
}
function writeCacheOnExit(script, file) {
  process.once("exit", (code) => {
    if (code > 1) return;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      const data = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([headerOf(data), data]), { mode: 384, flag: "wx" });
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  });
}
var writeCache;
function bundleFunction() {
  const source = readFileSync(filename, "latin1");
  const cacheFile = runtimeCacheFile(source);
  const cachedData = cacheFile === void 0 ? void 0 : readCache(cacheFile);
  const script = new Script(source, { filename, cachedData });
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true)) {
    writeCache = () => {
      writeCacheOnExit(script, cacheFile);
    };
  }
  return script.runInThisContext();
}
var module2 = { exports: {} };
bundleFunction()(module2.exports, require2, module2, filename, path.dirname(filename), __pciLintLauncherUrl);
var bundle = module2.exports;
if (!bundle.isLintWorker) {
  if (writeCache && bundle.lints(process.argv.slice(2))) writeCache();
  void bundle.main();
}
