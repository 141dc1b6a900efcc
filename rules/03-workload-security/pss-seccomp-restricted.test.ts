import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-seccomp-restricted.js';

const windowsPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: win
  spec:
    os: {name: windows}
    containers:
      - name: app
`;

const unconfinedPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    securityContext:
      seccompProfile:
        type: Unconfined
    containers:
      - name: app
`;

testRule(rule, {
  valid: [
    {
      name: 'pod-level RuntimeDefault covers containers without their own; containers may set Localhost',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          initContainers:
            - name: init
          containers:
            - name: app
              securityContext:
                seccompProfile: {type: Localhost, localhostProfile: app.json}
          ephemeralContainers:
            - name: debug
              securityContext: {seccompProfile: null}
      `,
    },
    {
      name: 'no pod-level profile, every container sets one',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext: {seccompProfile: {type: RuntimeDefault}}
      `,
    },
    { name: 'policy v1.25: Windows pods are exempt', target: '1.25', code: windowsPod },
    { name: 'policy v1.18 (pinned): the check does not exist yet (the baseline seccomp check applies)', settings: { pssVersion: '1.18' }, code: unconfinedPod },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: unconfinedPod },
  ],
  invalid: [
    {
      name: 'policy v1.24: Windows pods are not exempt yet',
      target: '1.24',
      code: windowsPod,
      errors: [{ messageId: 'notSet', data: { container: 'app' }, line: 8, column: 7 }],
    },
    {
      name: 'policy v1.19: an Unconfined pod profile does not cover the containers',
      target: '1.19',
      code: unconfinedPod,
      errors: [
        { messageId: 'podProfile', data: { workload: 'Pod "web"', type: 'Unconfined' }, line: 8, column: 7 },
        { messageId: 'notSet', data: { container: 'app' }, line: 10, column: 7 },
      ],
    },
    {
      name: 'container overrides to Unconfined, an empty profile; init and ephemeral containers',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              initContainers:
                - name: init
                  securityContext:
                    seccompProfile:
                      type: Unconfined
              containers:
                - name: app
                  securityContext: {seccompProfile: {}}
              ephemeralContainers:
                - name: debug
                  securityContext: {seccompProfile: {type: Unconfined}}
      `,
      errors: [
        { messageId: 'containerProfile', data: { container: 'init', type: 'Unconfined' }, line: 14, column: 15 },
        { messageId: 'containerProfile', data: { container: 'app', type: '' }, line: 17, column: 29 },
        { messageId: 'containerProfile', data: { container: 'debug', type: 'Unconfined' }, line: 20, column: 46 },
      ],
    },
    {
      name: 'a Linux pod (spec.os.name linux) without any profile; the nearest key is reported',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          os: {name: linux}
          containers:
            - name: app
              securityContext:
                runAsNonRoot: true
      `,
      errors: [{ messageId: 'notSet', data: { container: 'app' }, line: 9, column: 7, endLine: 9, endColumn: 22 }],
    },
  ],
});
