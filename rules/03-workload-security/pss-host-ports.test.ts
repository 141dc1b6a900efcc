import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-host-ports.js';

testRule(rule, {
  valid: [
    {
      name: 'container ports without hostPort, or hostPort 0',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              ports:
                - containerPort: 8080
                - containerPort: 8443
                  hostPort: 0
      `,
    },
  ],
  invalid: [
    {
      name: 'host ports on an init and a regular container',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  ports: [{containerPort: 53, hostPort: 53}]
              containers:
                - name: app
                  ports:
                    - containerPort: 8080
                    - containerPort: 8443
                      hostPort: 443
      `,
      errors: [
        { messageId: 'hostPort', data: { container: 'init', hostPort: 53 }, line: 10, column: 39, endLine: 10, endColumn: 51 },
        { messageId: 'hostPort', data: { container: 'app', hostPort: 443 }, line: 16, column: 15, endLine: 16, endColumn: 28 },
      ],
    },
    {
      name: 'baseline level at the oldest policy version',
      target: '1.19',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              ports:
                - {containerPort: 80, hostPort: 8080}
      `,
      errors: [{ messageId: 'hostPort', data: { container: 'app', hostPort: 8080 }, line: 9, column: 31 }],
    },
  ],
});
