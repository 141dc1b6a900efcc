import type { Diagnostic } from './diagnostic.js';

/**
 * A finding's identity that survives edits elsewhere in the file: rule, message id, file, object and
 * YAML path — never the line number. Baselines and SARIF `partialFingerprints` use it.
 */
export function fingerprintOf(d: Diagnostic): string {
  const r = d.resource;
  const parts = [d.ruleId, d.messageId ?? '', d.file, r ? `${r.kind}/${r.namespace ?? ''}/${r.name ?? ''}` : '', d.path ?? (r ? '' : `${d.line}:${d.column}`)];
  // Loaded on first use: node:crypto is a measurable part of a one-file run's start-up.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
