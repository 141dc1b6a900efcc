import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-audit-log-retention.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit.log';

testRule(rule, {
  valid: [
    { name: 'a year by age, every file kept (maxsize 0 rotates at 100 MB)', code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=365', '--audit-log-maxsize=0') },
    { name: 'two years by age, explicit maxbackup 0', code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=730', '--audit-log-maxbackup=0'), target: '1.19' },
    {
      name: 'off-node webhook backend beside a short local log',
      code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=7', '--audit-log-maxbackup=10', '--audit-webhook-config-file=/etc/kubernetes/audit/webhook.kubeconfig'),
    },
    { name: 'no log file', code: staticPod('kube-apiserver', '--audit-webhook-config-file=/etc/kubernetes/audit/webhook.kubeconfig') },
    { name: 'log to stdout', code: staticPod('kube-apiserver', '--audit-log-path=-') },
    { name: 'shorter age allowed by option', code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=90'), options: { minMaxAgeDays: 90 } },
  ],
  invalid: [
    {
      name: 'no retention flags: files pile up, reported on the log path',
      code: staticPod('kube-apiserver', LOG),
      errors: [{ messageId: 'noMaxAge', data: { min: 365 }, line: 12, column: 11 }],
    },
    {
      name: 'the CIS-style 30/10/100 deletes by count and by age before a year',
      code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=30', '--audit-log-maxbackup=10', '--audit-log-maxsize=100'),
      target: '1.24',
      errors: [
        { messageId: 'tooShort', data: { days: 30, min: 365 }, line: 13, column: 11 },
        { messageId: 'countLimited', data: { backups: 10, size: 100, min: 365 }, line: 14, column: 11 },
      ],
    },
    {
      name: 'maxbackup alone with maxsize 0: counted at the 100 MB default size',
      code: staticPod('kube-apiserver', LOG, '--audit-log-maxage=400', '--audit-log-maxbackup=5', '--audit-log-maxsize=0'),
      target: '1.34',
      errors: [{ messageId: 'countLimited', data: { backups: 5, size: 100, min: 365 }, line: 14, column: 11 }],
    },
    {
      name: 'kubeadm extraArgs with an explicit zero maxage',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            audit-log-path: /var/log/kubernetes/audit.log
            audit-log-maxage: "0"
      `,
      errors: [{ messageId: 'noMaxAge', data: { min: 365 }, line: 6, column: 5 }],
    },
  ],
});
