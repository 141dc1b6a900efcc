import { styleText } from 'node:util';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { runsOf } from './json-array.js';
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

/** A file's findings, object by object in the order each object is first reported; file-level ones first. */
function byObject(list: readonly Diagnostic[]): [heading: string | undefined, findings: Diagnostic[]][] {
  const groups = new Map<string | undefined, Diagnostic[]>([[undefined, []]]);
  for (const d of list) {
    const key = objectHeading(d);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return [...groups].filter(([, findings]) => findings.length > 0);
}

/**
 * Text for people: per file, each object's findings under a heading (`Deployment shop/frontend`, with the
 * Helm template or kustomize source it was rendered from), one `file:line:col  severity  message  rule-id`
 * line per finding (the location stays whole, so terminals and editors can jump to it), files separated by
 * a blank line, a summary at the end. Messages only: the fix is in json, sarif, annotations and --explain.
 * Prints nothing when there is nothing to report.
 */
export const stylishChunks: ChunkFormatter = function* (input, { color }) {
  // validateStream off: the caller decides about colour (--color, NO_COLOR, TTY), not process.stdout.
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const counts = { error: 0, warning: 0, info: 0 };
  const files = new Set<string>();
  for (const list of runsOf(input.diagnostics, (d) => d.file)) {
    const file = terminalPath((list[0] as Diagnostic).file);
    let width = 0;
    for (const d of list) width = Math.max(width, `${file}:${d.line}:${d.column}`.length);
    const lines: string[] = [];
    for (const [heading, findings] of byObject(list)) {
      const indent = heading === undefined ? '' : '  ';
      if (heading !== undefined) {
        const source = (findings[0] as Diagnostic).source;
        lines.push(`${paint('bold', terminalText(heading))}${source ? paint('dim', `  from ${terminalText(source.template)}`) : ''}`);
      }
      for (const d of findings) {
        counts[d.severity]++;
        const where = `${file}:${d.line}:${d.column}`.padEnd(width);
        // Under a heading the source is said once; a file-level finding says its own.
        const from = heading === undefined && d.source ? paint('dim', ` [${terminalText(d.source.template)}]`) : '';
        lines.push(`${indent}${where}  ${paint(SEVERITY_STYLE[d.severity], d.severity.padEnd(7))}  ${terminalText(d.message)}${from}  ${paint('dim', terminalText(d.ruleId))}`);
      }
    }
    yield `${files.size > 0 ? '\n\n' : ''}${lines.join('\n')}`;
    for (const d of list) files.add(d.file);
  }
  if (files.size === 0) return;
  const total = plural(counts.error + counts.warning + counts.info, 'problem');
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  yield `\n\n${paint(summaryStyle, `✖ ${total} (${detail}) in ${plural(files.size, 'file')}; checked ${plural(input.fileCount, 'file')} against Kubernetes ${input.target.major}.${input.target.minor}`)}\n`;
};

export const stylish = joined(stylishChunks);
