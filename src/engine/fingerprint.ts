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

/**
 * The fingerprint of the `n`th finding (from 1) with the same {@link fingerprintOf} in one file: the
 * first keeps it, each later one gets its own, so a report that wants one fingerprint per finding (GitLab
 * Code Quality) has it, stable while the findings keep their order.
 */
export function occurrenceFingerprint(base: string, n: number): string {
  if (n <= 1) return base;
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
}
