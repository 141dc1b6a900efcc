/** Runs the CLI in-process with collected stdout/stderr, and parses stylish output lines. */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run, type CliIo } from '../../src/cli/main.js';
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../../src/engine/rule.js';

export const FOUNDATION_RULES = builtinRules.filter((r) => ['automount-service-account-token', 'image-digest', 'privileged-container'].includes(r.meta.id));

/** The repository root: the CLI tests run with it as the working directory, so paths print as `examples/...`. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunCliOptions {
  /** Text on standard input; none (an empty stream) by default. */
  readonly stdin?: string;
  /** The environment the CLI sees; empty by default, so NO_COLOR or FORCE_COLOR of the test runner never leak in. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout claims to be a terminal. */
  readonly isTTY?: boolean;
  readonly cwd?: string;
  /**
   * The rule set. Defaults to the three foundation rules so that these CLI tests, which test the CLI and not
   * the rules, keep their exact expectations while rule packs grow; pass `builtinRules` to run everything.
   */
  readonly registry?: readonly AnyRule[];
}

export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
      isTTY: options.isTTY ?? false,
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    registry: options.registry ?? FOUNDATION_RULES,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export interface StylishLine {
  readonly text: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly message: string;
  readonly ruleId: string;
  /** Index in `text` where the severity column starts (same for every line of one file's block). */
  readonly severityAt: number;
  /** The heading of the object the finding is listed under (`Deployment shop/web  from …`), if any. */
  readonly heading?: string;
}

/** `file:line:col  severity  message  rule-id`: two or more spaces between columns. */
const LINE = /^(?<file>\S+):(?<line>\d+):(?<column>\d+)(?<pad> {2,})(?<severity>error|warning|info) +(?<message>\S.*?) {2}(?<ruleId>[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** An object's heading in a stylish report: `Deployment shop/web`, maybe `  from chart/templates/x.yaml`. */
export const STYLISH_HEADING = /^[A-Z][A-Za-z0-9]* (?:\S+|\(unnamed\))(?: {2}from \S.*)?$/;

/** One finding line; the two-space indent of findings under an object's heading is not part of `text`. */
export function parseStylishLine(line: string): StylishLine | undefined {
  const text = line.replace(/^ {2}(?=\S)/, '');
  const match = LINE.exec(text);
  const g = match?.groups;
  if (!g) return undefined;
  return {
    text,
    file: g.file!,
    line: Number(g.line),
    column: Number(g.column),
    severity: g.severity!,
    message: g.message!,
    ruleId: g.ruleId!,
    severityAt: text.indexOf(g.severity!, g.file!.length + g.line!.length + g.column!.length + 2),
  };
}

/** Every finding line of a stylish report (not the headings, the blank separators or the summary). */
export function findings(stdout: string): StylishLine[] {
  const found: StylishLine[] = [];
  let heading: string | undefined;
  for (const l of stdout.split('\n')) {
    if (l === '') heading = undefined;
    else if (STYLISH_HEADING.test(l)) heading = l;
    else if (/^(?: {2})?\S+:\d+:\d+ /.test(l)) {
      const parsed = parseStylishLine(l);
      if (!parsed) throw new Error(`Not a stylish finding line: ${JSON.stringify(l)}`);
      found.push(l.startsWith('  ') && heading !== undefined ? { ...parsed, heading } : parsed);
    }
  }
  return found;
}

/** `file:line:col rule-id` keys, handy for `toContain` checks. */
export function locations(stdout: string): string[] {
  return findings(stdout).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
}

export const ANSI = '\u001b[';
