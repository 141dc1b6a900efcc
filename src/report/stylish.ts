import { styleText } from 'node:util';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { terminalPath, terminalText } from './escape.js';
import { joined, type ChunkFormatter } from './types.js';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `Deployment shop/frontend`, `ClusterRole admin`; the key that groups one object's findings. */
function objectHeading(d: Diagnostic): string | undefined {
  const r = d.resource;
  if (!r) return undefined;
  const name = r.name === undefined ? '(unnamed)' : `${r.namespace === undefined ? '' : `${r.namespace}/`}${r.name}`;
  return `${r.kind} ${name}`;
}

/** Lines written together: small pieces (about 50 kB), never one string per file. */
const BATCH = 256;

/** What the first pass learns of a run of one file's findings: the location column's width, each object's count. */
interface FileRun {
  width: number;
  /** Findings per object heading, in the order each object is first reported; file-level ones (undefined) first. */
  readonly counts: Map<string | undefined, number>;
}

/**
 * Text for people: per file, each object's findings under a heading (`Deployment shop/frontend`, with the
 * Helm template or kustomize source it was rendered from), one `file:line:col  severity  message  rule-id`
 * line per finding (the location stays whole, so terminals and editors can jump to it), files separated by
 * a blank line, a summary at the end. Messages only: the fix is in json, sarif, annotations and --explain.
 * Prints nothing when there is nothing to report. Two passes: the first finds each file's column width and
 * its objects' order, the second writes the lines a batch at a time (an object's findings reported out of
 * its turn wait until it comes), so a file with very many findings is never one array or string.
 */
export const stylishChunks: ChunkFormatter = function* (input, { color }) {
  // validateStream off: the caller decides about colour (--color, NO_COLOR, TTY), not process.stdout.
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const counts = { error: 0, warning: 0, info: 0 };
  const files = new Set<string>();
  const runs: FileRun[] = [];
  let run: FileRun | undefined;
  let open: string | undefined;
  let shown = '';
  for (const d of input.diagnostics) {
    if (!run || d.file !== open) {
      runs.push((run = { width: 0, counts: new Map([[undefined, 0]]) }));
      open = d.file;
      shown = terminalPath(d.file);
      files.add(d.file);
    }
    run.width = Math.max(run.width, `${shown}:${d.line}:${d.column}`.length);
    const key = objectHeading(d);
    run.counts.set(key, (run.counts.get(key) ?? 0) + 1);
    counts[d.severity]++;
  }
  if (files.size === 0) return;

  let out: string[] = [];
  let first = true;
  let at = -1;
  let groups: (string | undefined)[] = [];
  let placeOf = new Map<string | undefined, number>();
  let left: number[] = [];
  let waiting = new Map<number, string[]>();
  let next = 0;
  let width = 0;
  open = undefined;
  const take = (): string => {
    const text = `${first ? (at > 0 ? '\n\n' : '') : '\n'}${out.join('\n')}`;
    first = false;
    out = [];
    return text;
  };
  for (const d of input.diagnostics) {
    if (at < 0 || d.file !== open) {
      if (out.length > 0) yield take();
      at++;
      const current = runs[at] as FileRun;
      groups = [...current.counts].filter(([, n]) => n > 0).map(([heading]) => heading);
      placeOf = new Map(groups.map((heading, i) => [heading, i]));
      left = groups.map((heading) => current.counts.get(heading) ?? 0);
      waiting = new Map();
      next = 0;
      width = current.width;
      open = d.file;
      shown = terminalPath(d.file);
      first = true;
    }
    const heading = objectHeading(d);
    const place = placeOf.get(heading) ?? 0;
    let lines = out;
    if (place !== next) {
      lines = waiting.get(place) ?? [];
      waiting.set(place, lines);
    }
    const total = (runs[at] as FileRun).counts.get(heading) ?? 0;
    if (heading !== undefined && left[place] === total) {
      lines.push(`${paint('bold', terminalText(heading))}${d.source ? paint('dim', `  from ${terminalText(d.source.template)}`) : ''}`);
    }
    const indent = heading === undefined ? '' : '  ';
    const where = `${shown}:${d.line}:${d.column}`.padEnd(width);
    // Under a heading the source is said once; a file-level finding says its own.
    const from = heading === undefined && d.source ? paint('dim', ` [${terminalText(d.source.template)}]`) : '';
    lines.push(`${indent}${where}  ${paint(SEVERITY_STYLE[d.severity], d.severity.padEnd(7))}  ${terminalText(d.message)}${from}  ${paint('dim', terminalText(d.ruleId))}`);
    left[place] = (left[place] ?? 1) - 1;
    // The object in turn is done: the next ones take their turn, with what they have waiting.
    while (next < groups.length && left[next] === 0) {
      next++;
      const held = waiting.get(next);
      if (held) {
        for (const line of held) out.push(line);
        waiting.delete(next);
      }
    }
    if (out.length >= BATCH) yield take();
  }
  if (out.length > 0) yield take();
  const total = plural(counts.error + counts.warning + counts.info, 'problem');
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  yield `\n\n${paint(summaryStyle, `✖ ${total} (${detail}) in ${plural(files.size, 'file')}; checked ${plural(input.fileCount, 'file')} against Kubernetes ${input.target.major}.${input.target.minor}`)}\n`;
};

export const stylish = joined(stylishChunks);
