import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-selinux.js';

const enginePod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: builder
  spec:
    containers:
      - name: buildkit
        securityContext:
          seLinuxOptions:
            type: container_engine_t
`;

const OLD_TYPES = 'container_t, container_init_t, container_kvm_t';

testRule(rule, {
  valid: [
    {
      name: 'allowed types, a level, an empty options object',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            seLinuxOptions: {type: container_t, level: "s0:c123,c456"}
          initContainers:
            - name: init
              securityContext: {seLinuxOptions: {type: container_init_t}}
          containers:
            - name: app
              securityContext:
                seLinuxOptions: {}
            - name: vm
              securityContext:
                seLinuxOptions: {type: container_kvm_t, user: "", role: null}
      `,
    },
    { name: 'container_engine_t is allowed from policy v1.31', target: '1.31', code: enginePod },
  ],
  invalid: [
    {
      name: 'container_engine_t is not allowed before policy v1.31',
      target: '1.30',
      code: enginePod,
      errors: [{ messageId: 'type', data: { subject: 'Container "buildkit"', type: 'container_engine_t', allowed: OLD_TYPES }, line: 10, column: 17, endLine: 10, endColumn: 35 }],
    },
    {
      name: 'pod-level type, container user and role, ephemeral container (baseline level, pinned version)',
      settings: { pssLevel: 'baseline', pssVersion: '1.19' },
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            spec:
              securityContext:
                seLinuxOptions:
                  type: spc_t
              containers:
                - name: db
                  securityContext:
                    seLinuxOptions: {user: system_u, role: system_r}
              ephemeralContainers:
                - name: debug
                  securityContext:
                    seLinuxOptions:
                      type: unconfined_t
      `,
      errors: [
        { messageId: 'type', data: { subject: 'StatefulSet "db"', type: 'spc_t', allowed: OLD_TYPES }, line: 10, column: 17 },
        { messageId: 'user', data: { subject: 'Container "db"', value: 'system_u' }, line: 14, column: 36 },
        { messageId: 'role', data: { subject: 'Container "db"', value: 'system_r' }, line: 14, column: 52 },
        { messageId: 'type', data: { subject: 'Container "debug"', type: 'unconfined_t', allowed: OLD_TYPES }, line: 19, column: 21 },
      ],
    },
  ],
});
