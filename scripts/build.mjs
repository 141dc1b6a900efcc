// Bundles the CLI (fast cold start: no dependency resolution at run time), the library into dist/index.js
// and the rule tester into dist/testing.js with their dependencies left external, and what scripts/ use into
// build/tools.js; then emits type declarations. Bundles are overwritten in place (never deleted first) so a
// test run reading dist/ meanwhile never sees it missing.
// dist/ is committed (git installs and pre-commit install a revision without building it), so the build is
// deterministic: the same sources and lockfile give the same bytes under every Node and on every machine
// (scripts/check-dist.mjs checks it). Nothing in it depends on the Node that runs the build.
// Usage: node scripts/build.mjs [--no-types] [--outdir DIR]
//   --outdir DIR: writes what would go into dist/ into DIR instead (and not build/tools.js): a check's build
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
let options;
try {
  ({ values: options } = parseArgs({ options: { 'no-types': { type: 'boolean' }, outdir: { type: 'string' } } }));
} catch {
  console.error('usage: node scripts/build.mjs [--no-types] [--outdir DIR]');
  process.exit(2);
}
const withTypes = options['no-types'] !== true;
const outdirArg = options.outdir;
/** Where the package's files go: dist/, or the --outdir of a check. */
const out = outdirArg === undefined ? path.join(root, 'dist') : path.resolve(outdirArg);

/**
 * The 330 KB field schemas without parsing most of them at start-up: the releases' type and kind tables as one
 * JSON.parse call (V8 parses JSON far faster than the same data as an object literal in code), and the type
 * definitions as one string literal of plain JSON texts, a line each, split into a string per definition that
 * src/model/field-schemas.ts parses on first use: a run needs a few hundred of the 1 300. Neither JSON-in-JSON
 * (each definition a JSON string inside the JSON text, which JSON.parse must unescape, slowly under Node 20)
 * nor an object per definition is made before a rule asks.
 */
function fieldSchemasPlugin() {
  return {
    name: 'field-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]schemas[\\/]k8s-fields\.json$/ }, (args) => {
        const { defs, ...rest } = JSON.parse(readFileSync(args.path, 'utf8'));
        // JSON.stringify never writes a line break inside a text: one definition per line.
        const lines = defs.map((def) => JSON.stringify(def)).join('\n');
        return { contents: `export default { ...JSON.parse(${JSON.stringify(JSON.stringify(rest))}), defs: ${JSON.stringify(lines)}.split('\\n') };`, loader: 'js' };
      });
    },
  };
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [fieldSchemasPlugin()],
};

// The CLI: the bundle of src/cli/bin.ts as one function expression and the launcher dist/cli.cjs that runs it
// (src/cli/launch.ts). The launcher compiles it as a script (node:vm), where it is the function, with a V8
// code cache that the first run makes on the machine (no build makes one: it would fit only the V8 that
// made it); it is also a CommonJS module exporting that function, for anything that require()s it.
const bundleFile = 'cli-main.cjs';
await build({
  ...common,
  entryPoints: ['src/cli/bin.ts'],
  outfile: path.join(out, bundleFile),
  format: 'cjs',
  // Less source to read, and to compile where there is no code cache yet. Identifiers stay
  // as written, for readable stack traces in internal-error reports: renaming them shrank neither the code
  // cache nor the start-up measurably.
  minifySyntax: true,
  minifyWhitespace: true,
  // The launcher passes its own URL: worker threads start from it (src/run/workers.ts).
  // Its rules are the built-in ones only, whose meta the tests check (src/engine/rule.ts).
  define: { 'import.meta.url': '__pciLintUrl', PCI_LINT_BUILTIN_RULES_ONLY: 'true' },
  // Strict, as the ES modules it is built from.
  banner: { js: '(typeof module === "object" ? module : {}).exports = (function (exports, require, module, __filename, __dirname, __pciLintUrl) {"use strict";' },
  footer: { js: '})' },
});
// The bundle ends with its hash, which the launcher checks before it hands V8 a cache made for that hash:
// V8 checks only a source's length, and another build may rewrite dist/ while the launcher runs.
const bundleHash = createHash('sha256').update(readFileSync(path.join(out, bundleFile))).digest('hex').slice(0, 16);
const bundleTag = `\n// pci-lint-bundle ${bundleHash}\n`;
appendFileSync(path.join(out, bundleFile), bundleTag);
// The bundle is read as latin1 by the launcher (no UTF-8 decoding): it must be ASCII, as esbuild writes it.
if (readFileSync(path.join(out, bundleFile)).some((byte) => byte > 0x7f)) throw new Error(`${bundleFile} is not ASCII`);
// The launcher is CommonJS (an ES entry point costs Node 20 its ES loader); dist/cli.js, for those who run
// that file, only requires it.
await build({
  ...common,
  entryPoints: ['src/cli/launch.ts'],
  outfile: path.join(out, 'cli.cjs'),
  format: 'cjs',
  define: {
    PCI_LINT_LAUNCHER_URL: '__pciLintLauncherUrl',
    PCI_LINT_BUNDLE: JSON.stringify(`./${bundleFile}`),
    PCI_LINT_BUNDLE_TAG: JSON.stringify(bundleTag),
    PCI_LINT_BUNDLE_HASH: JSON.stringify(bundleHash),
  },
  banner: { js: '#!/usr/bin/env node\nconst __pciLintLauncherUrl = process.getBuiltinModule("node:url").pathToFileURL(__filename).href;' },
});
chmodSync(path.join(out, 'cli.cjs'), 0o755);
writeFileSync(
  path.join(out, 'cli.js'),
  '#!/usr/bin/env node\n// The pci-lint executable is dist/cli.cjs (CommonJS starts faster); this runs it for those who run this file.\nprocess.getBuiltinModule(\'node:module\').createRequire(import.meta.url)(\'./cli.cjs\');\n',
);
chmodSync(path.join(out, 'cli.js'), 0o755);
// Earlier builds left a V8 code cache of their bundle here (cli-main.<hash>.cache).
for (const name of readdirSync(out)) if (/^cli-main\.\w+\.cache$/.test(name)) rmSync(path.join(out, name), { force: true });

// The library is an ES module, where `require` does not exist; src/engine/ajv.ts loads Ajv with it lazily.
const esm = {
  ...common,
  packages: 'external',
  banner: { js: "import { createRequire as __pciLintCreateRequire } from 'node:module';\nconst require = __pciLintCreateRequire(import.meta.url);" },
};
await build({ ...esm, entryPoints: ['src/index.ts'], outfile: path.join(out, 'index.js') });
// `pci-lint/testing`: the rule tester, with its own copy of the engine (vitest stays external).
await build({ ...esm, entryPoints: ['src/testing/index.ts'], outfile: path.join(out, 'testing.js') });
// What scripts/ use; outside dist/, so it is never published nor committed.
if (outdirArg === undefined) await build({ ...esm, entryPoints: ['src/tools.ts'], outfile: 'build/tools.js' });

if (withTypes) {
  // Declarations of deleted modules must not linger in the package.
  rmSync(path.join(out, 'types'), { recursive: true, force: true });
  execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--outDir', path.join(out, 'types')], { cwd: root, stdio: 'inherit' });
}
