import { SEVERITIES, type Diagnostic, type Severity } from '../engine/diagnostic.js';
import { formatVersion } from '../k8s/versions.js';
import { markdownText, terminalPath, terminalText } from './escape.js';
import { RULE_DOCS_URL } from './links.js';
import { joined, type ChunkFormatter, type ReportInput } from './types.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub keeps at most 10 annotations of each type (error, warning, notice) from one step, and 50 from a
 * job; it drops the rest without a word. (GitHub Docs, "Workflow commands for GitHub Actions", on the
 * error, warning and notice commands.)
 */
export const ANNOTATIONS_PER_TYPE = 10;

// GitHub's workflow-command escaping: data escapes %, CR and LF; property values also escape : and ,.
// terminalText first: no control character, markup or command marker from the input reaches the log.
function escapeData(text: string, inert: (text: string) => string = terminalText): string {
  return inert(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string, inert: (text: string) => string = terminalText): string {
  return escapeData(text, inert).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic): string {
  const props = [
    `file=${escapeProperty(d.file, terminalPath)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(`pci-lint ${d.ruleId}${d.pci.length ? ` (PCI ${d.pci.join(', ')})` : ''}`)}`,
  ];
  const from = d.source ? ` [${d.source.template}]` : '';
  // The annotation is all a reviewer sees: the fix goes with the message.
  const fix = d.fix === undefined ? '' : ` ${d.fix}`;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message + fix + from)}\n`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The first `cap` findings of each severity in the input's order (file, then position), and how many
 * there are of each: one pass, holding no more than `cap` findings per severity.
 */
function firstOfEach(diagnostics: Iterable<Diagnostic>, cap: number): { first: Record<Severity, Diagnostic[]>; counts: Record<Severity, number> } {
  const first: Record<Severity, Diagnostic[]> = { error: [], warning: [], info: [] };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    counts[d.severity]++;
    if (first[d.severity].length < cap) first[d.severity].push(d);
  }
  return { first, counts };
}

/**
 * GitHub Actions workflow commands: findings become annotations on the pull request's diff, the most
 * severe first and at most 10 of each type (what GitHub keeps from a step), each type in file and
 * position order. When there are more, one plain log line says how many were not annotated.
 */
export const githubChunks: ChunkFormatter = function* (input) {
  const { first, counts } = firstOfEach(input.diagnostics, ANNOTATIONS_PER_TYPE);
  for (const severity of SEVERITIES) for (const d of first[severity]) yield annotation(d);
  const left = SEVERITIES.map((s) => ({ s, n: counts[s] - first[s].length })).filter((x) => x.n > 0);
  if (left.length === 0) return;
  const total = left.reduce((sum, x) => sum + x.n, 0);
  const what = left.map((x) => (x.s === 'info' ? `${x.n} info` : plural(x.n, x.s))).join(', ');
  yield `pci-lint: ${plural(total, 'more finding')} not annotated (${what}): GitHub shows at most ${ANNOTATIONS_PER_TYPE} annotations of each type per step. Run pci-lint with --format sarif or --format json for the full list.\n`;
};

export const github = joined(githubChunks);

/** Findings listed in the job summary; the counts above the table cover all of them. */
export const SUMMARY_FINDINGS = 100;
/** Rules listed under "Top rules". */
export const SUMMARY_RULES = 10;

const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A rule id as Markdown: a code span linking to its page when it is a plain id, escaped text otherwise. */
function ruleCell(ruleId: string, documented: boolean): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(ruleId)) return markdownText(ruleId);
  return documented ? `[\`${ruleId}\`](${RULE_DOCS_URL}${ruleId}.md)` : `\`${ruleId}\``;
}

/**
 * A GitHub Actions job summary of a run (for `$GITHUB_STEP_SUMMARY`): counts per severity, the rules
 * with most findings, and the findings, most severe first, up to SUMMARY_FINDINGS. Everything from the
 * input is escaped for Markdown. Pure; one pass over the findings.
 */
export function githubSummary(input: ReportInput): string {
  const first: Record<Severity, Diagnostic[]> = { error: [], warning: [], info: [] };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  const files = new Set<string>();
  for (const d of input.diagnostics) {
    counts[d.severity]++;
    if (first[d.severity].length < SUMMARY_FINDINGS) first[d.severity].push(d);
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    files.add(d.file);
  }
  const total = counts.error + counts.warning + counts.info;
  const documented = new Set((input.rules ?? []).map((r) => r.meta.id));
  const lines = ['## pci-lint', ''];
  const checked = `${plural(input.fileCount, 'file')} checked against Kubernetes ${formatVersion(input.target)}`;
  if (total === 0) {
    lines.push(`No findings: ${checked}.`, '');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${counts.error > 0 ? `**${plural(counts.error, 'error')}**` : '0 errors'}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${plural(files.size, 'file')}; ${checked}.`,
    '',
    '| Severity | Findings |',
    '|---|---:|',
    `| Error | ${counts.error} |`,
    `| Warning | ${counts.warning} |`,
    `| Info | ${counts.info} |`,
    '',
    '### Top rules',
    '',
    '| Rule | Findings |',
    '|---|---:|',
  );
  const top = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, SUMMARY_RULES);
  for (const [ruleId, n] of top) lines.push(`| ${ruleCell(ruleId, documented.has(ruleId))} | ${n} |`);
  if (byRule.size > top.length) lines.push('', `${plural(byRule.size - top.length, 'more rule')} with findings not listed.`);
  lines.push('', '### Findings', '', '| Severity | Location | Rule | Message |', '|---|---|---|---|');
  let listed = 0;
  for (const severity of SEVERITIES) {
    for (const d of first[severity]) {
      if (listed === SUMMARY_FINDINGS) break;
      const from = d.source ? ` [${d.source.template}]` : '';
      lines.push(`| ${SEVERITY_TITLE[d.severity]} | ${markdownText(`${d.file}:${d.line}:${d.column}`)} | ${ruleCell(d.ruleId, documented.has(d.ruleId))} | ${markdownText(d.message + from)} |`);
      listed++;
    }
  }
  if (total > listed) lines.push('', `${plural(total - listed, 'more finding')} not listed here (the most severe come first); run pci-lint with \`--format sarif\` or \`--format json\` for the full list.`);
  return `${lines.join('\n')}\n\n`;
}
