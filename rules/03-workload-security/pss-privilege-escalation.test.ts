import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-privilege-escalation.js';

const windowsPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: win
  spec:
    os:
      name: windows
    containers:
      - name: app
        image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`;

testRule(rule, {
  valid: [
    {
      name: 'false on every kind of container',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext: {allowPrivilegeEscalation: false}
          containers:
            - name: app
              securityContext:
                allowPrivilegeEscalation: false
          ephemeralContainers:
            - name: debug
              securityContext: {allowPrivilegeEscalation: false}
      `,
    },
    { name: 'policy v1.25: Windows pods are exempt', target: '1.25', code: windowsPod },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: windowsPod.replace('windows', 'linux') },
  ],
  invalid: [
    {
      name: 'a pod pinned to Windows nodes by nodeSelector, without spec.os.name: not exempt, and the message says the setting does not apply there',
      code: windowsPod.replace('os:\n    name: windows', 'nodeSelector:\n    kubernetes.io/os: windows'),
      errors: [{ messageId: 'windowsUnmarked', data: { container: 'app', why: 'nodeSelector kubernetes.io/os: windows' }, line: 9, column: 7, endLine: 9, endColumn: 11 }],
    },
    {
      name: 'a pod on Linux nodes (nodeSelector kubernetes.io/os: linux) gets the Linux message',
      code: windowsPod.replace('os:\n    name: windows', 'nodeSelector:\n    kubernetes.io/os: linux'),
      errors: [{ messageId: 'notFalse', data: { container: 'app' }, line: 9, column: 7, endLine: 9, endColumn: 11 }],
    },
    {
      name: 'policy v1.24: Windows pods are not exempt yet (the container item is reported)',
      target: '1.24',
      code: windowsPod,
      errors: [{ messageId: 'notFalse', data: { container: 'app' }, line: 9, column: 7, endLine: 9, endColumn: 11 }],
    },
    {
      name: 'unset, null and true; the nearest existing key is reported',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          os: {name: linux}
          initContainers:
            - name: init
              securityContext:
                runAsNonRoot: true
          containers:
            - name: app
              securityContext:
                allowPrivilegeEscalation: true
            - name: side
              securityContext: {allowPrivilegeEscalation: null}
          ephemeralContainers:
            - name: debug
      `,
      errors: [
        { messageId: 'notFalse', data: { container: 'init' }, line: 9, column: 7, endLine: 9, endColumn: 22 },
        { messageId: 'notFalse', data: { container: 'app' }, line: 14, column: 9, endLine: 14, endColumn: 39 },
        { messageId: 'notFalse', data: { container: 'side' }, line: 16, column: 25, endLine: 16, endColumn: 55 },
        { messageId: 'notFalse', data: { container: 'debug' }, line: 18, column: 7, endLine: 18, endColumn: 11 },
      ],
    },
  ],
});
