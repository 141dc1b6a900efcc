import { defineRule } from '../../src/engine/rule.js';
import { AUDIT_LOG_ROTATION } from '../../src/k8s/config-files.js';

/** A non-negative integer flag value, or undefined when it is not one (the apiserver refuses those itself). */
function count(value: string | undefined): number | undefined {
  if (value === undefined) return 0;
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

export default defineRule({
  meta: {
    id: 'apiserver-audit-log-retention',
    pci: ['7.1'],
    requirements: ['10.5.1'],
    inputs: ['kube-apiserver'],
    severity: 'warning',
    docs: {
      summary: 'An audit log kept only on the node must be retained for at least the configured number of days (365 by default), by age and not by file count.',
      rationale:
        'PCI DSS requirement 10.5.1 asks for audit history kept at least 12 months, three of them immediately available (container guidance 7.1). The kube-apiserver rotates ' +
        'its audit log with lumberjack: `--audit-log-maxsize` 0 means rotation at 100 MB (not "never"), `--audit-log-maxbackup` 0 keeps every rotated file and a positive value ' +
        'deletes the oldest files by count whatever their age, and `--audit-log-maxage` deletes files older than that many days (0: never). A file count such as the ' +
        'often-suggested `--audit-log-maxbackup=10` therefore deletes events after 1 GB of traffic, which on a busy cluster is days, not a year. Retention is judged ' +
        'against `--audit-log-maxage` of at least `minMaxAgeDays` (default 365) with no count limit, or an off-node backend (`--audit-webhook-config-file`), which keeps ' +
        'the history outside the node. Without any age limit files accumulate until the disk fills, which is reported too.',
      fix: 'Send audit events off the node (`--audit-webhook-config-file`, or a log shipper that forwards the file to retained storage), or set `--audit-log-maxage=365` and drop `--audit-log-maxbackup` (0 keeps every file younger than maxage).',
      references: [
        'PCI DSS v4.0.1 requirement 10.5.1',
        'CIS Kubernetes Benchmark 1.2.17-1.2.19',
        'natefinch/lumberjack lumberjack.go (Logger.MaxSize, MaxBackups, MaxAge defaults)',
      ],
    },
    messages: {
      countLimited:
        'kube-apiserver keeps only {{backups}} rotated audit log files (--audit-log-maxbackup={{backups}}, {{size}} MB each), so older events are deleted by count, however recent, possibly long before the {{min}} days required.',
      tooShort:
        'kube-apiserver deletes audit log files after {{days}} days (--audit-log-maxage); {{min}} days are required (PCI DSS 10.5.1: 12 months).',
      noMaxAge:
        'kube-apiserver writes its audit log only to the node and sets no --audit-log-maxage: rotated files are never deleted by age, so they pile up until the disk fills and the retention period is undefined.',
    },
    fixes: {
      countLimited: 'Set --audit-log-maxbackup=0 with --audit-log-maxage={{min}}, or send audit events off the node (--audit-webhook-config-file).',
      tooShort: 'Raise --audit-log-maxage to {{min}}, or send audit events off the node (--audit-webhook-config-file).',
      noMaxAge: 'Set --audit-log-maxage={{min}}, or send audit events off the node (--audit-webhook-config-file).',
    },
    options: {
      schema: { type: 'object', properties: { minMaxAgeDays: { type: 'integer', minimum: 1 } }, additionalProperties: false },
      defaults: { minMaxAgeDays: 365 },
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const log = node.flag('audit-log-path');
      // No file, or events written to stdout (`-`): rotation is someone else's job.
      if (!log || log.value.trim() === '-' || log.value.trim() === '') return;
      // An off-node backend keeps the history outside the node: local rotation is a cache.
      if (node.flag('audit-webhook-config-file')) return;
      const min = ctx.options.minMaxAgeDays;
      const maxAge = node.flag('audit-log-maxage');
      const maxBackup = node.flag('audit-log-maxbackup');
      const days = count(maxAge?.value);
      const backups = count(maxBackup?.value);
      const size = count(node.flag('audit-log-maxsize')?.value);
      if (maxBackup && backups !== undefined && backups > 0) {
        const mb = size === undefined || size === 0 ? AUDIT_LOG_ROTATION.defaultMaxSizeMB : size;
        ctx.report({ at: maxBackup.path, messageId: 'countLimited', data: { backups, size: mb, min } });
      }
      if (days === undefined) return;
      if (days === 0) ctx.report({ at: maxAge?.path ?? log.path, messageId: 'noMaxAge', data: { min } });
      else if (maxAge && days < min) ctx.report({ at: maxAge.path, messageId: 'tooShort', data: { days, min } });
    },
  },
});
