import { styleText } from 'node:util';
import { countBySeverity, type Diagnostic, type Severity } from '../engine/diagnostic.js';
import type { Formatter } from './types.js';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * ESLint-like text: one `file:line:col  severity  message  rule-id` line per finding, files separated
 * by a blank line, a summary at the end. Prints nothing when there is nothing to report.
 */
export const stylish: Formatter = (input, { color }) => {
  // validateStream off: the caller decides about colour (--color, NO_COLOR, TTY), not process.stdout.
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const { diagnostics } = input;
  if (diagnostics.length === 0) return '';

  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

  const blocks: string[] = [];
  for (const list of byFile.values()) {
    const locations = list.map((d) => `${d.file}:${d.line}:${d.column}`);
    const width = Math.max(...locations.map((l) => l.length));
    const lines = list.map((d, i) => {
      const where = (locations[i] ?? '').padEnd(width);
      const from = d.source ? paint('dim', ` [${d.source.template}]`) : '';
      return `${where}  ${paint(SEVERITY_STYLE[d.severity], d.severity.padEnd(7))}  ${d.message}${from}  ${paint('dim', d.ruleId)}`;
    });
    blocks.push(lines.join('\n'));
  }
  const counts = countBySeverity(diagnostics);
  const total = plural(diagnostics.length, 'problem');
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  const summary = paint(summaryStyle, `✖ ${total} (${detail}) in ${plural(byFile.size, 'file')}; checked ${plural(input.fileCount, 'file')} against Kubernetes ${input.target.major}.${input.target.minor}`);
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
};
