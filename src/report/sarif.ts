import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CORE_DIAGNOSTICS, isCoreDiagnosticId } from '../engine/core-ids.js';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import type { AnyRule } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { RULE_DOCS_URL, TOOL_URL } from './links.js';
import type { Formatter } from './types.js';

const LEVEL: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

function ruleDescriptor(rule: AnyRule): ReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.docs.summary },
    fullDescription: { text: meta.docs.rationale },
    help: { text: `${meta.docs.fix}\n\n${meta.docs.rationale}`, markdown: `**Fix:** ${meta.docs.fix}\n\n**Why:** ${meta.docs.rationale}` },
    helpUri: `${RULE_DOCS_URL}${meta.id}.md`,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['security', 'kubernetes', ...meta.pci.map((s) => `PCI-DSS ${s}`)], precision: 'high' },
  };
}

function coreDescriptor(id: keyof typeof CORE_DIAGNOSTICS): ReportingDescriptor {
  const core = CORE_DIAGNOSTICS[id];
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: core.summary },
    helpUri: TOOL_URL,
    defaultConfiguration: { level: LEVEL[core.severity] },
    properties: { tags: ['pci-lint'] },
  };
}

function logicalName(d: Diagnostic): string | undefined {
  const r = d.resource;
  if (!r) return undefined;
  return [r.kind, r.namespace, r.name].filter((p) => p !== undefined).join('/');
}

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run, a rule descriptor for every
 * rule that reported (with PCI tags), results with exact regions and stable partial fingerprints.
 */
export const sarif: Formatter = (input) => {
  const byId = new Map((input.rules ?? []).map((r) => [r.meta.id, r] as const));
  const descriptors: ReportingDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const descriptorIndex = (ruleId: string): number => {
    let index = indexOf.get(ruleId);
    if (index === undefined) {
      const rule = byId.get(ruleId);
      descriptors.push(rule ? ruleDescriptor(rule) : isCoreDiagnosticId(ruleId) ? coreDescriptor(ruleId) : { id: ruleId });
      index = descriptors.length - 1;
      indexOf.set(ruleId, index);
    }
    return index;
  };
  // Describe every rule, reported or not, so viewers can show the full rule set; then any others seen.
  for (const rule of [...byId.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) descriptorIndex(rule.meta.id);

  const results: Result[] = input.diagnostics.map((d) => {
    const name = logicalName(d);
    const result: Result = {
      ruleId: d.ruleId,
      ruleIndex: descriptorIndex(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.source ? `${d.message} (rendered from ${d.source.template})` : d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
          ...(name !== undefined && { logicalLocations: [{ name, fullyQualifiedName: name, kind: 'object' }] }),
        },
      ],
      partialFingerprints: { 'pciLint/v1': fingerprintOf(d) },
      ...(d.pci.length > 0 && { properties: { pci: d.pci } }),
    };
    return result;
  });

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pci-lint', semanticVersion: VERSION, version: VERSION, informationUri: TOOL_URL, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results,
        properties: { kubernetesTarget: `${input.target.major}.${input.target.minor}` },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
