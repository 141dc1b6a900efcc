import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-host-namespaces.js';

testRule(rule, {
  valid: [
    {
      name: 'host namespaces unset or false',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostNetwork: false
          hostIPC: null
          containers:
            - name: app
      `,
    },
    {
      name: 'a string "true" is not the boolean the API server accepts',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostPID: "true"
          containers:
            - name: app
      `,
    },
  ],
  invalid: [
    {
      name: 'all three host namespaces in a Pod',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostNetwork: true
          hostPID: true
          hostIPC: true
          containers:
            - name: app
      `,
      errors: [
        { messageId: 'hostNamespace', data: { workload: 'Pod "web"', field: 'hostNetwork', namespace: 'network' }, line: 6, column: 3, endLine: 6, endColumn: 20 },
        { messageId: 'hostNamespace', data: { workload: 'Pod "web"', field: 'hostPID', namespace: 'process (PID)' }, line: 7, column: 3, endLine: 7, endColumn: 16 },
        { messageId: 'hostNamespace', data: { workload: 'Pod "web"', field: 'hostIPC', namespace: 'IPC' }, line: 8, column: 3, endLine: 8, endColumn: 16 },
      ],
    },
    {
      name: 'a DaemonSet template at the oldest policy version and the baseline level',
      target: '1.19',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
                - name: agent
      `,
      errors: [{ messageId: 'hostNamespace', data: { workload: 'DaemonSet "agent"', field: 'hostNetwork', namespace: 'network' }, line: 8, column: 7 }],
    },
  ],
});
