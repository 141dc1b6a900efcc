import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import { describe, expect, it } from 'vitest';
import { inRange, mustParse } from '../../src/k8s/versions.js';
import { staticPod } from '../../src/testing/control-plane.js';
import rule from './namespace-pod-security-label.js';

const unlabelled = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}`;

const admissionConfig = (apiVersion: string, enforce: string) => dedent`
  apiVersion: apiserver.config.k8s.io/v1
  kind: AdmissionConfiguration
  plugins:
    - name: PodSecurity
      configuration:
        apiVersion: ${apiVersion}
        kind: PodSecurityConfiguration
        defaults:
          enforce: ${enforce}
`;

describe('namespace-pod-security-label versions', () => {
  it('does not apply before 1.22, which has no Pod Security Admission (apiserver-admission-plugins asks for PodSecurityPolicy there)', () => {
    expect(inRange(mustParse('1.21'), rule.meta.k8s)).toBe(false);
    expect(inRange(mustParse('1.22'), rule.meta.k8s)).toBe(true);
  });
});

const baselineNamespace = dedent`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels:
      pod-security.kubernetes.io/enforce: baseline
`;

const pinnedNamespace = dedent`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels:
      pod-security.kubernetes.io/enforce: restricted
      pod-security.kubernetes.io/enforce-version: v1.29
`;

testRule(rule, {
  valid: [
    {
      name: 'restricted, latest version',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: payments
          labels:
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/enforce-version: latest
            pod-security.kubernetes.io/warn: restricted
      `,
    },
    { name: 'baseline is enough when the configured level is baseline', settings: { pssLevel: 'baseline' }, code: baselineNamespace },
    { name: 'a version pinned at the target', target: '1.29', code: pinnedNamespace },
    { name: 'a version pinned at the pinned PSS policy version', settings: { pssVersion: '1.29' }, code: pinnedNamespace },
    {
      name: 'a version newer than the target (1.22, the first release with Pod Security Admission)',
      target: '1.22',
      code: pinnedNamespace,
    },
    {
      name: '1.30: the AdmissionConfiguration enforces restricted cluster-wide, so an unlabelled namespace is covered',
      target: '1.30',
      code: `${unlabelled('shop')}\n---\n${admissionConfig('pod-security.admission.config.k8s.io/v1', 'restricted')}`,
    },
    {
      name: '1.23: the apiserver names the AdmissionConfiguration, whose plugin entry points at a v1beta1 PodSecurityConfiguration file',
      target: '1.23',
      code: [
        staticPod('kube-apiserver', '--admission-control-config-file=/etc/kubernetes/admission.yaml'),
        'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n  - name: PodSecurity\n    path: /etc/kubernetes/pod-security.yaml',
        'apiVersion: pod-security.admission.config.k8s.io/v1beta1\nkind: PodSecurityConfiguration\ndefaults:\n  enforce: restricted',
        unlabelled('shop'),
      ].join('\n---\n'),
    },
    {
      name: 'other kinds are not namespaces',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shop
      `,
    },
  ],
  invalid: [
    {
      name: 'no labels at all: the metadata key is reported',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'shop', level: 'restricted' }, line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    {
      name: 'labels without enforce (warn and audit do not enforce): the labels key is reported',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/warn: restricted
            pod-security.kubernetes.io/audit: restricted
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'shop', level: 'baseline' }, line: 5, column: 3, endLine: 5, endColumn: 9 }],
    },
    {
      name: 'baseline is weaker than the default restricted level',
      code: baselineNamespace,
      errors: [{ messageId: 'weaker', data: { namespace: 'shop', actual: 'baseline', level: 'restricted' }, line: 6, column: 5, endLine: 6, endColumn: 49 }],
    },
    {
      name: 'privileged is weaker than baseline',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tools
          labels: {pod-security.kubernetes.io/enforce: privileged}
      `,
      errors: [{ messageId: 'weaker', data: { namespace: 'tools', actual: 'privileged', level: 'baseline' }, line: 5, column: 12 }],
    },
    {
      name: 'a version older than the target is a warning',
      target: '1.30',
      code: pinnedNamespace,
      errors: [{ messageId: 'oldVersion', data: { namespace: 'shop', value: 'v1.29', version: 'v1.30' }, line: 7, column: 5, severity: 'warning' }],
    },
    {
      name: '1.30: the cluster-wide default is baseline, weaker than restricted',
      target: '1.30',
      code: `${unlabelled('shop')}\n---\n${admissionConfig('pod-security.admission.config.k8s.io/v1', 'baseline')}`,
      errors: [{ messageId: 'weakDefault', data: { namespace: 'shop', level: 'restricted', file: 'test.yaml', actual: 'baseline' }, line: 3, column: 1, endColumn: 9 }],
    },
    {
      name: '1.22: exemptions are reported, and the exempted namespace itself is not',
      target: '1.22',
      code: `${unlabelled('kube-system')}\n---\n${dedent`
        apiVersion: pod-security.admission.config.k8s.io/v1alpha1
        kind: PodSecurityConfiguration
        defaults:
          enforce: restricted
        exemptions:
          namespaces: [kube-system]
          usernames: [ops-admin]
          runtimeClasses: [legacy]
      `}`,
      errors: [
        { messageId: 'exemptNamespace', data: { name: 'kube-system' }, line: 11, column: 16, severity: 'warning' },
        { messageId: 'exemptUsername', data: { name: 'ops-admin' }, line: 12, column: 15, severity: 'warning' },
        { messageId: 'exemptRuntimeClass', data: { name: 'legacy' }, line: 13, column: 20, severity: 'warning' },
      ],
    },
    {
      name: '1.30: the apiserver runs PodSecurity unconfigured, so an AdmissionConfiguration in the repository does not cover the namespace',
      target: '1.30',
      code: `${staticPod('kube-apiserver', '--enable-admission-plugins=NodeRestriction')}\n---\n${unlabelled('shop')}\n---\n${admissionConfig('pod-security.admission.config.k8s.io/v1', 'restricted')}`,
      errors: [{ messageId: 'missing', data: { namespace: 'shop', level: 'restricted' }, line: 16, column: 1 }],
    },
    {
      name: 'values Pod Security Admission rejects',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/enforce: Restricted
            pod-security.kubernetes.io/enforce-version: "1.30"
      `,
      errors: [
        { messageId: 'invalidLevel', data: { namespace: 'shop', value: 'Restricted', level: 'restricted' }, line: 6, column: 5 },
        { messageId: 'invalidVersion', data: { namespace: 'shop', value: '1.30' }, line: 7, column: 5 },
      ],
    },
  ],
});
