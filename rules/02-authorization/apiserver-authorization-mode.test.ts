import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-authorization-mode.js';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', '--authorization-mode=Node,RBAC'),
    staticPod('kube-apiserver', '--authorization-mode=Node,Webhook,RBAC'),
    { name: 'structured authorization config', code: staticPod('kube-apiserver', '--authorization-config=/etc/kubernetes/authz.yaml') },
    {
      name: 'AuthorizationConfiguration with Node, RBAC and a webhook',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: AuthorizationConfiguration
        authorizers:
          - type: Node
            name: node
          - type: RBAC
            name: rbac
          - type: Webhook
            name: opa
      `,
    },
    { name: 'kubeadm writes Node,RBAC', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer: {}\n' },
  ],
  invalid: [
    {
      name: 'absent: the default is AlwaysAllow',
      code: staticPod('kube-apiserver', '--secure-port=6443'),
      errors: [{ messageId: 'alwaysAllow', data: { how: 'the default when --authorization-mode is not set' }, line: 10, column: 7 }],
    },
    {
      name: 'AlwaysAllow listed',
      code: staticPod('kube-apiserver', '--authorization-mode=RBAC,AlwaysAllow'),
      errors: [{ messageId: 'alwaysAllow', data: { how: '--authorization-mode=RBAC,AlwaysAllow' }, line: 12, column: 11, endColumn: 48 }],
    },
    {
      name: 'RBAC only, as a separate value',
      code: staticPod('kube-apiserver', '--authorization-mode', 'RBAC'),
      errors: [{ messageId: 'missingMode', data: { modes: 'RBAC', mode: 'Node' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm extraArgs replace Node,RBAC',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            authorization-mode: ABAC
      `,
      errors: [
        { messageId: 'missingMode', data: { modes: 'ABAC', mode: 'Node' }, line: 5, column: 5 },
        { messageId: 'missingMode', data: { modes: 'ABAC', mode: 'RBAC' }, line: 5, column: 5 },
      ],
    },
    {
      name: 'AuthorizationConfiguration with AlwaysAllow and no Node',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1beta1
        kind: AuthorizationConfiguration
        authorizers:
          - type: RBAC
            name: rbac
          - type: AlwaysAllow
            name: everyone
      `,
      errors: [
        { messageId: 'configMissing', data: { mode: 'Node' }, line: 3, column: 1, endColumn: 12 },
        { messageId: 'configAlwaysAllow', line: 6, column: 5, endColumn: 22 },
      ],
    },
    {
      name: 'AuthorizationConfiguration without authorizers',
      code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: AuthorizationConfiguration\n',
      errors: [
        { messageId: 'configMissing', data: { mode: 'Node' }, line: 2, column: 1 },
        { messageId: 'configMissing', data: { mode: 'RBAC' }, line: 2, column: 1 },
      ],
    },
  ],
});
