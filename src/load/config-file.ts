import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT } from './parse.js';
import { locatePath, toPosition, type Path, type Position, type SpanPart } from './positions.js';
import { describeIoError } from './read.js';

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

/** The nearest `.pci-lint.yaml` (or `.yml`) in `cwd` or a parent directory. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
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
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigFileError(`Cannot read config file ${file}: ${describeIoError(error)}.`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new ConfigFileError(`${file}:${at.line}:${at.col}: ${error.message.split('\n')[0] ?? error.message}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new ConfigFileError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
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
