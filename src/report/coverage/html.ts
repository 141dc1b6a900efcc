/**
 * The coverage report as one self-contained HTML file: no script, no external resource (a Content Security
 * Policy forbids loading any), readable on screen and on paper. Everything taken from the input is escaped.
 */
import { INPUT_KINDS } from '../../k8s/input-kinds.js';
import { STATUS_MEANING, STATUSES, type CoverageReport, type FindingRef, type ItemReport, type Status } from './model.js';
import { RULE_DOCS_URL } from '../links.js';
import { fileUri, htmlText as h } from '../escape.js';

const COLOR: Readonly<Record<Status, string>> = {
  fail: '#c62828',
  'not-assessed': '#ef6c00',
  provider: '#1565c0',
  'not-configured': '#6a1b9a',
  off: '#757575',
  pass: '#2e7d32',
  evidence: '#00838f',
};

/** How many failing objects an item lists before pointing to the machine-readable formats. */
const MAX_FINDINGS_PER_ITEM = 200;

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #1b1b1b; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 0; } table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e3e3e3; padding: 4px 6px; } th { background: #f5f5f5; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: anywhere; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
.item { border: 1px solid #ddd; border-left-width: 6px; border-radius: 4px; padding: 10px 12px; margin: 10px 0; break-inside: avoid; }
.muted { color: #555; } .small { font-size: 12px; } ul { margin: 4px 0; padding-left: 20px; }
.legend span { margin-right: 14px; white-space: nowrap; } .chart text { font-size: 12px; fill: #1b1b1b; }
.warn { background: #fff3e0; border: 1px solid #ef6c00; padding: 8px 12px; border-radius: 4px; }
@media print { body { max-width: none; padding: 0; font-size: 11px; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } .item, tr { break-inside: avoid; } }
`;

function badge(status: Status): string {
  return `<span class="status" style="background:${COLOR[status]}">${h(status)}</span>`;
}

function where(file: string, line: number, column: number): string {
  // A relative link to the file, as it was given on the command line: opens the file when the report sits where pci-lint ran.
  return `<a class="mono" href="${h(fileUri(file))}">${h(`${file}:${line}:${column}`)}</a>`;
}

function sectionChart(report: CoverageReport): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 560;
  const max = report.sections.reduce((most, s) => Math.max(most, STATUSES.reduce((n, st) => n + s.counts[st], 0)), 1);
  const rows = report.sections.map((s, i) => {
    const y = i * rowHeight;
    let x = labelWidth;
    const parts: string[] = [];
    for (const st of STATUSES) {
      const n = s.counts[st];
      if (n === 0) continue;
      const w = (n / max) * barWidth;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${COLOR[st]}"><title>${h(`${s.id} ${s.title}: ${n} ${st}`)}</title></rect>`);
      if (w >= 14) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + rowHeight / 2 + 4}" text-anchor="middle" style="fill:#fff">${n}</text>`);
      x += w;
    }
    return `<text x="0" y="${y + rowHeight / 2 + 4}">${h(`${s.id}. ${s.title}`)}</text>${parts.join('')}`;
  });
  const height = report.sections.length * rowHeight;
  return `<svg class="chart" role="img" aria-label="Sub-items per section by status" width="${labelWidth + barWidth + 10}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 10} ${height}">${rows.join('')}</svg>`;
}

function findingRows(findings: readonly FindingRef[]): string {
  const shown = findings.slice(0, MAX_FINDINGS_PER_ITEM);
  const rows = shown.map((f) => `<tr><td>${where(f.file, f.line, f.column)}</td><td>${h(f.object ?? '—')}</td><td><code>${h(f.ruleId)}</code> <span class="small muted">${h(f.severity)}</span></td><td>${h(f.message)}</td></tr>`);
  const more = findings.length > shown.length ? `<p class="small muted">${findings.length - shown.length} more: see <code>--format coverage-json</code> or <code>--format json</code>.</p>` : '';
  return `<table><thead><tr><th style="min-width:11em">Where</th><th>Object</th><th>Rule</th><th>Finding</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

function itemBlock(item: ItemReport): string {
  const checks = item.checks.length
    ? `<table><thead><tr><th>Rule</th><th>Status</th><th>Checked</th><th>Note</th></tr></thead><tbody>${item.checks
        .map(
          (c) =>
            `<tr><td><a href="${h(`${RULE_DOCS_URL}${c.ruleId}.md`)}"><code>${h(c.ruleId)}</code></a><div class="small muted">${h(c.summary)}</div></td><td>${badge(c.status)}${c.findings ? ` <span class="small">${c.findings}</span>` : ''}</td><td class="small">${h(c.checked.map((k) => INPUT_KINDS[k].label).join('; ') || '—')}</td><td class="small">${h(c.note ?? '')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const parts = [
    `<div class="item" id="item-${h(item.id)}" style="border-left-color:${COLOR[item.status]}">`,
    `<h3>${badge(item.status)} ${h(item.id)} ${h(item.title)}</h3>`,
    `<p class="small muted">PCI DSS v4.0.1: ${h(item.requirements.join(', ') || '—')} · ${h(item.coverage === 'automated' ? 'checked from files' : item.coverage === 'partial' ? 'checked in part from files; evidence needed beyond' : 'evidence only')}</p>`,
    checks,
    item.findings.length ? `<p><strong>Failing objects (${item.findings.length})</strong></p>${findingRows(item.findings)}` : '',
    item.supply.length ? `<p><strong>To assess, supply:</strong></p><ul>${item.supply.map((s) => `<li>${h(s)}</li>`).join('')}</ul>` : '',
    item.providerEvidence !== undefined ? `<p><strong>Ask the provider for:</strong> ${h(item.providerEvidence)}</p>` : '',
    item.providerDefaults.length ? `<p class="small"><strong>Provider defaults (published; not a pass):</strong></p><ul class="small">${item.providerDefaults.map((d) => `<li>${h(d.text)} <span class="muted">(${h(d.source)})</span></li>`).join('')}</ul>` : '',
    item.evidence !== undefined ? `<p><strong>Evidence to collect:</strong> ${h(item.evidence)}</p>` : '',
    item.notApplicable.length ? `<p class="small muted">Not applicable to the target version: ${item.notApplicable.map((id) => `<code>${h(id)}</code>`).join(', ')}</p>` : '',
    '</div>',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

export function renderHtml(report: CoverageReport): string {
  const s = report.scope;
  const scopeRows: [string, string][] = [
    ['pci-lint', `${report.tool.version} (${report.totals.findings.error + report.totals.findings.warning + report.totals.findings.info} findings over ${s.files.length} input${s.files.length === 1 ? '' : 's'})`],
    ['Standard', `${report.standard.guidance}; PCI DSS v${report.standard.pciDss}`],
    ['Date', s.date],
    ['Kubernetes target', `${s.targetVersion} (${s.targetFrom === 'input' ? `stated by the input: ${s.targetDetail ?? ''}` : s.targetFrom === 'default' ? 'default: the newest release pci-lint knows; the input states no version' : `from ${s.targetFrom === 'flag' ? '--k8s-version' : 'the configuration file'}`})`],
    ['Platform', `${s.platformTitle} (${s.platformFrom === 'detected' ? 'detected: control-plane files in the input' : s.platformFrom === 'default' ? 'auto' : `from ${s.platformFrom === 'flag' ? '--platform' : 'the configuration file'}`})`],
    ['Pod Security Standards level', s.pssLevel],
    ['Configuration file', s.configFile ? `${s.configFile.path} (sha256 ${s.configFile.sha256})` : 'none'],
    ['Git commit', s.gitCommit ?? 'not in a git repository'],
    ['Input kinds seen', s.inputKinds.map((k) => INPUT_KINDS[k].label).join('; ') || 'none'],
  ];
  const totals = STATUSES.map((st) => `<span>${badge(st)} ${report.totals.items[st]}</span>`).join(' ');
  const sectionTable = `<table><thead><tr><th>Section</th>${STATUSES.map((st) => `<th>${h(st)}</th>`).join('')}</tr></thead><tbody>${report.sections
    .map((sec) => `<tr><td>${h(`${sec.id}. ${sec.title}`)}</td>${STATUSES.map((st) => `<td>${sec.counts[st] || ''}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const bySection = report.sections
    .map((sec) => `<h2 id="section-${h(sec.id)}">${h(`${sec.id}. ${sec.title}`)}</h2>\n${report.items.filter((i) => i.section === sec.id).map(itemBlock).join('\n')}`)
    .join('\n');
  const requirementRows = report.requirements
    .map((r) => `<tr><td class="mono">${h(r.id)}</td><td>${h(r.title)}</td><td>${badge(r.status)}</td><td>${r.items.map((i) => `<a href="#item-${h(i)}">${h(i)}</a>`).join(', ')}</td><td class="small">${r.rules.map((id) => `<code>${h(id)}</code>`).join(', ') || '—'}</td><td>${r.findings || ''}</td></tr>`)
    .join('');
  const evidence = report.evidenceToCollect.map((e) => `<li><a href="#item-${h(e.item)}">${h(e.item)}</a> ${h(e.title)}: <em>${h(e.kind === 'provider' ? 'ask the provider' : e.kind === 'supply' ? 'supply input' : 'collect')}</em> — ${h(e.text)}</li>`).join('');
  const waivers = report.waivers.entries.length
    ? `<table><thead><tr><th>Rule</th><th>Object</th><th>Reason</th><th>Suppression</th><th>Hidden finding</th></tr></thead><tbody>${report.waivers.entries
        .map((w) => `<tr><td><code>${h(w.ruleId)}</code></td><td>${h(w.object ?? '—')}</td><td>${w.reason === null ? '<strong>no reason given</strong>' : h(w.reason)}</td><td>${where(w.file, w.line, w.column)} <span class="small muted">${h(w.kind)}</span></td><td>${where(w.finding.file, w.finding.line, w.finding.column)}<div class="small">${h(w.finding.message)}</div></td></tr>`)
        .join('')}</tbody></table>`
    : '<p>No finding was suppressed.</p>';
  const baseline = report.waivers.baselineFile !== null ? `<p>Baseline <code>${h(report.waivers.baselineFile)}</code> hid <strong>${report.waivers.baselineHidden}</strong> known finding${report.waivers.baselineHidden === 1 ? '' : 's'} (not listed above; they are not counted as failing).</p>` : '<p>No baseline was applied.</p>';
  const unreadable = report.unreadable.length
    ? `<table><thead><tr><th>Where</th><th>Problem</th><th>Message</th></tr></thead><tbody>${report.unreadable.map((u) => `<tr><td>${where(u.file, u.line, u.column)}</td><td><code>${h(u.ruleId)}</code></td><td>${h(u.message)}</td></tr>`).join('')}</tbody></table>`
    : '<p>Every input was read and parsed.</p>';
  const other = report.otherDiagnostics.length ? `<h2 id="other">Other pci-lint diagnostics</h2>${findingRows(report.otherDiagnostics)}` : '';
  const files = `<table><thead><tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr></thead><tbody>${s.files.map((f) => `<tr><td class="mono">${h(f.file)}</td><td>${f.bytes ?? ''}</td><td class="mono">${h(f.sha256 ?? `not read: ${f.problem ?? ''}`)}</td></tr>`).join('')}</tbody></table>`;
  const warnings = report.warnings.length ? `<div class="warn"><strong>Warnings</strong><ul>${report.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul></div>` : '';
  const f = report.totals.findings;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PCI DSS container guidance: coverage report</title>
<style>${CSS}</style>
</head>
<body>
<h1>PCI DSS container guidance: coverage report</h1>
<p class="muted">What this run of pci-lint can vouch for, per guidance sub-item and per PCI DSS v${h(report.standard.pciDss)} requirement. A sub-item passes only where its rules ran on input of the kind they check; nothing is passed by absence.</p>
<p class="small"><a href="#scope">Scope</a> · <a href="#summary">Summary</a> · <a href="#items">Sub-items</a> · <a href="#requirements">By requirement</a> · <a href="#evidence">Evidence to collect</a> · <a href="#waivers">Waiver register</a> · <a href="#unreadable">What could not be read</a> · <a href="#inputs">Inputs</a></p>
${warnings}
<h2 id="scope">Scope</h2>
<table><tbody>${scopeRows.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('')}</tbody></table>
<h2 id="summary">Summary</h2>
<p>${report.items.length} sub-items: ${totals}</p>
<p>Findings: ${f.error} error${f.error === 1 ? '' : 's'}, ${f.warning} warning${f.warning === 1 ? '' : 's'}, ${f.info} info; ${report.waivers.entries.length} suppressed, ${report.waivers.baselineHidden} hidden by a baseline; ${report.unreadable.length} input problem${report.unreadable.length === 1 ? '' : 's'}.</p>
${sectionChart(report)}
${sectionTable}
<p class="legend small">${STATUSES.map((st) => `<span>${badge(st)} ${h(STATUS_MEANING[st])}</span>`).join('<br>')}</p>
<p class="small muted">A sub-item takes the first status any of its rules has, in the order fail, not-assessed, provider, not-configured, off, pass: it passes only when every rule of it ran on its input and found nothing. Sub-items without rules are evidence. A finding counts once, under exactly the sub-items its rule names.</p>
<h2 id="items">Sub-items</h2>
${bySection}
<h2 id="requirements">By PCI DSS v${h(report.standard.pciDss)} requirement</h2>
<table><thead><tr><th>Requirement</th><th>What it asks (shortened)</th><th>Status</th><th>Sub-items</th><th>Rules</th><th>Findings</th></tr></thead><tbody>${requirementRows}</tbody></table>
<h2 id="evidence">Evidence to collect</h2>
<ul>${evidence}</ul>
<h2 id="waivers">Waiver register</h2>
${waivers}
${baseline}
<h2 id="unreadable">What could not be read</h2>
${unreadable}
${other}
<h2 id="inputs">Inputs</h2>
${files}
</body>
</html>
`;
}
