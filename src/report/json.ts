import type { Diagnostic } from '../engine/diagnostic.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { inert, jsonText } from './escape.js';
import { jsonArrayChunks, mapped } from './json-array.js';
import { joined, type ChunkFormatter } from './types.js';

/** Every key present on every object (null when unknown), so consumers can rely on one shape. */
function toJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId ?? null,
    pci: d.pci,
    requirements: d.requirements,
    severity: d.severity,
    message: inert(d.message),
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    resource: d.resource
      ? { apiVersion: d.resource.apiVersion, kind: d.resource.kind, namespace: d.resource.namespace ?? null, name: d.resource.name ?? null }
      : null,
    source: d.source ? { chart: d.source.chart, template: d.source.template } : null,
    path: d.path ?? null,
    fingerprint: fingerprintOf(d),
    fix: d.fix ?? null,
    /** Rules whose findings of the same fact this one stands for (one finding per fact). */
    alsoRules: d.alsoRules ?? [],
  };
}

/** A JSON array of diagnostics in the stable order. */
export const jsonChunks: ChunkFormatter = function* (input) {
  for (const chunk of jsonArrayChunks(mapped(input.diagnostics, toJson))) yield jsonText(chunk);
  yield '\n';
};

export const json = joined(jsonChunks);
