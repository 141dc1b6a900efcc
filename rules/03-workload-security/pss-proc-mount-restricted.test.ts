import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-proc-mount-restricted.js';

const userNamespacePod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: sandbox
  spec:
    hostUsers: false
    initContainers:
      - name: init
        securityContext:
          procMount: Unmasked
    containers:
      - name: app
        securityContext:
          procMount: Default
`;

testRule(rule, {
  valid: [
    { name: 'policy v1.34: the check does not exist yet (pss-proc-mount applies)', target: '1.34', code: userNamespacePod },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: userNamespacePod },
  ],
  invalid: [
    {
      name: 'policy v1.35: forbidden even with hostUsers: false',
      target: '1.35',
      code: userNamespacePod,
      errors: [{ messageId: 'procMount', data: { container: 'init', procMount: 'Unmasked' }, line: 10, column: 9, endLine: 10, endColumn: 28 }],
    },
    {
      name: 'newest policy, a Deployment without user namespaces',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: app
                  securityContext: {procMount: Unmasked}
      `,
      errors: [{ messageId: 'procMount', data: { container: 'app', procMount: 'Unmasked' }, line: 10, column: 29 }],
    },
  ],
});
