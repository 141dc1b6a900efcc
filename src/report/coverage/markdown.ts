/** The coverage report as Markdown (GitHub-flavoured): the same model and sections as the HTML. */
import { INPUT_KINDS } from '../../k8s/input-kinds.js';
import { STATUS_MEANING, STATUSES, type CoverageReport, type ItemReport } from './model.js';
import { RULE_DOCS_URL } from '../links.js';
import { fileUri, markdownText as m } from '../escape.js';

const MAX_FINDINGS_PER_ITEM = 200;

function at(file: string, line: number, column: number): string {
  // fileUri percent-encodes each segment but leaves ( and ): encoded too, they cannot end the link target early.
  return `[${m(`${file}:${line}:${column}`)}](${fileUri(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)})`;
}

function item(i: ItemReport): string[] {
  const lines = [`### ${i.id} ${m(i.title)}: **${i.status}**`, '', `PCI DSS v4.0.1: ${i.requirements.join(', ') || '—'}`, ''];
  if (i.checks.length) {
    lines.push('| Rule | Status | Findings | Note |', '|---|---|---|---|');
    for (const c of i.checks) lines.push(`| [\`${c.ruleId}\`](${RULE_DOCS_URL}${c.ruleId}.md) | ${c.status} | ${c.findings || ''} | ${m(c.note ?? '')} |`);
    lines.push('');
  }
  if (i.findings.length) {
    lines.push(`Failing objects (${i.findings.length}):`, '');
    for (const f of i.findings.slice(0, MAX_FINDINGS_PER_ITEM)) lines.push(`- ${at(f.file, f.line, f.column)} ${f.object !== undefined ? `${m(f.object)} ` : ''}\`${f.ruleId}\` (${f.severity}): ${m(f.message)}`);
    if (i.findings.length > MAX_FINDINGS_PER_ITEM) lines.push(`- … ${i.findings.length - MAX_FINDINGS_PER_ITEM} more (see --format coverage-json)`);
    lines.push('');
  }
  if (i.supply.length) {
    lines.push('To assess, supply:', '');
    for (const s of i.supply) lines.push(`- ${m(s)}`);
    lines.push('');
  }
  if (i.providerEvidence !== undefined) lines.push(`Ask the provider for: ${m(i.providerEvidence)}`, '');
  for (const d of i.providerDefaults) lines.push(`- Provider default (published; not a pass): ${m(d.text)} (${m(d.source)})`);
  if (i.providerDefaults.length) lines.push('');
  if (i.evidence !== undefined) lines.push(`Evidence to collect: ${m(i.evidence)}`, '');
  if (i.notApplicable.length) lines.push(`Not applicable to the target version: ${i.notApplicable.map((id) => `\`${id}\``).join(', ')}`, '');
  return lines;
}

export function renderMarkdown(report: CoverageReport): string {
  const s = report.scope;
  const lines: string[] = [
    '# PCI DSS container guidance: coverage report',
    '',
    `What this run of pci-lint can vouch for, per guidance sub-item and per PCI DSS v${report.standard.pciDss} requirement. A sub-item passes only where its rules ran on input of the kind they check.`,
    '',
  ];
  if (report.warnings.length) {
    lines.push('> **Warnings**');
    for (const w of report.warnings) lines.push(`> - ${m(w)}`);
    lines.push('');
  }
  lines.push(
    '## Scope',
    '',
    '| | |',
    '|---|---|',
    `| pci-lint | ${m(report.tool.version)} |`,
    `| Date | ${m(s.date)} |`,
    `| Kubernetes target | ${s.targetVersion} (${s.targetFrom === 'input' ? `stated by the input: ${m(s.targetDetail ?? '')}` : s.targetFrom === 'default' ? 'default; the input states no version' : s.targetFrom === 'flag' ? '--k8s-version' : 'configuration file'}) |`,
    `| Platform | ${m(s.platformTitle)} (${s.platformFrom}) |`,
    `| Pod Security Standards level | ${s.pssLevel} |`,
    `| Configuration file | ${s.configFile ? `${m(s.configFile.path)} (sha256 ${s.configFile.sha256})` : 'none'} |`,
    `| Git commit | ${s.gitCommit ?? 'not in a git repository'} |`,
    `| Input kinds seen | ${m(s.inputKinds.map((k) => INPUT_KINDS[k].label).join('; ') || 'none')} |`,
    '',
    '## Summary',
    '',
    `${report.items.length} sub-items: ${STATUSES.map((st) => `${report.totals.items[st]} ${st}`).join(', ')}. Findings: ${report.totals.findings.error} errors, ${report.totals.findings.warning} warnings, ${report.totals.findings.info} info; ${report.waivers.entries.length} suppressed; ${report.waivers.baselineHidden} hidden by a baseline.`,
    '',
    `| Section | ${STATUSES.join(' | ')} |`,
    `|---|${STATUSES.map(() => '---').join('|')}|`,
  );
  for (const sec of report.sections) lines.push(`| ${sec.id}. ${m(sec.title)} | ${STATUSES.map((st) => String(sec.counts[st] || '')).join(' | ')} |`);
  lines.push('');
  for (const st of STATUSES) lines.push(`- **${st}**: ${STATUS_MEANING[st]}`);
  lines.push('', '## Sub-items', '');
  for (const sec of report.sections) {
    lines.push(`### Section ${sec.id}. ${m(sec.title)}`, '');
    for (const i of report.items.filter((x) => x.section === sec.id)) for (const line of item(i)) lines.push(line);
  }
  lines.push(`## By PCI DSS v${report.standard.pciDss} requirement`, '', '| Requirement | What it asks (shortened) | Status | Sub-items | Rules | Findings |', '|---|---|---|---|---|---|');
  for (const r of report.requirements) lines.push(`| ${r.id} | ${m(r.title)} | ${r.status} | ${r.items.join(', ')} | ${r.rules.map((id) => `\`${id}\``).join(', ') || '—'} | ${r.findings || ''} |`);
  lines.push('', '## Evidence to collect', '');
  for (const e of report.evidenceToCollect) lines.push(`- **${e.item} ${m(e.title)}** (${e.kind === 'provider' ? 'ask the provider' : e.kind === 'supply' ? 'supply input' : 'collect'}): ${m(e.text)}`);
  lines.push('', '## Waiver register', '');
  if (report.waivers.entries.length === 0) lines.push('No finding was suppressed.');
  else {
    lines.push('| Rule | Object | Reason | Suppression | Hidden finding |', '|---|---|---|---|---|');
    for (const w of report.waivers.entries) lines.push(`| \`${w.ruleId}\` | ${m(w.object ?? '—')} | ${w.reason === null ? '**no reason given**' : m(w.reason)} | ${at(w.file, w.line, w.column)} (${w.kind}) | ${at(w.finding.file, w.finding.line, w.finding.column)} ${m(w.finding.message)} |`);
  }
  lines.push('', report.waivers.baselineFile !== null ? `Baseline ${m(report.waivers.baselineFile)} hid ${report.waivers.baselineHidden} known findings (not counted as failing).` : 'No baseline was applied.', '');
  lines.push('## What could not be read', '');
  if (report.unreadable.length === 0) lines.push('Every input was read and parsed.');
  for (const u of report.unreadable) lines.push(`- ${at(u.file, u.line, u.column)} \`${u.ruleId}\`: ${m(u.message)}`);
  if (report.otherDiagnostics.length) {
    lines.push('', '## Other pci-lint diagnostics', '');
    for (const d of report.otherDiagnostics) lines.push(`- ${at(d.file, d.line, d.column)} \`${d.ruleId}\`: ${m(d.message)}`);
  }
  lines.push('', '## Inputs', '', '| File | Bytes | SHA-256 |', '|---|---|---|');
  for (const f of s.files) lines.push(`| ${m(f.file)} | ${f.bytes ?? ''} | ${f.sha256 ?? `not read: ${m(f.problem ?? '')}`} |`);
  lines.push('');
  return lines.join('\n');
}
