import type { AnyRule } from '../engine/rule.js';
import { describeRange, formatVersion, inRange, type K8sVersion } from '../k8s/versions.js';

export function ruleListJson(rules: readonly AnyRule[], target: K8sVersion): string {
  const list = rules.map(({ meta }) => ({
    id: meta.id,
    pci: meta.pci,
    severity: meta.severity,
    k8s: { since: meta.k8s?.since ?? null, until: meta.k8s?.until ?? null },
    appliesToTarget: inRange(target, meta.k8s),
    summary: meta.docs.summary,
    hasOptions: meta.options !== undefined,
    requires: meta.requires?.description ?? null,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

export function ruleListText(rules: readonly AnyRule[], target: K8sVersion): string {
  const rows = [
    ['RULE', 'SEVERITY', 'PCI', 'KUBERNETES', 'SUMMARY'],
    ...rules.map(({ meta }) => [
      meta.id,
      meta.severity,
      meta.pci.join(','),
      `${describeRange(meta.k8s)}${inRange(target, meta.k8s) ? '' : ` (off for ${formatVersion(target)})`}`,
      meta.docs.summary,
    ]),
  ];
  const widths = rows[0]?.map((_, col) => rows.reduce((w, r) => Math.max(w, (r[col] ?? '').length), 0)) ?? [];
  const lines = rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0))).join('  '));
  const needing = rules.filter((r) => r.meta.requires);
  const notes = needing.length
    ? `\nThese rules check nothing until configured:\n${needing.map((r) => `  ${r.meta.id}: ${r.meta.requires?.description ?? ''}`).join('\n')}\n`
    : '';
  return `${lines.join('\n')}\n${notes}\n${rules.length} rules; target Kubernetes ${formatVersion(target)}. Details: pci-lint --explain <rule>.\n`;
}

export function explainRule(rule: AnyRule): string {
  const { meta } = rule;
  const lines = [
    `${meta.id}  (PCI ${meta.pci.join(', ')}; default severity ${meta.severity}; Kubernetes ${describeRange(meta.k8s)})`,
    '',
    meta.docs.summary,
    '',
    `Why: ${meta.docs.rationale}`,
    '',
    `Fix: ${meta.docs.fix}`,
  ];
  if (meta.docs.references?.length) lines.push('', 'References:', meta.docs.references.map((r) => `  - ${r}`).join('\n'));
  if (meta.options) lines.push('', `Options (defaults): ${JSON.stringify(meta.options.defaults)}`);
  if (meta.requires) lines.push('', `Needs configuration: ${meta.requires.description}`);
  return `${lines.join('\n')}\n`;
}
