// Bundles the CLI into one file (fast cold start, no dependency resolution at run time) and the library
// into dist/index.js with its dependencies left external; then emits type declarations. Bundles are
// overwritten in place (never deleted first) so a test run reading dist/ meanwhile never sees it missing.
// Usage: node scripts/build.mjs [--no-types]
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const withTypes = !process.argv.includes('--no-types');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  minifySyntax: true,
  // Bundled CommonJS dependencies (ajv) call require(); give the ES module one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pciLintCreateRequire } from 'node:module';\nconst require = __pciLintCreateRequire(import.meta.url);" },
});
chmodSync(`${root}/dist/cli.js`, 0o755);

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });

if (withTypes) {
  // Declarations of deleted modules must not linger in the package.
  rmSync(`${root}/dist/types`, { recursive: true, force: true });
  execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
