import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-anonymous-auth.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

const HEALTH_ONLY = dedent`
  apiVersion: apiserver.config.k8s.io/v1beta1
  kind: AuthenticationConfiguration
  anonymous:
    enabled: true
    conditions:
      - path: /healthz
`;

const JWT_ONLY = dedent`
  apiVersion: apiserver.config.k8s.io/v1beta1
  kind: AuthenticationConfiguration
  jwt:
    - issuer:
        url: https://login.example.com
        audiences: [kubernetes]
`;

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
    {
      name: '1.32: the config file in the input limits anonymous access to health paths',
      code: `${pod('--authentication-config=/etc/kubernetes/authn.yaml')}\n---\n${HEALTH_ONLY}`,
      target: '1.32',
    },
    {
      name: '1.31 with the alpha gate: the stanza decides',
      code: `${pod('--feature-gates=AnonymousAuthConfigurableEndpoints=true', '--authentication-config=/etc/kubernetes/authn.yaml')}\n---\n${HEALTH_ONLY}`,
      target: '1.31',
    },
    {
      name: '1.34: --anonymous-auth=false beside a config file without a stanza',
      code: `${pod('--anonymous-auth=false', '--authentication-config=/etc/kubernetes/authn.yaml')}\n---\n${JWT_ONLY}`,
      target: '1.34',
    },
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
      name: '1.32: the config file has no anonymous stanza, so the flag default (on) applies',
      code: `${pod('--authentication-config=/etc/kubernetes/authn.yaml')}\n---\n${JWT_ONLY}`,
      target: '1.32',
      errors: [{ messageId: 'configWithoutAnonymous', data: { file: 'test.yaml' }, line: 10, column: 7, endColumn: 14 }],
    },
    {
      name: '1.33: the config file is not in the input',
      code: pod('--authentication-config=/etc/kubernetes/authn.yaml'),
      target: '1.33',
      errors: [{ messageId: 'configNotInInput', data: { config: '/etc/kubernetes/authn.yaml' }, line: 10, column: 7, severity: 'warning' }],
    },
    {
      name: '1.32: --anonymous-auth=false together with an anonymous stanza stops the apiserver',
      code: `${pod('--anonymous-auth=false', '--authentication-config=/etc/kubernetes/authn.yaml')}\n---\n${HEALTH_ONLY}`,
      target: '1.32',
      errors: [{ messageId: 'conflict', data: { file: 'test.yaml' }, line: 12, column: 11, severity: 'error' }],
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
