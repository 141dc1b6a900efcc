import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CORE_DIAGNOSTICS, isCoreDiagnosticId } from '../engine/core-ids.js';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import type { AnyRule } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { RULE_DOCS_URL, TOOL_URL } from './links.js';
import { fileUri, jsonText, sarifMessage } from './escape.js';
import { jsonArrayChunks, mapped } from './json-array.js';
import { joined, type ChunkFormatter } from './types.js';

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
    properties: {
      tags: ['security', 'kubernetes', ...meta.pci.map((s) => `PCI container guidance ${s}`), ...meta.requirements.map((r) => `PCI-DSS-v4.0.1 ${r}`)],
      precision: 'high',
      pci: meta.pci,
      requirements: meta.requirements,
    },
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

const RESULTS_PLACEHOLDER = 'pci-lint:results';

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run, a rule descriptor for every
 * rule (with PCI tags) and any other id reported, results with exact regions and stable partial
 * fingerprints. Two passes: the descriptors the results point at come first.
 */
export const sarifChunks: ChunkFormatter = function* (input) {
  const byId = new Map((input.rules ?? []).map((r) => [r.meta.id, r] as const));
  const descriptors: ReportingDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const describe = (ruleId: string): void => {
    if (indexOf.has(ruleId)) return;
    const rule = byId.get(ruleId);
    descriptors.push(rule ? ruleDescriptor(rule) : isCoreDiagnosticId(ruleId) ? coreDescriptor(ruleId) : { id: ruleId });
    indexOf.set(ruleId, descriptors.length - 1);
  };
  // Describe every rule, reported or not, so viewers can show the full rule set; then any others seen.
  for (const rule of [...byId.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) describe(rule.meta.id);
  for (const d of input.diagnostics) describe(d.ruleId);

  const toResult = (d: Diagnostic): Result => {
    const name = logicalName(d);
    return {
      ruleId: d.ruleId,
      ruleIndex: indexOf.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: { text: sarifMessage(d.source ? `${d.message} (rendered from ${d.source.template})` : d.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
          ...(name !== undefined && { logicalLocations: [{ name, fullyQualifiedName: name, kind: 'object' }] }),
        },
      ],
      partialFingerprints: { 'pciLint/v1': fingerprintOf(d) },
      ...((d.pci.length > 0 || d.requirements.length > 0) && {
        properties: { pci: d.pci, requirements: d.requirements, tags: d.requirements.map((r) => `PCI-DSS-v4.0.1 ${r}`) },
      }),
    };
  };

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pci-lint', semanticVersion: VERSION, version: VERSION, informationUri: TOOL_URL, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        // Replaced by the results, written one at a time.
        results: RESULTS_PLACEHOLDER as unknown as Result[],
        properties: { kubernetesTarget: `${input.target.major}.${input.target.minor}` },
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const at = text.indexOf(`"${RESULTS_PLACEHOLDER}"`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart, at))?.[0] ?? '';
  yield jsonText(text.slice(0, at));
  for (const chunk of jsonArrayChunks(mapped(input.diagnostics, toResult), indent)) yield jsonText(chunk);
  yield `${jsonText(text.slice(at + RESULTS_PLACEHOLDER.length + 2))}\n`;
};

export const sarif = joined(sarifChunks);
