import { builtinRules } from '../rules/index.js';
import type { Diagnostic } from './engine/diagnostic.js';
import type { AnyRule } from './engine/rule.js';
import { createSession, finishProject, lintSource, loadProblemResult, lintSources, type FileResult } from './engine/runner.js';
import type { LintSettings } from './engine/settings.js';
import { DEFAULT_TARGET, type K8sVersion } from './k8s/versions.js';
import { discoverFiles } from './load/discover.js';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile, readStdin } from './load/read.js';
import type { LoadResult } from './load/source.js';

export interface LintOptions extends LintSettings {
  /** Directory paths are resolved against and shown relative to; defaults to `process.cwd()`. */
  readonly cwd?: string;
  /** Files larger than this are skipped with a `file-too-large` diagnostic. */
  readonly maxFileBytes?: number;
  /** Extra ignore globs on top of .gitignore. */
  readonly ignore?: readonly string[];
  /**
   * Read from here when an input is `-`; defaults to `process.stdin`. Any async iterable of chunks (a Node
   * stream is one), typed without Node's globals so the published declarations need no @types/node.
   */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** The rules to choose from; defaults to every built-in rule. */
  readonly registry?: readonly AnyRule[];
}

export interface LintResult {
  readonly diagnostics: Diagnostic[];
  /** How many files (and standard input) were read. */
  readonly fileCount: number;
  /** The files read, as shown in diagnostics. */
  readonly files: string[];
  readonly target: K8sVersion;
  /** Inputs that named no file: missing paths and globs without a match. */
  readonly unmatched: string[];
  /** Ids of enabled rules that checked nothing because they need configuration. */
  readonly unconfigured: string[];
}

/** Discovers, reads and lints files from disk. Rejects only with a ConfigError for bad settings. */
export async function lint(inputs: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const session = createSession(options.registry ?? builtinRules, options);
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const discovery = await discoverFiles(inputs.length > 0 ? inputs : ['.'], { cwd, ...(options.ignore && { ignore: options.ignore }) });

  const results: FileResult[] = [];
  const consume = (loaded: LoadResult) => results.push(loaded.ok ? lintSource(session, loaded.source) : loadProblemResult(loaded.problem));
  if (discovery.stdin) consume(await readStdin(options.stdin ?? process.stdin, maxBytes));
  // One file at a time: a file's YAML tree is dropped as soon as it has been linted.
  for (const file of discovery.files) consume(await readSourceFile(file.path, file.displayPath, maxBytes));

  return {
    diagnostics: finishProject(session, results),
    fileCount: results.length,
    files: results.map((r) => r.file),
    target: session.target,
    unmatched: discovery.unmatched,
    unconfigured: session.unconfigured.map((r) => r.meta.id),
  };
}

export interface LintTextOptions extends LintSettings {
  /** Path shown in diagnostics; defaults to `<text>`. */
  readonly file?: string;
  readonly registry?: readonly AnyRule[];
}

/** Lints manifest text held in memory. Pure: no file or network access. */
export function lintText(text: string, options: LintTextOptions = {}): Diagnostic[] {
  const session = createSession(options.registry ?? builtinRules, options);
  return lintSources(session, [{ file: options.file ?? '<text>', text }]);
}

export { DEFAULT_TARGET };
