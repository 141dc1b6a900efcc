import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-flag-lifecycle.js';

const insecure = staticPod('kube-apiserver', '--insecure-port=0', '--secure-port=6443');
const removedInsecure = {
  component: 'kube-apiserver',
  flag: 'insecure-port',
  target: '1.24',
  removed: '1.24',
  deprecated: '1.10',
  removal: ' and removed in 1.24',
  replacement: 'serve on --secure-port instead',
};

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', '--secure-port=6443', '--anonymous-auth=false'),
    { name: 'kubeadm writes --insecure-port=0 itself on 1.21: not the user\'s flag', code: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n', target: '1.21' },
    { name: 'scheduler --bind-address is current on 1.24', code: staticPod('kube-scheduler', '--bind-address=127.0.0.1'), target: '1.24' },
    { name: '--authentication-config on 1.30 (gate on by default)', code: staticPod('kube-apiserver', '--authentication-config=/etc/kubernetes/authn.yaml'), target: '1.30' },
    {
      name: '--authorization-config on 1.29 with its feature gate',
      code: staticPod('kube-apiserver', '--feature-gates=StructuredAuthorizationConfiguration=true', '--authorization-config=/etc/kubernetes/authz.yaml'),
      target: '1.29',
    },
  ],
  invalid: [
    {
      name: '--authentication-config before 1.29 is an unknown flag',
      code: staticPod('kube-apiserver', '--authentication-config=/etc/kubernetes/authn.yaml'),
      target: '1.28',
      errors: [
        {
          messageId: 'notYetAdded',
          data: { component: 'kube-apiserver', flag: 'authentication-config', target: '1.28', added: '1.29' },
          line: 12,
          column: 11,
          severity: 'error',
        },
      ],
    },
    {
      name: '--authorization-config on 1.29 without its feature gate',
      code: staticPod('kube-apiserver', '--feature-gates=StructuredAuthenticationConfiguration=true', '--authorization-config=/etc/kubernetes/authz.yaml'),
      target: '1.29',
      errors: [
        {
          messageId: 'gateOff',
          data: { component: 'kube-apiserver', flag: 'authorization-config', target: '1.29', gate: 'StructuredAuthorizationConfiguration', onByDefault: '1.30' },
          line: 13,
          column: 11,
          severity: 'error',
        },
      ],
    },
    {
      name: 'scheduler --address and --port on 1.24 are unknown flags',
      code: staticPod('kube-scheduler', '--address=127.0.0.1', '--port=0'),
      target: '1.24',
      errors: [
        {
          messageId: 'removed',
          data: { component: 'kube-scheduler', flag: 'address', target: '1.24', removed: '1.24', deprecated: '1.13', removal: ' and removed in 1.24', replacement: 'use --bind-address instead' },
          line: 12,
          column: 11,
          severity: 'error',
        },
        {
          messageId: 'removed',
          data: { component: 'kube-scheduler', flag: 'port', target: '1.24', removed: '1.24', deprecated: '1.13', removal: ' and removed in 1.24', replacement: 'serve on --secure-port instead' },
          line: 13,
          column: 11,
          severity: 'error',
        },
      ],
    },
    {
      name: 'scheduler --port=0 on 1.23: still accepted, deprecated',
      code: staticPod('kube-scheduler', '--port=0'),
      target: '1.23',
      errors: [
        {
          messageId: 'deprecated',
          data: { component: 'kube-scheduler', flag: 'port', deprecated: '1.13', removal: ' and removed in 1.24', replacement: 'serve on --secure-port instead' },
          line: 12,
          column: 11,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'version flip, before: deprecated only on 1.23',
      code: insecure,
      target: '1.23',
      errors: [{ messageId: 'deprecated', data: { ...removedInsecure, target: '1.23' }, line: 12, column: 11, severity: 'warning' }],
    },
    {
      name: 'version flip, after: unknown flag on 1.24',
      code: insecure,
      target: '1.24',
      errors: [{ messageId: 'removed', data: removedInsecure, line: 12, column: 11, severity: 'error' }],
    },
    {
      name: 'basic auth file was removed in 1.19',
      code: staticPod('kube-apiserver', '--basic-auth-file', '/etc/kubernetes/users.csv'),
      target: '1.19',
      errors: [
        {
          messageId: 'removed',
          data: { component: 'kube-apiserver', flag: 'basic-auth-file', target: '1.19', removed: '1.19', deprecated: '1.16', removal: ' and removed in 1.19', replacement: 'authenticate people with client certificates or OIDC instead (--token-auth-file is no better)' },
          line: 12,
          column: 11,
        },
      ],
    },
    {
      name: 'kubelet-https in kubeadm extraArgs on 1.22, reported once even if repeated',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            - name: kubelet-https
              value: "true"
            - name: kubelet-https
              value: "true"
      `,
      target: '1.22',
      errors: [
        {
          messageId: 'removed',
          data: { component: 'kube-apiserver', flag: 'kubelet-https', target: '1.22', removed: '1.22', deprecated: '1.19', removal: ' and removed in 1.22', replacement: 'the apiserver always uses HTTPS to kubelets, so nothing replaces it' },
          line: 5,
          column: 7,
        },
      ],
    },
    {
      name: 'controller manager --address on 1.24',
      code: staticPod('kube-controller-manager', '--address=127.0.0.1'),
      target: '1.24',
      errors: [
        {
          messageId: 'removed',
          data: { component: 'kube-controller-manager', flag: 'address', target: '1.24', removed: '1.24', deprecated: '1.20', removal: ' and removed in 1.24', replacement: 'use --bind-address instead' },
          line: 12,
          column: 11,
        },
      ],
    },
  ],
});
