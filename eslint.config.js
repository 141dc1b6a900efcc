// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Keeps the layers honest (docs/architecture.md): cli → run → report/engine → model → load, with k8s a leaf. */
const layer = (files, forbidden, message, extra = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }, ...extra] }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
    },
  },
  layer(['src/k8s/**'], ['../*', '!../k8s/*'], 'src/k8s is a leaf: version tables import nothing else from pci-lint.'),
  layer(['src/load/**'], ['../model/*', '../engine/*', '../report/*', '../cli/*', '../run/*', '../../rules/*'], 'src/load is the bottom layer.'),
  layer(['src/model/**'], ['../engine/*', '../report/*', '../cli/*', '../run/*', '../../rules/*'], 'src/model may import only load and k8s.'),
  layer(['src/engine/**'], ['../report/*', '../cli/*', '../run/*', '../../rules/*', 'yaml'], 'src/engine may import only model, load and k8s; only load and model touch yaml.', [
    { group: ['../load/parse.js', '../load/fast-parse.js', '../load/yaml11.js', '../load/read.js', '../load/discover.js'], allowTypeImports: true, message: 'The engine takes parsed input: it never reads or parses (src/run does).' },
  ]),
  layer(['src/report/**'], ['../cli/*', '../run/*', '../../rules/*', '../load/*', 'yaml'], 'src/report formats diagnostics; it never loads or parses.'),
  layer(
    ['rules/**'],
    ['yaml', '**/src/load/*', '**/src/cli/*', '**/src/report/*', '**/src/run/*', '**/src/engine/*', '!**/src/engine/rule.js'],
    'Rules import the rule API (src/engine/rule.ts), model helpers and k8s tables only.',
  ),
  {
    files: ['**/*.test.ts', 'test/**', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
