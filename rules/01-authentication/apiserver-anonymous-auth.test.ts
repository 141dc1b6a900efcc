import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-anonymous-auth.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

testRule(rule, {
  valid: [
    { name: 'static pod with --anonymous-auth=false', code: pod('--authorization-mode=Node,RBAC', '--anonymous-auth=false') },
    {
      name: 'kubeadm v1beta3 extraArgs',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            anonymous-auth: "false"
      `,
    },
    { name: 'structured authentication config from 1.32 leaves the decision to the config file', code: pod('--authentication-config=/etc/kubernetes/authn.yaml'), target: '1.32' },
    {
      name: 'AuthenticationConfiguration limited to health paths',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: AuthenticationConfiguration
        anonymous:
          enabled: true
          conditions:
            - path: /livez
            - path: /readyz
            - path: /healthz
      `,
    },
    'apiVersion: apiserver.config.k8s.io/v1beta1\nkind: AuthenticationConfiguration\nanonymous:\n  enabled: false\n',
    { name: 'other pods are not the apiserver', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1\n' },
  ],
  invalid: [
    {
      name: 'explicit --anonymous-auth=true',
      code: pod('--advertise-address=10.0.0.10', '--anonymous-auth=true'),
      errors: [{ messageId: 'enabled', data: { value: 'true' }, line: 13, column: 11, endLine: 13, endColumn: 32 }],
    },
    {
      name: 'flag absent: default true, reported on the command key',
      code: pod('--authorization-mode=Node,RBAC'),
      errors: [{ messageId: 'enabledByDefault', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      name: 'before 1.32 the authentication config cannot hold the anonymous setting',
      code: pod('--authentication-config=/etc/kubernetes/authn.yaml'),
      target: '1.31',
      errors: [{ messageId: 'enabledByDefault', line: 10, column: 7 }],
    },
    {
      name: 'kubeadm v1beta4 list form',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            - name: anonymous-auth
              value: "true"
      `,
      errors: [{ messageId: 'enabled', data: { value: 'true' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm config without apiServer section: reported on kind',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nclusterName: prod\n',
      errors: [{ messageId: 'enabledByDefault', line: 2, column: 1, endColumn: 5 }],
    },
    {
      name: 'AuthenticationConfiguration without conditions',
      code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: AuthenticationConfiguration\nanonymous:\n  enabled: true\n',
      errors: [{ messageId: 'configUnrestricted', line: 4, column: 3 }],
    },
    {
      name: 'AuthenticationConfiguration with a non-health path',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: AuthenticationConfiguration
        anonymous:
          enabled: true
          conditions:
            - path: /livez
            - path: /api/v1/namespaces
      `,
      errors: [{ messageId: 'configPath', data: { path: '/api/v1/namespaces' }, line: 7, column: 7, endColumn: 31 }],
    },
  ],
});
