import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-windows-host-process.js';

testRule(rule, {
  valid: [
    {
      name: 'Windows pod with hostProcess false or unset',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          os: {name: windows}
          securityContext:
            windowsOptions: {runAsUserName: ContainerUser, hostProcess: false}
          containers:
            - name: app
              securityContext:
                windowsOptions: {hostProcess: null}
      `,
    },
  ],
  invalid: [
    {
      name: 'pod-level and container-level hostProcess (no exemption for spec.os.name windows)',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: win-agent
        spec:
          template:
            spec:
              os: {name: windows}
              hostNetwork: true
              securityContext:
                windowsOptions:
                  hostProcess: true
                  runAsUserName: ContainerAdministrator
              initContainers:
                - name: init
                  securityContext: {windowsOptions: {hostProcess: true}}
              containers:
                - name: agent
      `,
      errors: [
        { messageId: 'podHostProcess', data: { workload: 'DaemonSet "win-agent"' }, line: 12, column: 11, endLine: 12, endColumn: 28 },
        { messageId: 'containerHostProcess', data: { container: 'init' }, line: 16, column: 46, endLine: 16, endColumn: 63 },
      ],
    },
    {
      name: 'baseline level, oldest policy version',
      target: '1.19',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: win
        spec:
          containers:
            - name: app
              securityContext:
                windowsOptions:
                  hostProcess: true
      `,
      errors: [{ messageId: 'containerHostProcess', data: { container: 'app' }, line: 10, column: 11 }],
    },
  ],
});
