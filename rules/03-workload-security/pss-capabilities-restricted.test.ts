import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-capabilities-restricted.js';

const noCapabilities = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: win
  spec:
    os: {name: windows}
    containers:
      - name: app
`;

testRule(rule, {
  valid: [
    {
      name: 'drop ALL everywhere, add only NET_BIND_SERVICE',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext: {capabilities: {drop: [ALL]}}
          containers:
            - name: app
              securityContext:
                capabilities:
                  drop: [NET_RAW, ALL]
                  add: [NET_BIND_SERVICE]
          ephemeralContainers:
            - name: debug
              securityContext: {capabilities: {drop: [ALL]}}
      `,
    },
    { name: 'policy v1.25: Windows pods are exempt', target: '1.25', code: noCapabilities },
    { name: 'policy v1.21: the check does not exist yet (the baseline check applies)', target: '1.21', code: noCapabilities.replace('windows', 'linux') },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: noCapabilities.replace('windows', 'linux') },
  ],
  invalid: [
    {
      name: 'a Deployment pinned to Windows nodes by required node affinity, without spec.os.name: not exempt, and the message says capabilities do not apply there',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: win
        spec:
          template:
            spec:
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - {key: kubernetes.io/os, operator: In, values: [windows]}
              containers:
                - name: app
                  securityContext: {capabilities: {drop: [NET_RAW]}}
      `,
      errors: [{ messageId: 'windowsUnmarked', data: { container: 'app', why: 'required node affinity to windows nodes' }, line: 16, column: 44, endLine: 16, endColumn: 59 }],
    },
    {
      name: 'policy v1.24: a pod pinned to Windows nodes gets the Linux message, as a Windows pod does (no exemption yet)',
      target: '1.24',
      code: noCapabilities.replace('os: {name: windows}', 'nodeSelector: {kubernetes.io/os: windows}'),
      errors: [{ messageId: 'missingDropAll', data: { container: 'app' }, line: 8, column: 7 }],
    },
    {
      name: 'policy v1.22: required from this version',
      target: '1.22',
      code: noCapabilities.replace('windows', 'linux'),
      errors: [{ messageId: 'missingDropAll', data: { container: 'app' }, line: 8, column: 7 }],
    },
    {
      name: 'policy v1.24: Windows pods are not exempt yet',
      target: '1.24',
      code: noCapabilities,
      errors: [{ messageId: 'missingDropAll', data: { container: 'app' }, line: 8, column: 7 }],
    },
    {
      name: 'drop without ALL (case matters), empty capabilities, forbidden additions',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext:
                capabilities: {}
          containers:
            - name: app
              securityContext:
                capabilities:
                  drop: [all]
                  add:
                    - NET_BIND_SERVICE
                    - CHOWN
          ephemeralContainers:
            - name: debug
              securityContext:
                capabilities: {drop: [ALL], add: [SYS_PTRACE]}
      `,
      errors: [
        { messageId: 'missingDropAll', data: { container: 'init' }, line: 9, column: 9, endLine: 9, endColumn: 21 },
        // Lower case: the runtime drops everything, the admission check still rejects the pod.
        { messageId: 'caseOfAll', data: { container: 'app', written: 'all' }, line: 14, column: 18, endLine: 14, endColumn: 21 },
        { messageId: 'forbiddenAdd', data: { container: 'app', capability: 'CHOWN' }, line: 17, column: 15, endLine: 17, endColumn: 20 },
        { messageId: 'forbiddenAdd', data: { container: 'debug', capability: 'SYS_PTRACE' }, line: 21, column: 43, endLine: 21, endColumn: 53 },
      ],
    },
  ],
});
