import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-audit-log-retention.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit.log';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', LOG, '--audit-log-maxage=30', '--audit-log-maxbackup=10', '--audit-log-maxsize=100'),
    { name: 'no log file', code: staticPod('kube-apiserver', '--audit-webhook-config-file=/etc/kubernetes/audit/webhook.kubeconfig') },
    { name: 'log to stdout', code: staticPod('kube-apiserver', '--audit-log-path=-') },
    { name: 'shorter age allowed by option', code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=7', '--audit-log-maxbackup=10', '--audit-log-maxsize=100'), options: { minMaxAgeDays: 7 } },
  ],
  invalid: [
    {
      name: 'no retention flags: reported on the log path',
      code: staticPod('kube-apiserver', LOG),
      errors: [
        { messageId: 'notSet', data: { flag: 'audit-log-maxage' }, line: 12, column: 11 },
        { messageId: 'notSet', data: { flag: 'audit-log-maxbackup' }, line: 12, column: 11 },
        { messageId: 'notSet', data: { flag: 'audit-log-maxsize' }, line: 12, column: 11 },
      ],
    },
    {
      name: 'short age and zero size',
      code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=7', '--audit-log-maxbackup=10', '--audit-log-maxsize=0'),
      errors: [
        { messageId: 'tooShort', data: { days: 7, min: 30 }, line: 13, column: 11 },
        { messageId: 'notSet', data: { flag: 'audit-log-maxsize' }, line: 15, column: 11 },
      ],
    },
  ],
});
