import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-seccomp-baseline.js';

const unconfinedPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
    annotations:
      seccomp.security.alpha.kubernetes.io/pod: unconfined
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
      name: 'baseline level: RuntimeDefault, Localhost, unset, null',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          containers:
            - name: app
              securityContext:
                seccompProfile: {type: Localhost, localhostProfile: profiles/app.json}
            - name: side
              securityContext: {seccompProfile: null}
            - name: third
      `,
    },
    { name: 'restricted level from policy v1.19: seccompProfile_restricted overrides this check', target: '1.19', code: unconfinedPod },
    {
      name: 'policy v1.18 (pinned): annotations with allowed values',
      settings: { pssLevel: 'baseline', pssVersion: '1.18' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
            container.seccomp.security.alpha.kubernetes.io/app: docker/default
            container.seccomp.security.alpha.kubernetes.io/side: localhost/profile.json
            container.seccomp.security.alpha.kubernetes.io/not-a-container: unconfined
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: app
            - name: side
      `,
    },
  ],
  invalid: [
    {
      name: 'baseline level, policy v1.19: the fields are checked, the annotation is not',
      target: '1.19',
      settings: { pssLevel: 'baseline' },
      code: unconfinedPod,
      errors: [{ messageId: 'podProfile', data: { workload: 'Pod "web"', type: 'Unconfined' }, line: 10, column: 7 }],
    },
    {
      name: 'policy v1.18 (pinned, restricted level too): the annotations are checked, the fields are not',
      settings: { pssVersion: '1.18' },
      code: unconfinedPod,
      errors: [
        { messageId: 'annotation', data: { annotation: 'seccomp.security.alpha.kubernetes.io/pod', value: 'unconfined' }, line: 6, column: 5 },
      ],
    },
    {
      name: 'policy v1.18: container annotation, including an empty value',
      settings: { pssLevel: 'baseline', pssVersion: 'v1.18' },
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                container.seccomp.security.alpha.kubernetes.io/app: unconfined
                container.seccomp.security.alpha.kubernetes.io/init: ""
            spec:
              initContainers:
                - name: init
              containers:
                - name: app
      `,
      errors: [
        { messageId: 'annotation', data: { annotation: 'container.seccomp.security.alpha.kubernetes.io/app', value: 'unconfined' }, line: 9, column: 9 },
        { messageId: 'annotation', data: { annotation: 'container.seccomp.security.alpha.kubernetes.io/init', value: '' }, line: 10, column: 9 },
      ],
    },
    {
      name: 'baseline level: init, regular and ephemeral containers; a profile without a type',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              securityContext: {seccompProfile: {type: Unconfined}}
          containers:
            - name: app
              securityContext:
                seccompProfile: {}
          ephemeralContainers:
            - name: debug
              securityContext:
                seccompProfile:
                  type: Unconfined
      `,
      errors: [
        { messageId: 'containerProfile', data: { container: 'init', type: 'Unconfined' }, line: 8, column: 42 },
        { messageId: 'containerProfile', data: { container: 'app', type: '' }, line: 12, column: 9 },
        { messageId: 'containerProfile', data: { container: 'debug', type: 'Unconfined' }, line: 17, column: 11 },
      ],
    },
  ],
});
