import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-run-as-non-root.js';

const userNamespacePod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: sandbox
  spec:
    hostUsers: false
    containers:
      - name: app
        securityContext:
          runAsNonRoot: false
`;

testRule(rule, {
  valid: [
    {
      name: 'pod-level true covers containers that do not set it',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
              initContainers:
                - name: init
              containers:
                - name: app
                  securityContext: {runAsNonRoot: true}
                - name: side
                  securityContext: {runAsNonRoot: null}
              ephemeralContainers:
                - name: debug
      `,
    },
    {
      name: 'no pod-level setting, every container true',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext: {runAsNonRoot: true}
            - name: side
              securityContext: {runAsNonRoot: true}
      `,
    },
    { name: 'policy v1.35: user-namespace pods are exempt', target: '1.35', code: userNamespacePod },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, target: '1.34', code: userNamespacePod },
  ],
  invalid: [
    {
      name: 'policy v1.34: no user-namespace exemption yet',
      target: '1.34',
      code: userNamespacePod,
      errors: [{ messageId: 'containerFalse', data: { container: 'app' }, line: 10, column: 9, endLine: 10, endColumn: 28 }],
    },
    {
      name: 'hostUsers: true gets no exemption; pod unset: each container that does not set it',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostUsers: true
          initContainers:
            - name: init
          containers:
            - name: app
              securityContext:
                runAsUser: 1000
            - name: side
              securityContext: {runAsNonRoot: true}
          ephemeralContainers:
            - name: debug
              securityContext: {runAsNonRoot: null}
      `,
      errors: [
        { messageId: 'notSet', data: { container: 'init' }, line: 8, column: 7 },
        { messageId: 'notSetWithUser', data: { container: 'app', uid: '1000' }, line: 11, column: 7 },
        { messageId: 'notSet', data: { container: 'debug' }, line: 17, column: 25 },
      ],
    },
    {
      name: 'a non-zero runAsUser keeps a container off root but does not pass: the message names the UID; UID 0 may run as root',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: search
        spec:
          template:
            spec:
              securityContext:
                runAsUser: 1000
                fsGroup: 1000
              containers:
                - name: search
                - name: exporter
                  securityContext: {runAsUser: 0}
                - name: proxy
                  securityContext: {runAsUser: 2000}
      `,
      errors: [
        { messageId: 'notSetWithUser', data: { container: 'search', uid: '1000' }, line: 12, column: 11 },
        { messageId: 'notSet', data: { container: 'exporter' }, line: 14, column: 11 },
        { messageId: 'notSetWithUser', data: { container: 'proxy', uid: '2000' }, line: 16, column: 11 },
      ],
    },
    {
      name: 'pod-level false fails even when every container sets true; a container override to false fails',
      target: '1.19',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: false
          containers:
            - name: app
              securityContext: {runAsNonRoot: true}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          securityContext:
            runAsNonRoot: true
          containers:
            - name: app
              securityContext: {runAsNonRoot: false}
      `,
      errors: [
        { messageId: 'podFalse', data: { workload: 'Pod "web"' }, line: 7, column: 5 },
        { messageId: 'containerFalse', data: { container: 'app' }, line: 21, column: 25 },
      ],
    },
    {
      name: 'a pod on Windows nodes: ContainerAdministrator rather than root, and a named non-administrator user still fails the check',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-windows
        spec:
          template:
            spec:
              nodeSelector:
                kubernetes.io/os: windows
              containers:
                - name: plugin
                - name: registrar
                  securityContext:
                    windowsOptions:
                      runAsUserName: ContainerUser
                - name: admin
                  securityContext:
                    windowsOptions:
                      runAsUserName: ContainerAdministrator
      `,
      errors: [
        { messageId: 'notSetWindows', data: { container: 'plugin', why: 'nodeSelector kubernetes.io/os: windows' }, line: 11, column: 11, endLine: 11, endColumn: 15 },
        { messageId: 'notSetWithWindowsUser', data: { container: 'registrar', user: 'ContainerUser' }, line: 13, column: 11, endLine: 13, endColumn: 26 },
        { messageId: 'notSetWindows', data: { container: 'admin', why: 'nodeSelector kubernetes.io/os: windows' }, line: 17, column: 11, endLine: 17, endColumn: 26 },
      ],
    },
    {
      name: 'a pod-level runAsNonRoot: false is reported once, not again on each container that inherits it',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: false
          containers:
            - name: app
            - name: sidecar
      `,
      errors: [
        {
          messageId: 'podFalse',
          data: { workload: 'Pod "web"' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 24,
        },
      ],
    },
  ],
});
