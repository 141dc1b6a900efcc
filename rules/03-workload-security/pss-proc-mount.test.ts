import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-proc-mount.js';

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
          procMount: Unmasked
`;

testRule(rule, {
  valid: [
    {
      name: 'procMount unset, null or Default',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext: {procMount: null}
          containers:
            - name: app
              securityContext:
                procMount: Default
            - name: side
      `,
    },
    { name: 'baseline level, policy v1.35: user-namespace pods may unmask /proc', target: '1.35', settings: { pssLevel: 'baseline' }, code: userNamespacePod },
    { name: 'restricted level, policy v1.35: procMount_restricted overrides this check', target: '1.35', code: userNamespacePod },
  ],
  invalid: [
    {
      name: 'baseline level, policy v1.34: no user-namespace relaxation yet',
      target: '1.34',
      settings: { pssLevel: 'baseline' },
      code: userNamespacePod,
      errors: [{ messageId: 'procMount', data: { container: 'app', procMount: 'Unmasked' }, line: 10, column: 9, endLine: 10, endColumn: 28 }],
    },
    {
      name: 'restricted level, policy v1.34: the baseline check still runs',
      target: '1.34',
      code: userNamespacePod,
      errors: [{ messageId: 'procMount', data: { container: 'app', procMount: 'Unmasked' }, line: 10, column: 9 }],
    },
    {
      name: 'baseline level, newest policy: hostUsers unset or true gets no relaxation; ephemeral containers count',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostUsers: true
          containers:
            - name: app
          ephemeralContainers:
            - name: debug
              securityContext: {procMount: Unmasked}
      `,
      errors: [{ messageId: 'procMount', data: { container: 'debug', procMount: 'Unmasked' }, line: 11, column: 25 }],
    },
  ],
});
