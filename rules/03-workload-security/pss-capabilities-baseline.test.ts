import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-capabilities-baseline.js';

const addsSysAdmin = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        securityContext:
          capabilities:
            add: [SYS_ADMIN]
            drop: [ALL]
`;

testRule(rule, {
  valid: [
    {
      name: 'default-set capabilities may be added (baseline level)',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                capabilities:
                  add: [NET_BIND_SERVICE, CHOWN, SYS_CHROOT]
      `,
    },
    {
      name: 'restricted level from policy v1.22: capabilities_restricted overrides this check',
      target: '1.22',
      code: addsSysAdmin,
    },
    {
      name: 'restricted level, newest policy: still overridden',
      code: addsSysAdmin,
    },
  ],
  invalid: [
    {
      name: 'baseline level: every non-default capability, in init and ephemeral containers too',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext:
                capabilities:
                  add:
                    - NET_RAW
                    - CHOWN
          containers:
            - name: app
              securityContext: {capabilities: {add: [sys_admin]}}
          ephemeralContainers:
            - name: debug
              securityContext: {capabilities: {add: [SYS_PTRACE]}}
      `,
      errors: [
        { messageId: 'forbiddenCapability', data: { container: 'init', capability: 'NET_RAW' }, line: 11, column: 15, endLine: 11, endColumn: 22 },
        { messageId: 'forbiddenCapability', data: { container: 'app', capability: 'sys_admin' }, line: 15, column: 46, endLine: 15, endColumn: 55 },
        { messageId: 'forbiddenCapability', data: { container: 'debug', capability: 'SYS_PTRACE' }, line: 18, column: 46, endLine: 18, endColumn: 56 },
      ],
    },
    {
      name: 'restricted level before policy v1.22: the baseline check still runs',
      target: '1.21',
      code: addsSysAdmin,
      errors: [{ messageId: 'forbiddenCapability', data: { container: 'app', capability: 'SYS_ADMIN' }, line: 10, column: 17 }],
    },
    {
      name: 'a pinned policy version decides, not the target',
      settings: { pssVersion: 'v1.21' },
      code: addsSysAdmin,
      errors: [{ messageId: 'forbiddenCapability', data: { container: 'app', capability: 'SYS_ADMIN' }, line: 10, column: 17 }],
    },
  ],
});
