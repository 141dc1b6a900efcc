import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './windows-host-process.js';

testRule(rule, {
  valid: [
    {
      name: 'Windows pod with a user name, no hostProcess',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          os: {name: windows}
          securityContext:
            windowsOptions:
              runAsUserName: ContainerUser
          containers:
            - name: app
              securityContext:
                windowsOptions:
                  hostProcess: false
      `,
    },
    {
      name: 'Linux pod',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
      `,
    },
  ],
  invalid: [
    {
      name: 'pod-level hostProcess',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: win-agent
        spec:
          template:
            spec:
              hostNetwork: true
              securityContext:
                windowsOptions:
                  hostProcess: true
                  runAsUserName: "NT AUTHORITY\\SYSTEM"
              containers:
                - name: agent
      `,
      errors: [{ messageId: 'pod', data: { owner: 'DaemonSet "win-agent"' }, line: 11, column: 24, endLine: 11, endColumn: 28 }],
    },
    {
      name: 'container-level hostProcess, init and ephemeral containers included',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          initContainers:
            - name: setup
              securityContext:
                windowsOptions: {hostProcess: true}
          containers:
            - name: app
          ephemeralContainers:
            - name: debug
              securityContext:
                windowsOptions:
                  hostProcess: true
      `,
      errors: [
        { messageId: 'container', data: { container: 'setup' }, line: 9, column: 39 },
        { messageId: 'container', data: { container: 'debug' }, line: 16, column: 24 },
      ],
    },
    {
      name: 'checked on the oldest target too',
      target: '1.19',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          securityContext:
            windowsOptions:
              hostProcess: true
          containers: []
      `,
      errors: [{ messageId: 'pod', data: { owner: 'Pod "win"' }, line: 8, column: 20 }],
    },
  ],
});
