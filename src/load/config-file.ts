import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { yamlPackage } from './yaml-package.js';
import { MAX_ALIAS_COUNT, withoutQuotedText } from './parse.js';
import { locatePath, toPosition, type Path, type Position, type SpanPart } from './positions.js';
import { ReadProblem, readRegularFile } from './read.js';

export const CONFIG_FILE_NAMES = ['.pci-lint.yaml', '.pci-lint.yml'] as const;

/** A configuration file as read: its plain value and a way back from a path in it to a line and column. */
export interface ConfigSource {
  readonly file: string;
  readonly value: unknown;
  /** Position of a path in the file (nearest existing ancestor when the path is missing). */
  position(path: Path, part?: SpanPart): Position | undefined;
}

export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** A configuration file is small; this bounds what a hostile one can make pci-lint read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The repository `cwd` is in: the nearest directory at or above it that holds `.git` (a directory, or the
 * file of a worktree or submodule), else `cwd` itself. Configuration is looked for, and the files it names
 * are read, only inside it.
 */
export function repositoryRoot(cwd: string): string {
  const start = path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (statSync(path.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** The path with every symbolic link resolved, or undefined when it does not exist. */
function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** True when `file`, with its symbolic links resolved, lies inside `root` (also resolved). */
export function isInside(root: string, file: string): boolean {
  const real = realPath(file) ?? path.resolve(file);
  const base = realPath(root) ?? path.resolve(root);
  const rel = path.relative(base, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The nearest `.pci-lint.yaml` (or `.yml`) in `cwd` or a parent directory up to the repository root
 * (never above it: a file in a parent of the checkout belongs to someone else). A candidate that is a
 * symbolic link to somewhere outside the repository is refused, since its content would end up in messages.
 */
export function findConfigFile(cwd: string): string | undefined {
  const root = repositoryRoot(cwd);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (!isFile(candidate)) continue;
      if (!isInside(root, candidate)) throw new ConfigFileError(`Config file ${path.relative(cwd, candidate) || candidate} is a symbolic link to a file outside the repository; refusing to read it.`);
      return candidate;
    }
    if (dir === root || path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and parses a configuration file; syntax errors carry the file's line and column. `shown` is the
 * path used in messages (relative to the working directory).
 */
export function readConfigFile(absolute: string, shown = absolute): ConfigSource {
  const file = shown;
  let text: string;
  try {
    text = readRegularFile(absolute, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    throw new ConfigFileError(`Cannot read config file ${file}: ${error instanceof ReadProblem ? error.message : String(error)}.`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const yaml = yamlPackage();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new ConfigFileError(`${file}:${at.line}:${at.col}: ${withoutQuotedText(error.message.split('\n')[0] ?? error.message)}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new ConfigFileError(`${file}: ${e instanceof Error ? withoutQuotedText(e.message) : String(e)}`);
  }
  return {
    file,
    value: value ?? {},
    position: (p, part) => {
      const found = locatePath(text, doc, p, part);
      return found ? toPosition(lineCounter, found.span) : undefined;
    },
  };
}
