/**
 * The import graph of src/ and rules/ against the layer map (architecture.js), which docs/architecture.md
 * renders and eslint.config.js enforces file by file: every file has a part, every import is allowed, and
 * no import cycle exists, type-only imports included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { importProblem, partOf, PARTS, renderTable, resolveSpecifier, TABLE_END, TABLE_START } from '../../architecture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

interface Edge {
  readonly from: string;
  readonly to?: string;
  readonly packageName?: string;
  readonly typeOnly: boolean;
  readonly specifier: string;
}

/** Every import, export-from, import() and import('…') type in a file, with whether it is types only. */
function importsOf(file: string): Edge[] {
  const absolute = path.join(root, file);
  const source = ts.createSourceFile(file, readFileSync(absolute, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    edges.push({ from: file, specifier: specifier.text, typeOnly, ...resolveSpecifier(root, absolute, specifier.text, existsSync) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.phaseModifier === ts.SyntaxKind.TypeKeyword || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const files = [...filesUnder('src'), ...filesUnder('rules')];
const edges = files.filter((f) => f.endsWith('.ts')).flatMap(importsOf);

/** The import cycles among the given files (each as its files in order, the first repeated at the end). */
function cyclesOf(nodes: readonly string[], next: (file: string) => readonly string[]): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of next(file)) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) walk(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of nodes) if (!state.has(file)) walk(file);
  return cycles;
}

describe('the layer map (architecture.js)', () => {
  it('puts every file under src/ and rules/ in exactly one part', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !partOf(f))).toEqual([]);
  });

  it('names only parts that exist in its import lists, and every part holds files', () => {
    const names = new Set(PARTS.map((p) => p.name));
    for (const part of PARTS) {
      if (part.imports === 'any') continue;
      for (const a of part.imports) expect(names.has(typeof a === 'string' ? a : a.part), `${part.name} → ${JSON.stringify(a)}`).toBe(true);
      if (part.name !== 'data') expect(files.some((f) => partOf(f) === part), part.name).toBe(true);
    }
  });

  it('allows every import in the code', () => {
    const problems = edges.map((e) => importProblem(e)).filter((p) => p !== undefined);
    expect(problems).toEqual([]);
  });

  it('finds what it is meant to find (a check that can fail)', () => {
    expect(importProblem({ from: 'src/engine/dispatch.ts', to: 'src/run/lint.ts', typeOnly: true })).toMatch(/^engine may not import types from src\/run\/lint\.ts/);
    expect(importProblem({ from: 'src/engine/dispatch.ts', to: 'src/load/parse.ts', typeOnly: false })).toMatch(/engine may not import/);
    expect(importProblem({ from: 'src/engine/dispatch.ts', to: 'src/load/parse.ts', typeOnly: true })).toBeUndefined();
    expect(importProblem({ from: 'rules/03-workload-security/image-digest.ts', to: 'src/engine/session.ts', typeOnly: false })).toMatch(/rules may not import/);
    expect(importProblem({ from: 'src/model/rbac.ts', packageName: 'yaml', typeOnly: false })).toMatch(/may not import yaml/);
    expect(importProblem({ from: 'src/new-part/x.ts', to: 'src/k8s/versions.ts', typeOnly: false })).toMatch(/belongs to no part/);
    expect(cyclesOf(['a', 'b', 'c'], (f) => ({ a: ['b'], b: ['c'], c: ['a'] })[f] ?? [])).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycle, type-only imports included', () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) if (e.to !== undefined && e.to.endsWith('.ts')) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    expect(cyclesOf([...graph.keys()].sort(), (f) => graph.get(f) ?? []).map((c) => c.join(' → '))).toEqual([]);
  });

  it('is the table in docs/architecture.md', () => {
    const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start, 'docs/architecture.md holds the generated table').toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + TABLE_END.length)).toBe(renderTable());
  });
});
