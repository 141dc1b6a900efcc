import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './windows-process-isolation.js';

/** A Windows Deployment (by spec.os.name) with an optional extra pod spec line. */
const deployment = (extra: string) => dedent`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: iis
  spec:
    template:
      spec:
        os:
          name: windows
        ${extra}
        containers:
          - name: iis
`;

const runtimeClass = (name: string, handler: string) => `---
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: ${name}
handler: ${handler}
`;

const hyperv = { hypervHandlers: ['runhcs-wcow-hypervisor*'], hypervRuntimeClasses: [] };

const annotated = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: legacy
    annotations:
      experimental.windows.kubernetes.io/isolation-type: hyperv
  spec:
    nodeSelector:
      kubernetes.io/os: windows
    containers:
      - name: app
`;

testRule(rule, {
  valid: [
    { name: 'Hyper-V handler configured and its RuntimeClass in the input', code: `${deployment('runtimeClassName: hyperv')}\n${runtimeClass('hyperv', 'runhcs-wcow-hypervisor-17763')}`, options: hyperv },
    { name: 'RuntimeClass outside the input listed by name', code: deployment('runtimeClassName: hyperv'), options: { hypervHandlers: [], hypervRuntimeClasses: ['hyperv'] } },
    { name: 'before 1.21 the alpha annotation is accepted', code: annotated, target: '1.20' },
    {
      name: 'Linux pods are not checked',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          nodeSelector:
            kubernetes.io/os: linux
          containers: []
      `,
    },
  ],
  invalid: [
    {
      name: 'Windows by spec.os.name: reported on it',
      code: deployment(''),
      errors: [{ messageId: 'processIsolated', data: { owner: 'Deployment "iis"', why: 'spec.os.name: windows' }, line: 9, column: 9, endLine: 9, endColumn: 22 }],
    },
    {
      name: 'Windows by the older beta.kubernetes.io/os node label',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: old
        spec:
          nodeSelector:
            beta.kubernetes.io/os: windows
          containers: []
      `,
      errors: [{ messageId: 'processIsolated', data: { owner: 'Pod "old"', why: 'nodeSelector beta.kubernetes.io/os: windows' }, line: 7, column: 5 }],
    },
    {
      name: 'Windows by required node affinity: reported on the required term list',
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: sql
        spec:
          template:
            spec:
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - {key: kubernetes.io/os, operator: In, values: [windows]}
              containers: []
      `,
      errors: [{ messageId: 'processIsolated', data: { owner: 'StatefulSet "sql"', why: 'required node affinity to windows nodes' }, line: 10, column: 11, endLine: 13, endColumn: 77 }],
    },
    {
      name: 'a RuntimeClass whose handler is not listed as Hyper-V',
      code: `${deployment('runtimeClassName: wcow')}\n${runtimeClass('wcow', 'runhcs-wcow-process')}`,
      options: hyperv,
      errors: [{ messageId: 'notHyperV', data: { owner: 'Deployment "iis"', runtimeClass: 'wcow', handler: 'runhcs-wcow-process' }, line: 10, column: 25, endLine: 10, endColumn: 29 }],
    },
    {
      name: 'a RuntimeClass not in the input',
      code: deployment('runtimeClassName: hyperv'),
      errors: [{ messageId: 'unknownRuntimeClass', data: { owner: 'Deployment "iis"', runtimeClass: 'hyperv' }, line: 10, column: 25 }],
    },
    {
      name: 'from 1.21 the alpha annotation is ignored: reported on it',
      code: annotated,
      target: '1.21',
      errors: [
        {
          messageId: 'annotationIgnored',
          data: { owner: 'Pod "legacy"', annotation: 'experimental.windows.kubernetes.io/isolation-type: hyperv', removedIn: '1.21' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 62,
        },
      ],
    },
  ],
});
