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

/**
 * ESLint-like text: one `file:line:col  severity  message  rule-id` line per finding, files separated
 * by a blank line, a summary at the end. Prints nothing when there is nothing to report.
 */
export const stylishChunks: ChunkFormatter = function* (input, { color }) {
  // validateStream off: the caller decides about colour (--color, NO_COLOR, TTY), not process.stdout.
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const counts = { error: 0, warning: 0, info: 0 };
  const files = new Set<string>();
  for (const list of runsOf(input.diagnostics, (d) => d.file)) {
    const file = terminalPath((list[0] as Diagnostic).file);
    const locations = list.map((d) => `${file}:${d.line}:${d.column}`);
    let width = 0;
    for (const l of locations) width = Math.max(width, l.length);
    const lines = list.map((d, i) => {
      counts[d.severity]++;
      const where = (locations[i] ?? '').padEnd(width);
      const from = d.source ? paint('dim', ` [${terminalText(d.source.template)}]`) : '';
      return `${where}  ${paint(SEVERITY_STYLE[d.severity], d.severity.padEnd(7))}  ${terminalText(d.message)}${from}  ${paint('dim', terminalText(d.ruleId))}`;
    });
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
