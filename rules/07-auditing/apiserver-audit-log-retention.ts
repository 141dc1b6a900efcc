import { defineRule } from '../../src/engine/rule.js';

const RETENTION_FLAGS = ['audit-log-maxage', 'audit-log-maxbackup', 'audit-log-maxsize'] as const;

export default defineRule({
  meta: {
    id: 'apiserver-audit-log-retention',
    pci: ['7.1'],
    severity: 'warning',
    docs: {
      summary: 'When the kube-apiserver writes an audit log file, it must rotate and keep it for a defined time.',
      rationale:
        'Without `--audit-log-maxage`, `--audit-log-maxbackup` and `--audit-log-maxsize` the file grows without rotation until the disk fills, or is rotated away by other tooling ' +
        'before anyone collects it. PCI DSS requirement 10.5.1 asks for audit history kept at least a year, three months of it immediately available (container guidance 7.1).',
      fix: 'Set `--audit-log-maxage` (at least 30 days by default of this rule), `--audit-log-maxbackup` and `--audit-log-maxsize`, and ship the log off the node for long-term retention.',
      references: ['CIS Kubernetes Benchmark 1.2.19-1.2.21'],
    },
    messages: {
      notSet: 'kube-apiserver writes an audit log but does not set --{{flag}}, so the file is not rotated or retained by policy. Set --{{flag}}.',
      tooShort: 'kube-apiserver keeps audit log files for only {{days}} days (--audit-log-maxage); this project needs at least {{min}}. Raise --audit-log-maxage.',
    },
    options: {
      schema: { type: 'object', properties: { minMaxAgeDays: { type: 'integer', minimum: 1 } }, additionalProperties: false },
      defaults: { minMaxAgeDays: 30 },
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const log = node.flag('audit-log-path');
      // No file, or events written to stdout (`-`): rotation is someone else's job.
      if (!log || log.value.trim() === '-') return;
      for (const name of RETENTION_FLAGS) {
        const flag = node.flag(name);
        if (!flag || Number(flag.value) === 0) {
          ctx.report({ at: flag?.path ?? log.path, messageId: 'notSet', data: { flag: name } });
          continue;
        }
        const days = Number(flag.value);
        if (name === 'audit-log-maxage' && Number.isFinite(days) && days < ctx.options.minMaxAgeDays)
          ctx.report({ at: flag.path, messageId: 'tooShort', data: { days, min: ctx.options.minMaxAgeDays } });
      }
    },
  },
});
