import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-apparmor.js';

testRule(rule, {
  valid: [
    {
      name: 'RuntimeDefault and Localhost fields, allowed annotation values',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: unconfined
        spec:
          template:
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/app: runtime/default
                container.apparmor.security.beta.kubernetes.io/side: localhost/my-profile
                container.apparmor.security.beta.kubernetes.io/other: ""
            spec:
              securityContext:
                appArmorProfile: {type: RuntimeDefault}
              containers:
                - name: app
                  securityContext:
                    appArmorProfile:
                      type: Localhost
                      localhostProfile: my-profile
                - name: side
                  securityContext: {appArmorProfile: null}
      `,
    },
  ],
  invalid: [
    {
      name: 'Unconfined at pod and container level, an empty profile, and an unconfined annotation',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/app: unconfined
        spec:
          securityContext:
            appArmorProfile:
              type: Unconfined
          containers:
            - name: app
              securityContext:
                appArmorProfile: {}
          ephemeralContainers:
            - name: debug
              securityContext:
                appArmorProfile: {type: Unconfined}
      `,
      errors: [
        {
          messageId: 'annotation',
          data: { annotation: 'container.apparmor.security.beta.kubernetes.io/app', value: 'unconfined' },
          line: 6,
          column: 5,
        },
        { messageId: 'podProfile', data: { workload: 'Pod "web"', type: 'Unconfined' }, line: 10, column: 7 },
        { messageId: 'containerProfile', data: { container: 'app', type: '' }, line: 14, column: 9 },
        { messageId: 'containerProfile', data: { container: 'debug', type: 'Unconfined' }, line: 18, column: 27 },
      ],
    },
    {
      name: 'the check has one implementation: it applies at the oldest policy version and the baseline level',
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
              securityContext:
                appArmorProfile:
                  type: unconfined
      `,
      errors: [{ messageId: 'containerProfile', data: { container: 'app', type: 'unconfined' }, line: 10, column: 11 }],
    },
  ],
});
