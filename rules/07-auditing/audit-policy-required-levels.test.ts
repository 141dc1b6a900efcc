import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-required-levels.js';

const policy = (rules: string) => `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules}`;

testRule(rule, {
  valid: [
    {
      name: 'Metadata for secrets, tokenreviews and exec; RequestResponse for RBAC writes; None only for reads of endpoints',
      code: policy(dedent`
        - level: None
          verbs: [get, list, watch]
          resources:
            - group: ""
              resources: [endpoints]
        - level: Metadata
          resources:
            - group: ""
              resources: [secrets, pods/exec]
            - group: authentication.k8s.io
              resources: [tokenreviews]
        - level: RequestResponse
          verbs: [create, update, patch, delete, deletecollection]
          resources:
            - group: rbac.authorization.k8s.io
        - level: Metadata
      `),
    },
    {
      name: 'a None rule for pods does not cover pods/exec, and a None rule for reads does not decide RBAC writes',
      code: policy(dedent`
        - level: None
          resources:
            - group: ""
              resources: [pods]
        - level: None
          verbs: [get, list, watch]
          resources:
            - group: rbac.authorization.k8s.io
        - level: RequestResponse
      `),
    },
    {
      name: 'exec, attach and port-forward at Metadata before a None rule for the other pod subresources',
      code: policy(dedent`
        - level: Metadata
          resources:
            - group: ""
              resources: [pods/exec, pods/attach, pods/portforward]
        - level: None
          resources:
            - group: ""
              resources: ["pods/*"]
        - level: RequestResponse
      `),
    },
    { name: 'no rule matches at all: audit-policy-catch-all reports that', code: policy('- level: None\n  nonResourceURLs: ["/healthz*"]\n') },
  ],
  invalid: [
    {
      name: 'catch-all at Metadata decides RBAC changes; None for exec through pods/*',
      code: policy(dedent`
        - level: None
          resources:
            - group: ""
              resources: ["pods/*"]
        - level: Metadata
      `),
      errors: [
        {
          messageId: 'tooLow',
          data: {
            index: 1,
            targets: 'exec into pods (pods/exec), attach to pods (pods/attach), port-forward into pods (pods/portforward)',
            level: 'None',
            needs: 'Metadata for exec into pods (pods/exec), attach to pods (pods/attach) and port-forward into pods (pods/portforward)',
          },
          line: 4,
          column: 10,
          endColumn: 14,
        },
        {
          messageId: 'tooLow',
          data: { index: 2, targets: 'RBAC changes', level: 'Metadata', needs: 'RequestResponse for RBAC changes (to record what changed)' },
          line: 8,
          column: 10,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a user-narrowed None rule decides for that user; secrets silenced by a system-wide rule',
      code: policy(dedent`
        - level: None
          users: ["system:kube-controller-manager"]
          resources:
            - group: ""
              resources: [secrets]
        - level: None
          resources:
            - group: authentication.k8s.io
        - level: RequestResponse
      `),
      errors: [
        { messageId: 'tooLow', data: { index: 1, targets: 'Secret access', level: 'None', needs: 'Metadata for Secret access' }, line: 4, column: 10 },
        { messageId: 'tooLow', data: { index: 2, targets: 'TokenReviews', level: 'None', needs: 'Metadata for TokenReviews' }, line: 9, column: 10 },
      ],
    },
    {
      name: 'one rule silencing several kinds of request is one finding',
      code: policy('- level: None\n  resources:\n    - group: ""\n    - group: rbac.authorization.k8s.io\n- level: Metadata\n'),
      errors: [
        {
          messageId: 'tooLow',
          data: {
            index: 1,
            targets: 'Secret access, exec into pods (pods/exec), attach to pods (pods/attach), port-forward into pods (pods/portforward), RBAC changes',
            level: 'None',
            needs:
              'Metadata for Secret access, exec into pods (pods/exec), attach to pods (pods/attach) and port-forward into pods (pods/portforward); RequestResponse for RBAC changes (to record what changed)',
          },
          line: 4,
          column: 10,
        },
      ],
    },
    {
      name: 'None for */portforward and for pods/attach by verb: each silenced where it is decided',
      code: policy(dedent`
        - level: None
          resources:
            - group: ""
              resources: ["*/portforward"]
        - level: None
          verbs: [create]
          resources:
            - group: ""
              resources: [pods/attach]
        - level: Metadata
      `),
      errors: [
        {
          messageId: 'tooLow',
          data: { index: 1, targets: 'port-forward into pods (pods/portforward)', level: 'None', needs: 'Metadata for port-forward into pods (pods/portforward)' },
          line: 4,
          column: 10,
        },
        { messageId: 'tooLow', data: { index: 2, targets: 'attach to pods (pods/attach)', level: 'None', needs: 'Metadata for attach to pods (pods/attach)' }, line: 8, column: 10 },
        {
          messageId: 'tooLow',
          data: { index: 3, targets: 'RBAC changes', level: 'Metadata', needs: 'RequestResponse for RBAC changes (to record what changed)' },
          line: 13,
          column: 10,
        },
      ],
    },
  ],
});
