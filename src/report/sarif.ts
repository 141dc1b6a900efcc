import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CORE_DIAGNOSTICS, isCoreDiagnosticId } from '../engine/core-ids.js';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import type { AnyRule } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { RULE_DOCS_URL, TOOL_URL } from './links.js';
import { fileUri, inert, jsonText, sarifMessage } from './escape.js';
import { jsonArrayChunks, mapped } from './json-array.js';
import { joined, type ChunkFormatter, type SuppressedDiagnostic } from './types.js';

const LEVEL: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * GitHub code scanning's numeric severity of a rule (`security-severity`: critical from 9.0, high from 7.0,
 * medium from 4.0, low below), from its default severity and the one impact fact rules declare: an error
 * rule that implements a Pod Security Standards Baseline check guards against a known privilege
 * escalation to the node, and is critical.
 */
export function securitySeverity(rule: AnyRule): string {
  const { meta } = rule;
  if (meta.severity === 'error') return meta.pss?.level === 'baseline' ? '9.0' : '7.0';
  return meta.severity === 'warning' ? '5.0' : '3.0';
}

/**
 * A rule's display name, distinct from its id as SARIF wants (SARIF1001): the id in PascalCase, with
 * `Check` after a one-word id (whose PascalCase differs from it only in case).
 */
export function ruleName(id: string): string {
  const pascal = id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());
  return pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Check` : pascal;
}

function ruleDescriptor(rule: AnyRule): ReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.docs.summary },
    fullDescription: { text: meta.docs.rationale },
    help: { text: `${meta.docs.fix}\n\n${meta.docs.rationale}`, markdown: `**Fix:** ${meta.docs.fix}\n\n**Why:** ${meta.docs.rationale}` },
    helpUri: `${RULE_DOCS_URL}${meta.id}.md`,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['security', 'kubernetes', ...meta.pci.map((s) => `PCI container guidance ${s}`), ...meta.requirements.map((r) => `PCI-DSS-v4.0.1 ${r}`)],
      precision: 'high',
      'security-severity': securitySeverity(rule),
      pci: meta.pci,
      requirements: meta.requirements,
    },
  };
}

function coreDescriptor(id: keyof typeof CORE_DIAGNOSTICS): ReportingDescriptor {
  const core = CORE_DIAGNOSTICS[id];
  const why = 'pci-lint reports this itself; it cannot be turned off or suppressed.';
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: core.summary },
    // GitHub code scanning wants a full description and help on every rule.
    fullDescription: { text: `${core.summary} ${why}` },
    help: { text: `${core.summary} ${why}`, markdown: `${core.summary} ${why}` },
    helpUri: TOOL_URL,
    defaultConfiguration: { level: LEVEL[core.severity] },
    properties: { tags: ['pci-lint'] },
  };
}

/** A rule id that is neither a rule given in the input nor pci-lint's own (a library caller's diagnostics). */
function otherDescriptor(id: string): ReportingDescriptor {
  const text = sarifMessage(`Findings reported as ${id}.`);
  return { id, name: `${ruleName(id.replace(/[^A-Za-z0-9-]/g, '-'))}Findings`, shortDescription: { text }, fullDescription: { text }, help: { text } };
}

function logicalName(d: Diagnostic): string | undefined {
  const r = d.resource;
  if (!r) return undefined;
  return [r.kind, r.namespace, r.name].filter((p) => p !== undefined).join('/');
}

const RESULTS_PLACEHOLDER = 'pci-lint:results';

/** `runs[].automationDetails.id`: pci-lint's category (GitHub's upload-sarif `category` input overrides it). */
export const AUTOMATION_ID = 'pci-lint/';

/** A directory as an absolute `file:` URI ending in `/` (SARIF's originalUriBaseIds must be absolute). */
function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function* concat<T>(...lists: Iterable<T>[]): Generator<T> {
  for (const list of lists) yield* list;
}

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it (and Microsoft's sarif-multitool accepts):
 * one run, a rule descriptor for every rule (with PCI tags and code scanning's security-severity) and any
 * other id reported, results with exact regions relative to %SRCROOT% and stable partial fingerprints, then
 * the suppressed findings as results with `suppressions`. Two passes: the descriptors the results point at
 * come first.
 */
export const sarifChunks: ChunkFormatter = function* (input) {
  const byId = new Map((input.rules ?? []).map((r) => [r.meta.id, r] as const));
  const descriptors: ReportingDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const describe = (ruleId: string): void => {
    if (indexOf.has(ruleId)) return;
    const rule = byId.get(ruleId);
    descriptors.push(rule ? ruleDescriptor(rule) : isCoreDiagnosticId(ruleId) ? coreDescriptor(ruleId) : otherDescriptor(ruleId));
    indexOf.set(ruleId, descriptors.length - 1);
  };
  // Describe every rule, reported or not, so viewers can show the full rule set; then any others seen.
  for (const rule of [...byId.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) describe(rule.meta.id);
  for (const d of input.diagnostics) describe(d.ruleId);
  for (const s of input.suppressed ?? []) describe(s.diagnostic.ruleId);

  const toResult = (d: Diagnostic, suppressed?: SuppressedDiagnostic): Result => {
    const name = logicalName(d);
    return {
      ruleId: d.ruleId,
      ruleIndex: indexOf.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      // Code scanning shows the message beside the code: the fix goes with it (and apart, as properties.fix).
      message: { text: sarifMessage(`${d.message}${d.fix === undefined ? '' : ` ${d.fix}`}${d.source ? ` (rendered from ${d.source.template})` : ''}`) },
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
      ...((d.pci.length > 0 || d.requirements.length > 0 || d.fix !== undefined) && {
        properties: {
          ...((d.pci.length > 0 || d.requirements.length > 0) && { pci: d.pci, requirements: d.requirements, tags: d.requirements.map((r) => `PCI-DSS-v4.0.1 ${r}`) }),
          ...(d.fix !== undefined && { fix: inert(d.fix) }),
        },
      }),
      ...(suppressed && {
        suppressions: [{ kind: suppressed.kind, status: 'accepted', ...(suppressed.justification !== undefined && { justification: inert(suppressed.justification) }) }],
      }),
    };
  };
  const results = concat(
    mapped(input.diagnostics, (d) => toResult(d)),
    mapped(input.suppressed ?? [], (s) => toResult(s.diagnostic, s)),
  );

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pci-lint', semanticVersion: VERSION, version: VERSION, informationUri: TOOL_URL, rules: descriptors } },
        automationDetails: { id: AUTOMATION_ID },
        // Without the run's directory (a library caller that gave none), the viewer resolves %SRCROOT% itself.
        ...(input.root !== undefined && { originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(input.root) } } }),
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
  for (const chunk of jsonArrayChunks(results, indent)) yield jsonText(chunk);
  yield `${jsonText(text.slice(at + RESULTS_PLACEHOLDER.length + 2))}\n`;
};

export const sarif = joined(sarifChunks);
