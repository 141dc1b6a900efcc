// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import ownIndex from './scripts/eslint/own-index.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { importProblem, resolveSpecifier } from './architecture.js';

/**
 * Enforces the layer map in architecture.js on every import, export-from and import() under src/ and rules/:
 * the one source of truth for the boundaries (docs/architecture.md renders it; a test checks the graph).
 * @type {import('eslint').Rule.RuleModule}
 */
const importsRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'imports follow the layer map in architecture.js' } },
  create(context) {
    const root = import.meta.dirname;
    const from = path.relative(root, context.filename).split(path.sep).join('/');
    /** @param {import('estree').Node} node @param {unknown} source @param {boolean} typeOnly */
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      const problem = importProblem({ from, ...resolveSpecifier(root, context.filename, source, existsSync), typeOnly });
      if (problem) context.report({ node, message: problem });
    };
    /** @param {any} node */
    const typeOnlyOf = (node) =>
      node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnlyOf(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, typeOnlyOf(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, typeOnlyOf(node)),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
      /** @param {any} node */
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.source?.value, true),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'architecture.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    plugins: { architecture: { rules: { imports: importsRule } } },
    rules: { 'architecture/imports': 'error' },
  },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { regexp, 'pci-lint': { rules: { 'own-index': ownIndex } } },
    rules: {
      'pci-lint/own-index': 'error',
      // Patterns run over user text: none may take more than linear time, however the text is shaped.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
        // Spreading a list into arguments overflows the stack once the input makes it long (tens of thousands).
        'no-restricted-syntax': [
          'error',
          { selector: "CallExpression[callee.object.name='Math'] > SpreadElement", message: 'Spread arguments overflow the stack on large input: use a loop.' },
          { selector: "CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement", message: 'Spread arguments overflow the stack on large input: use a loop.' },
        ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
