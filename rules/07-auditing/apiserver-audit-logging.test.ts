import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-audit-logging.js';

const POLICY = '--audit-policy-file=/etc/kubernetes/audit/policy.yaml';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', POLICY, '--audit-log-path=/var/log/kubernetes/audit.log', '--audit-webhook-config-file=/etc/kubernetes/audit/webhook.kubeconfig'),
    staticPod('kube-apiserver', POLICY, '--audit-webhook-config-file=/etc/kubernetes/audit/webhook.kubeconfig'),
  ],
  invalid: [
    {
      name: 'nothing configured',
      code: staticPod('kube-apiserver', '--secure-port=6443'),
      errors: [{ messageId: 'noAudit', line: 10, column: 7, severity: 'error' }],
    },
    {
      // kubeadm's defaults set no audit flag: one finding for no auditing, not one per missing flag.
      name: 'kubeadm ClusterConfiguration with other extraArgs only',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta2
        kind: ClusterConfiguration
        metadata:
          name: config
        apiServer:
          extraArgs:
            "feature-gates": "SomeGate=true"
      `,
      errors: [{ messageId: 'noAudit', line: 6, column: 3, severity: 'error' }],
    },
    {
      name: 'policy without a backend',
      code: staticPod('kube-apiserver', POLICY),
      errors: [{ messageId: 'noBackend', line: 10, column: 7, severity: 'error' }],
    },
    {
      name: 'policy and a local log file only',
      code: staticPod('kube-apiserver', POLICY, '--audit-log-path=/var/log/kubernetes/audit.log'),
      errors: [{ messageId: 'logOnly', data: { path: '/var/log/kubernetes/audit.log' }, line: 13, column: 11, severity: 'info' }],
    },
    {
      name: 'kubeadm with a backend but no policy',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            audit-webhook-config-file: /etc/kubernetes/audit/webhook.kubeconfig
      `,
      errors: [{ messageId: 'noPolicy', line: 4, column: 3, severity: 'error' }],
    },
  ],
});
