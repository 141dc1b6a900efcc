import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-audit-webhook-mode.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

testRule(rule, {
  valid: [
    pod('--audit-webhook-config-file=/etc/kubernetes/audit/webhook.yaml', '--audit-webhook-mode=blocking'),
    { name: 'blocking-strict', code: pod('--audit-webhook-config-file=/etc/kubernetes/audit/webhook.yaml', '--audit-webhook-mode=blocking-strict') },
    { name: 'batch beside a log backend', code: pod('--audit-webhook-config-file=/etc/kubernetes/audit/webhook.yaml', '--audit-log-path=/var/log/kubernetes/audit.log') },
    { name: 'no webhook', code: pod('--audit-log-path=/var/log/kubernetes/audit.log') },
  ],
  invalid: [
    {
      name: 'webhook only, mode left at the batch default',
      code: pod('--audit-webhook-config-file=/etc/kubernetes/audit/webhook.yaml'),
      errors: [{ messageId: 'batch', data: { implicit: ' (the default)' }, line: 12, column: 11, severity: 'warning' }],
    },
    {
      name: 'webhook only, batch set explicitly',
      code: pod('--audit-webhook-config-file=/etc/kubernetes/audit/webhook.yaml', '--audit-webhook-mode=batch'),
      errors: [{ messageId: 'batch', data: { implicit: '' }, line: 13, column: 11 }],
    },
  ],
});
