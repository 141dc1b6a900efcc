import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './run-as-non-root.js';

testRule(rule, {
  valid: [
    {
      name: 'pod-level runAsNonRoot: true',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: true
          containers:
            - name: app
              image: app:1
      `,
    },
    {
      name: 'container-level non-zero runAsUser alone',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                runAsUser: 1000
      `,
    },
    {
      name: 'pod-level non-zero runAsUser with runAsNonRoot: false still runs as that UID',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsUser: 1000
            runAsNonRoot: false
          containers:
            - name: app
      `,
    },
    {
      name: 'container overrides pod runAsNonRoot: false and pod runAsUser: 0',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: false
                runAsUser: 0
              containers:
                - name: app
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
      `,
    },
    {
      name: 'Windows pods are out of scope',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          os:
            name: windows
          containers:
            - name: app
      `,
    },
    {
      name: 'pods pinned to Windows nodes by nodeSelector are out of scope too',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: win-agent
        spec:
          template:
            spec:
              nodeSelector:
                kubernetes.io/os: windows
              containers:
                - name: agent
      `,
    },
  ],
  invalid: [
    {
      name: 'nothing set: reported on the container item',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
      `,
      errors: [{ messageId: 'unset', data: { subject: 'container "app"' }, line: 7, column: 7 }],
    },
    {
      name: 'securityContext without user settings: reported on its key',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            fsGroup: 2000
          containers:
            - name: app
              securityContext:
                readOnlyRootFilesystem: true
      `,
      errors: [{ messageId: 'unset', data: { subject: 'container "app"' }, line: 10, column: 7, endLine: 10, endColumn: 22 }],
    },
    {
      name: 'runAsUser 0 beats runAsNonRoot: true',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                runAsNonRoot: true
                runAsUser: 0
      `,
      errors: [{ messageId: 'rootUser', data: { subject: 'container "app"', where: 'the container' }, line: 10, column: 20, endLine: 10, endColumn: 21 }],
    },
    {
      name: 'pod runAsUser 0 applies to containers that do not override it',
      code: dedent`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              securityContext:
                runAsUser: 0
              initContainers:
                - name: init
                  securityContext:
                    runAsUser: 1000
              containers:
                - name: migrate
      `,
      errors: [{ messageId: 'rootUser', data: { subject: 'container "migrate"', where: 'the pod' }, line: 9, column: 20 }],
    },
    {
      name: 'container runAsNonRoot: false overrides the pod',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: true
          containers:
            - name: app
              securityContext:
                runAsNonRoot: false
      `,
      errors: [{ messageId: 'explicitlyRoot', data: { subject: 'container "app"', where: 'the container' }, line: 11, column: 23 }],
    },
    {
      name: 'pod runAsNonRoot: false with no user; init and ephemeral containers are checked too',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsNonRoot: false
          initContainers:
            - name: init
          containers:
            - name: app
              securityContext:
                runAsUser: 1000
          ephemeralContainers:
            - name: debug
      `,
      errors: [{ messageId: 'explicitlyRoot', data: { subject: 'containers "init" and "debug"', where: 'the pod' }, line: 7, column: 19, endLine: 7, endColumn: 24 }],
    },
    {
      name: 'three containers sharing the pod-level runAsUser: 0 get one finding there',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            runAsUser: 0
          initContainers:
            - name: a
          containers:
            - name: b
            - name: c
      `,
      errors: [{ messageId: 'rootUser', data: { subject: 'containers "a", "b" and "c"', where: 'the pod' }, line: 7, column: 16 }],
    },
  ],
});
