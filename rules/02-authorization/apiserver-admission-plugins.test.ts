import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-admission-plugins.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

testRule(rule, {
  valid: [
    pod('--enable-admission-plugins=NodeRestriction'),
    { name: 'PodSecurity must be listed on 1.22', code: pod('--enable-admission-plugins=NodeRestriction,PodSecurity'), target: '1.22' },
    { name: 'before 1.22 there is no PodSecurity plugin to ask for', code: pod('--enable-admission-plugins=NodeRestriction,PodSecurityPolicy'), target: '1.21' },
    { name: 'PodSecurityPolicy is still accepted on 1.24', code: pod('--enable-admission-plugins=NodeRestriction,PodSecurityPolicy'), target: '1.24' },
    { name: 'kubeadm enables NodeRestriction', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n' },
  ],
  invalid: [
    {
      name: 'no flag at all',
      code: pod('--secure-port=6443'),
      errors: [{ messageId: 'noNodeRestriction', line: 10, column: 7, endColumn: 14 }],
    },
    {
      name: 'AlwaysAdmit, and NodeRestriction missing',
      code: pod('--enable-admission-plugins=AlwaysAdmit'),
      errors: [
        { messageId: 'noNodeRestriction', line: 12, column: 11 },
        { messageId: 'alwaysAdmit', line: 12, column: 11 },
      ],
    },
    {
      name: 'PodSecurityPolicy on 1.25 stops the apiserver',
      code: pod('--enable-admission-plugins=NodeRestriction,PodSecurityPolicy'),
      target: '1.25',
      errors: [{ messageId: 'removedPlugin', data: { plugin: 'PodSecurityPolicy', removed: '1.25', target: '1.25', replacement: 'enforce the Pod Security Standards with the PodSecurity plugin and namespace labels' }, line: 12, column: 11 }],
    },
    {
      name: 'SecurityContextDeny on 1.30',
      code: pod('--enable-admission-plugins=NodeRestriction,SecurityContextDeny'),
      target: '1.30',
      errors: [{ messageId: 'removedPlugin', data: { plugin: 'SecurityContextDeny', removed: '1.30', target: '1.30', replacement: 'enforce the Pod Security Standards with the PodSecurity plugin and namespace labels' }, line: 12, column: 11 }],
    },
    {
      name: 'DenyEscalatingExec on 1.20 still loads (PodPreset does not)',
      code: pod('--enable-admission-plugins=NodeRestriction,PodSecurityPolicy,DenyEscalatingExec,PodPreset'),
      target: '1.20',
      errors: [
        {
          messageId: 'removedPlugin',
          data: { plugin: 'PodPreset', removed: '1.20', target: '1.20', replacement: 'inject pod defaults with a mutating admission webhook' },
          line: 12,
          column: 11,
        },
      ],
    },
    {
      name: 'DenyEscalatingExec and DenyExecOnPrivileged on 1.21 stop the apiserver',
      code: pod('--enable-admission-plugins=NodeRestriction,PodSecurityPolicy,DenyEscalatingExec,DenyExecOnPrivileged'),
      target: '1.21',
      errors: [
        {
          messageId: 'removedPlugin',
          data: {
            plugin: 'DenyEscalatingExec',
            removed: '1.21',
            target: '1.21',
            replacement: 'restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy',
          },
          line: 12,
          column: 11,
        },
        {
          messageId: 'removedPlugin',
          data: {
            plugin: 'DenyExecOnPrivileged',
            removed: '1.21',
            target: '1.21',
            replacement: 'restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy',
          },
          line: 12,
          column: 11,
        },
      ],
    },
    {
      name: 'before 1.22 without PodSecurityPolicy nothing enforces pod security',
      code: pod('--enable-admission-plugins=NodeRestriction'),
      target: '1.21',
      errors: [{ messageId: 'noPodSecurityPolicy', data: { target: '1.21' }, line: 12, column: 11, severity: 'warning' }],
    },
    {
      name: 'PodSecurity not listed on 1.22',
      code: pod('--enable-admission-plugins=NodeRestriction'),
      target: '1.22',
      errors: [{ messageId: 'noPodSecurity', line: 12, column: 11 }],
    },
    {
      name: 'PodSecurity and NodeRestriction disabled in kubeadm',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            disable-admission-plugins: PodSecurity,NodeRestriction
      `,
      target: '1.23',
      errors: [
        { messageId: 'podSecurityDisabled', line: 5, column: 5 },
        { messageId: 'noNodeRestriction', line: 5, column: 5 },
      ],
    },
  ],
});
