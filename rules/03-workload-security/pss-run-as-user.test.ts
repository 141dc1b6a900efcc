import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-run-as-user.js';

const rootPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    securityContext:
      runAsUser: 0
    initContainers:
      - name: init
        securityContext: {runAsUser: 0}
    containers:
      - name: app
        securityContext:
          runAsUser: 1000
`;

const userNamespaceRoot = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: sandbox
  spec:
    hostUsers: false
    containers:
      - name: app
        securityContext:
          runAsUser: 0
`;

testRule(rule, {
  valid: [
    {
      name: 'non-zero or unset',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext: {runAsUser: 1000, runAsGroup: 0}
          containers:
            - name: app
            - name: side
              securityContext: {runAsUser: null}
      `,
    },
    { name: 'policy v1.22: the check does not exist yet', target: '1.22', code: rootPod },
    { name: 'policy v1.35: user-namespace pods are exempt', target: '1.35', code: userNamespaceRoot },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: rootPod },
  ],
  invalid: [
    {
      name: 'policy v1.23: pod-level and container-level root',
      target: '1.23',
      code: rootPod,
      errors: [
        { messageId: 'podRoot', data: { workload: 'Pod "web"' }, line: 7, column: 5, endLine: 7, endColumn: 17 },
        { messageId: 'containerRoot', data: { container: 'init' }, line: 10, column: 25, endLine: 10, endColumn: 37 },
      ],
    },
    {
      name: 'policy v1.34: no user-namespace exemption yet',
      target: '1.34',
      code: userNamespaceRoot,
      errors: [{ messageId: 'containerRoot', data: { container: 'app' }, line: 10, column: 9 }],
    },
    {
      name: 'an ephemeral container',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
          ephemeralContainers:
            - name: debug
              securityContext:
                runAsUser: 0
      `,
      errors: [{ messageId: 'containerRoot', data: { container: 'debug' }, line: 11, column: 9 }],
    },
  ],
});
