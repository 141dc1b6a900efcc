import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './read-only-root-filesystem.js';

testRule(rule, {
  valid: [
    {
      name: 'read-only root on every container, init containers included',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              initContainers:
                - name: migrate
                  securityContext:
                    readOnlyRootFilesystem: true
              containers:
                - name: app
                  securityContext:
                    readOnlyRootFilesystem: true
      `,
    },
    {
      name: 'Windows pods cannot set the field',
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
  ],
  invalid: [
    {
      name: 'explicitly writable',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                readOnlyRootFilesystem: false
      `,
      errors: [{ messageId: 'writable', data: { container: 'app' }, line: 9, column: 33, endColumn: 38, severity: 'warning' }],
    },
    {
      name: 'securityContext without the field, and a container without securityContext',
      code: dedent`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 1 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: fetch
                      image: fetch:1
                  containers:
                    - name: run
                      securityContext:
                        runAsNonRoot: true
      `,
      errors: [
        { messageId: 'unset', data: { container: 'fetch' }, line: 12, column: 15, endColumn: 29 },
        { messageId: 'unset', data: { container: 'run' }, line: 16, column: 15, endColumn: 30 },
      ],
    },
    {
      name: 'an ephemeral container in the pod runs in it like the others and is checked too',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                readOnlyRootFilesystem: true
          ephemeralContainers:
            - name: debugger
              image: busybox:1
            - name: shell
              securityContext:
                readOnlyRootFilesystem: false
      `,
      errors: [
        { messageId: 'unset', data: { container: 'debugger' }, line: 11, column: 7, endColumn: 23 },
        { messageId: 'writable', data: { container: 'shell' }, line: 15, column: 33, endColumn: 38 },
      ],
    },
  ],
});
