import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-external-authn.js';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', '--oidc-issuer-url=https://login.example.com', '--oidc-client-id=kubernetes'),
    staticPod('kube-apiserver', '--authentication-config=/etc/kubernetes/authn.yaml'),
    staticPod('kube-apiserver', '--authentication-token-webhook-config-file=/etc/kubernetes/webhook.kubeconfig'),
  ],
  invalid: [
    {
      name: 'static pod with certificates only',
      code: staticPod('kube-apiserver', '--client-ca-file=/etc/kubernetes/pki/ca.crt'),
      errors: [{ messageId: 'none', line: 10, column: 7, endLine: 10, endColumn: 14, severity: 'info' }],
    },
    {
      name: 'kubeadm config: reported on apiServer.extraArgs',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          certSANs: [k8s.example.com]
          extraArgs:
            profiling: "false"
      `,
      errors: [{ messageId: 'none', line: 5, column: 3, endColumn: 12 }],
    },
  ],
});
