import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'apiserver-audit-webhook-mode',
    pci: ['7.1'],
    requirements: ['10.2.1', '10.3.3'],
    inputs: ['kube-apiserver'],
    severity: 'warning',
    docs: {
      summary: 'An audit webhook that is the only audit backend should not run in batch mode, which drops events when its buffer overflows.',
      rationale:
        '`--audit-webhook-mode` is `batch` unless set: the API server buffers events and sends them asynchronously, and drops events when they arrive faster than the buffer drains (a slow or unreachable collector, a burst of requests). ' +
        '`blocking` makes each request wait for its event to be sent, and `blocking-strict` also fails the request when the RequestReceived event cannot be written. ' +
        'When the webhook is the only backend (no `--audit-log-path`), dropped events are gone, and PCI DSS 10.2.1 asks that audit logs capture every event of the kinds it names. With a log backend as well (blocking by default) the file keeps a complete copy, and this rule does not report.',
      fix: 'Set `--audit-webhook-mode=blocking` (or `blocking-strict` where failing requests is acceptable when auditing fails), and size the collector for it; or keep `--audit-log-path` as a second backend that a log shipper forwards.',
      references: [
        'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#webhook-backend',
        'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      ],
    },
    messages: {
      batch:
        'kube-apiserver sends audit events only to the webhook, in batch mode{{implicit}}, which drops events when the buffer overflows, so the audit trail can have gaps no one sees.',
    },
    fixes: {
      batch: 'Set --audit-webhook-mode=blocking (or blocking-strict), or add --audit-log-path as a second backend.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const webhook = node.flag('audit-webhook-config-file');
      if (!webhook || webhook.value.trim() === '') return;
      const log = node.flag('audit-log-path');
      // `-` writes the log backend to stdout, which is a backend too.
      if (log && log.value.trim() !== '') return;
      const mode = node.flag('audit-webhook-mode');
      if (mode && mode.value.trim() !== 'batch') return;
      ctx.report(mode ? { at: mode.path, messageId: 'batch', data: { implicit: '' } } : { at: webhook.path, messageId: 'batch', data: { implicit: ' (the default)' } });
    },
  },
});
