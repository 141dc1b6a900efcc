import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-token-auth-file.js';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', '--client-ca-file=/etc/kubernetes/pki/ca.crt'),
    { name: 'the controller manager has no such flag to check', code: staticPod('kube-controller-manager', '--token-auth-file=/x') },
  ],
  invalid: [
    {
      name: 'static pod, --flag value form',
      code: staticPod('kube-apiserver', '--secure-port=6443', '--token-auth-file', '/etc/kubernetes/tokens.csv'),
      errors: [{ messageId: 'tokenFile', data: { file: '/etc/kubernetes/tokens.csv' }, line: 13, column: 11, endLine: 13, endColumn: 28 }],
    },
    {
      name: 'kubeadm extraArgs',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            token-auth-file: /etc/kubernetes/tokens.csv
      `,
      errors: [{ messageId: 'tokenFile', data: { file: '/etc/kubernetes/tokens.csv' }, line: 5, column: 5 }],
    },
  ],
});
