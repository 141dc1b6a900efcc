import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'apiserver-audit-logging',
    pci: ['7.1'],
    requirements: ['10.2.1', '10.3.3'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must write audit events with a policy to a backend, preferably one that leaves the node.',
      rationale:
        'Without `--audit-policy-file` the apiserver records no audit events at all; without `--audit-log-path` or `--audit-webhook-config-file` they go nowhere. A log file on the ' +
        'control-plane node alone can be altered by whoever compromises that node and is lost with it. PCI DSS container guidance 7.1 (and requirement 10) needs a tamper-resistant audit trail of API access.',
      fix: 'Pass an audit Policy with `--audit-policy-file`, and send events to a webhook (`--audit-webhook-config-file`) or ship the `--audit-log-path` file off the node.',
      references: ['CIS Kubernetes Benchmark 1.2.18-1.2.22, 3.2.1', 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/'],
    },
    messages: {
      // One fact, one finding: without a policy there are no events for a backend to drop.
      noAudit:
        'kube-apiserver has neither --audit-policy-file nor an audit backend (--audit-log-path or --audit-webhook-config-file), so no API request is audited.',
      noPolicy: 'kube-apiserver has no --audit-policy-file, so no API request is audited.',
      noBackend: 'kube-apiserver sets no audit backend (--audit-log-path or --audit-webhook-config-file), so audit events are dropped.',
      logOnly:
        'kube-apiserver writes audit events only to a file on the node ({{path}}); whoever controls the node can alter it.',
    },
    fixes: {
      noAudit: 'Add an audit Policy with --audit-policy-file, and a backend that leaves the node (--audit-webhook-config-file, or a shipped --audit-log-path).',
      noPolicy: 'Add an audit Policy and pass it with --audit-policy-file.',
      noBackend: 'Configure at least one.',
      logOnly: 'Add --audit-webhook-config-file, or make sure a log shipper forwards the file.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const policy = node.flag('audit-policy-file');
      const log = node.flag('audit-log-path');
      const webhook = node.flag('audit-webhook-config-file');
      if (!policy && !log && !webhook) {
        ctx.report({ at: node.missingAt, part: 'key', messageId: 'noAudit' });
        return;
      }
      if (!policy) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noPolicy' });
      if (!log && !webhook) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noBackend' });
      else if (log && !webhook) ctx.report({ at: log.path, messageId: 'logOnly', data: { path: log.value }, severity: 'info' });
    },
  },
});
