// @ts-check
/**
 * The layer map of pci-lint: which part every file under src/ and rules/ belongs to and what each part may
 * import. It is the one source of truth: eslint.config.js enforces it (the `architecture/imports` rule
 * below), test/meta/architecture.test.ts checks the whole import graph against it (and that there is no
 * import cycle, type-only imports included), and the table in docs/architecture.md is rendered from it.
 */
import path from 'node:path';

/**
 * @typedef {string | { readonly part: string; readonly files?: readonly string[]; readonly types?: boolean }} Allowed
 *   A part name (anything in it), or a part limited to some of its files and/or to type-only imports.
 * @typedef {{
 *   readonly name: string;
 *   readonly files: readonly string[];
 *   readonly job: string;
 *   readonly imports: readonly Allowed[] | 'any';
 *   readonly forbiddenPackages?: readonly string[];
 * }} Part
 *   `files` are repository paths: a folder ends with `/` and holds every file below it; the most specific
 *   entry wins (`src/engine/rule.ts` before `src/engine/`).
 */

/** Packages that read files, start threads or processes, or parse YAML: only load, run and cli may. */
const IO_AND_PARSERS = ['yaml', 'js-yaml', 'globby', 'node:fs', 'node:fs/promises', 'node:worker_threads', 'node:child_process'];
/** pci-lint never touches the network. */
const NETWORK = ['node:net', 'node:http', 'node:https', 'node:http2', 'node:dgram', 'node:dns', 'node:tls'];

/** @type {readonly Part[]} */
export const PARTS = [
  { name: 'tests', files: ['*.test.ts'], job: 'Case tables beside the rules (and any test under src/); not layered.', imports: 'any' },
  { name: 'data', files: ['schemas/', 'package.json'], job: 'JSON the code imports: the configuration schema, the field schemas, the version.', imports: [] },
  { name: 'k8s', files: ['src/k8s/'], job: 'Facts about Kubernetes as typed tables, each with its source.', imports: [], forbiddenPackages: [...IO_AND_PARSERS, ...NETWORK] },
  { name: 'load', files: ['src/load/'], job: 'Bytes to parsed documents with exact positions: discover, read, decode, parse.', imports: ['k8s'], forbiddenPackages: NETWORK },
  {
    name: 'model',
    files: ['src/model/'],
    job: 'What a parsed document means: typed, located views (Resource, pod specs, control-plane flags, RBAC).',
    imports: ['k8s', 'data', { part: 'load', types: true }, { part: 'load', files: ['src/load/own.ts', 'src/load/path-text.ts'] }],
    forbiddenPackages: [...IO_AND_PARSERS, ...NETWORK],
  },
  {
    name: 'engine',
    files: ['src/engine/'],
    job: 'The rule API, rule selection, one walk per parsed file, the finish phase, suppressions, diagnostics.',
    imports: ['model', 'k8s', 'data', { part: 'load', types: true }, { part: 'load', files: ['src/load/positions.ts'] }],
    forbiddenPackages: [...IO_AND_PARSERS, ...NETWORK],
  },
  {
    name: 'rules',
    files: ['rules/'],
    job: 'One rule per file and the registry (rules/index.ts).',
    imports: [{ part: 'engine', files: ['src/engine/rule.ts'] }, 'model', 'k8s'],
    forbiddenPackages: [...IO_AND_PARSERS, ...NETWORK],
  },
  {
    name: 'report',
    files: ['src/report/'],
    job: 'Formatters (stylish, json, json-summary, sarif, junit, github, gitlab, markdown) and rule documentation.',
    imports: ['engine', 'k8s', 'version'],
    forbiddenPackages: [...IO_AND_PARSERS, ...NETWORK],
  },
  {
    name: 'run',
    files: ['src/run/'],
    job: 'A run: discover, read, parse, lint (here or on worker threads), cache, packed store, finish, baseline.',
    imports: ['engine', 'load', 'model', 'k8s', 'rules', 'version', 'data'],
    forbiddenPackages: NETWORK,
  },
  {
    name: 'cli',
    files: ['src/cli/'],
    job: 'The command line: arguments, configuration, output, exit codes.',
    imports: ['run', 'report', 'engine', 'load', 'model', 'k8s', 'rules', 'version'],
    forbiddenPackages: NETWORK,
  },
  {
    name: 'testing',
    files: ['src/testing/'],
    job: 'testRule (the case-table tester, published as pci-lint/testing) and test manifest builders.',
    imports: ['engine', 'run', 'k8s', { part: 'load', files: ['src/load/own.ts'] }],
    forbiddenPackages: NETWORK,
  },
  { name: 'version', files: ['src/version.ts'], job: "pci-lint's own version.", imports: ['data'], forbiddenPackages: NETWORK },
  { name: 'api', files: ['src/index.ts'], job: 'The public API of the pci-lint package.', imports: ['run', 'rules', 'report', 'engine', 'model', 'k8s', 'version'], forbiddenPackages: NETWORK },
  {
    name: 'tools',
    files: ['src/tools.ts'],
    job: 'What scripts/ use (rule pages, the scaffold, the benchmark): bundled to build/tools.js, never published.',
    imports: ['run', 'rules', 'report', 'engine', 'model', 'load', 'k8s', 'version'],
    forbiddenPackages: NETWORK,
  },
];

/**
 * The part a repository path (forward slashes, relative to the root) belongs to, or undefined.
 * @param {string} file
 * @returns {Part | undefined}
 */
export function partOf(file) {
  /** @type {{ part: Part; length: number } | undefined} */
  let best;
  for (const part of PARTS) {
    for (const entry of part.files) {
      const hit = entry.startsWith('*') ? file.endsWith(entry.slice(1)) : entry.endsWith('/') ? file.startsWith(entry) : file === entry;
      // Test files are matched first whatever folder they are in.
      const length = entry.startsWith('*') ? Infinity : entry.length;
      if (hit && (!best || length > best.length)) best = { part, length };
    }
  }
  return best?.part;
}

/**
 * Why an import breaks the map, or undefined when it is allowed.
 * @param {{ readonly from: string; readonly to?: string | undefined; readonly packageName?: string | undefined; readonly typeOnly: boolean }} edge
 *   `from` and `to` are repository paths; `packageName` is set instead of `to` for a package import.
 * @returns {string | undefined}
 */
export function importProblem({ from, to, packageName, typeOnly }) {
  const source = partOf(from);
  if (!source) return `${from} belongs to no part of the layer map (architecture.js)`;
  if (source.imports === 'any') return undefined;
  if (packageName !== undefined) {
    const banned = source.forbiddenPackages?.find((p) => packageName === p || packageName.startsWith(`${p}/`));
    return banned === undefined ? undefined : `${source.name} (${source.job}) may not import ${banned}; see docs/architecture.md`;
  }
  if (to === undefined) return undefined;
  const target = partOf(to);
  if (!target) return `${to} belongs to no part of the layer map (architecture.js)`;
  if (target === source) return undefined;
  const allowed = source.imports.some((a) => {
    if (typeof a === 'string') return a === target.name;
    return a.part === target.name && (!a.files || a.files.includes(to)) && (!a.types || typeOnly);
  });
  if (allowed) return undefined;
  return `${source.name} may not import ${typeOnly ? 'types from ' : ''}${to} (${target.name}): ${source.name} may import ${describeImports(source)}; see docs/architecture.md`;
}

/**
 * @param {Part} part
 * @returns {string}
 */
export function describeImports(part) {
  if (part.imports === 'any') return 'anything';
  if (part.imports.length === 0) return 'nothing';
  return part.imports.map((a) => (typeof a === 'string' ? a : `${a.part}${a.files ? ` (${a.files.join(', ')})` : ''}${a.types ? ' (types only)' : ''}`)).join(', ');
}

export const TABLE_START = '<!-- architecture table: generated from architecture.js -->';
export const TABLE_END = '<!-- end of architecture table -->';

/** The parts as the Markdown table docs/architecture.md holds between TABLE_START and TABLE_END. */
export function renderTable() {
  const escape = (/** @type {string} */ s) => s.replace(/\|/g, '\\|');
  const code = (/** @type {readonly string[]} */ list) => list.map((f) => `\`${f}\``).join(', ');
  const rows = PARTS.map((p) => `| ${p.name} | ${code(p.files)} | ${escape(p.job)} | ${escape(describeImports(p))} | ${p.forbiddenPackages ? (p.forbiddenPackages === NETWORK ? 'the network' : code(p.forbiddenPackages.filter((x) => !NETWORK.includes(x))) + ', the network') : ''} |`);
  return [TABLE_START, '', '| Part | Files | Job | May import | Never imports |', '| --- | --- | --- | --- | --- |', ...rows, '', TABLE_END].join('\n');
}

/**
 * What an import specifier written in `file` names: a repository path (`.js` written for a `.ts` source)
 * or a package. Package names keep the `node:` prefix; bare builtins get it.
 * @param {string} root
 * @param {string} file absolute path of the importing file
 * @param {string} specifier
 * @param {(candidate: string) => boolean} exists
 * @returns {{ readonly to?: string; readonly packageName?: string }}
 */
export function resolveSpecifier(root, file, specifier, exists) {
  if (specifier.startsWith('.')) {
    const absolute = path.resolve(path.dirname(file), specifier);
    const ts = absolute.replace(/\.js$/, '.ts');
    const chosen = absolute !== ts && exists(ts) ? ts : absolute;
    return { to: path.relative(root, chosen).split(path.sep).join('/') };
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  const builtins = new Set(['fs', 'path', 'os', 'url', 'util', 'vm', 'module', 'crypto', 'worker_threads', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls']);
  return { packageName: builtins.has(name) ? `node:${specifier}` : name.startsWith('node:') ? specifier : name };
}
