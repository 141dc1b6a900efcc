import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './removed-api.js';

const CRONJOB = dedent`
  apiVersion: batch/v1beta1
  kind: CronJob
  metadata:
    name: nightly
`;
const PSP = dedent`
  apiVersion: policy/v1beta1
  kind: PodSecurityPolicy
  metadata:
    name: restricted
`;
const OLD_PSP = dedent`
  apiVersion: extensions/v1beta1
  kind: PodSecurityPolicy
  metadata:
    name: restricted
`;
const FLOW_SCHEMA = dedent`
  apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
  kind: FlowSchema
  metadata:
    name: batch-jobs
`;
const PRIORITY_LEVEL = dedent`
  apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
  kind: PriorityLevelConfiguration
  metadata:
    name: batch
`;

const PSP_GONE =
  'There is no replacement API: enforce pod security with Pod Security Admission (pod-security.kubernetes.io/enforce namespace labels) or an admission webhook.';
const ONLY_API_VERSION = 'Only the apiVersion line needs to change.';

testRule(rule, {
  valid: [
    {
      name: 'apps/v1 Deployment is served everywhere',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
      `,
    },
    { name: 'batch/v1beta1 CronJob is still served by 1.24 (deprecated only)', code: CRONJOB, target: '1.24' },
    { name: 'flowcontrol v1beta3 is still served by 1.31', code: PRIORITY_LEVEL, target: '1.31' },
    {
      name: 'core v1 Endpoints is deprecated but not removed',
      code: dedent`
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: legacy
      `,
    },
    {
      name: 'a custom resource that reuses a kind name in its own group',
      code: dedent`
        apiVersion: example.com/v1beta1
        kind: CronJob
        metadata:
          name: nightly
      `,
    },
  ],
  invalid: [
    {
      name: 'extensions/v1beta1 Ingress: moved group and changed backend shape',
      code: dedent`
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: shop
        spec:
          backend:
            serviceName: shop
            servicePort: 80
      `,
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'extensions/v1beta1',
            kind: 'Ingress',
            removed: '1.22',
            target: '1.37',
            replacement: 'networking.k8s.io/v1 Ingress',
            since: '1.19',
            change:
              'The kind moves to the networking.k8s.io group; networking.k8s.io/v1 renames spec.backend to spec.defaultBackend and backend serviceName/servicePort to service.name and service.port.number (or service.port.name), and every path needs a pathType (ImplementationSpecific keeps the old matching).',
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'batch/v1beta1 CronJob at the 1.25 boundary',
      code: CRONJOB,
      target: '1.25',
      errors: [
        {
          messageId: 'removed',
          data: { apiVersion: 'batch/v1beta1', kind: 'CronJob', removed: '1.25', target: '1.25', replacement: 'batch/v1 CronJob', since: '1.21', change: ONLY_API_VERSION },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 26,
          severity: 'error',
        },
      ],
    },
    {
      name: 'policy/v1beta1 PodSecurityPolicy at 1.25 has no replacement',
      code: PSP,
      target: '1.25',
      errors: [
        {
          messageId: 'removedNoReplacement',
          data: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', removed: '1.25', target: '1.25', change: PSP_GONE },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'extensions/v1beta1 PodSecurityPolicy at 1.24 points to policy/v1beta1',
      code: OLD_PSP,
      target: '1.24',
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'extensions/v1beta1',
            kind: 'PodSecurityPolicy',
            removed: '1.16',
            target: '1.24',
            replacement: 'policy/v1beta1 PodSecurityPolicy',
            since: '1.10',
            change: 'policy/v1beta1 PodSecurityPolicy is itself removed in 1.25; plan for Pod Security Admission instead.',
          },
          line: 1,
          column: 13,
        },
      ],
    },
    {
      name: 'extensions/v1beta1 PodSecurityPolicy at 1.25: its replacement is gone too',
      code: OLD_PSP,
      target: '1.25',
      errors: [
        {
          messageId: 'removedNoReplacement',
          data: {
            apiVersion: 'extensions/v1beta1',
            kind: 'PodSecurityPolicy',
            removed: '1.16',
            target: '1.25',
            change: 'policy/v1beta1 PodSecurityPolicy is itself removed in 1.25; plan for Pod Security Admission instead.',
          },
          line: 1,
          column: 13,
        },
      ],
    },
    {
      name: 'flowcontrol v1beta1 at 1.26: v1beta3 is the newest served replacement',
      code: FLOW_SCHEMA,
      target: '1.26',
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
            kind: 'FlowSchema',
            removed: '1.26',
            target: '1.26',
            replacement: 'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema',
            since: '1.26',
            change: ONLY_API_VERSION,
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'flowcontrol v1beta1 at 1.29: v1 is served',
      code: FLOW_SCHEMA,
      target: '1.29',
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
            kind: 'FlowSchema',
            removed: '1.26',
            target: '1.29',
            replacement: 'flowcontrol.apiserver.k8s.io/v1 FlowSchema',
            since: '1.29',
            change: ONLY_API_VERSION,
          },
          line: 1,
          column: 13,
        },
      ],
    },
    {
      name: 'flowcontrol v1beta3 at the 1.32 boundary',
      code: PRIORITY_LEVEL,
      target: '1.32',
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
            kind: 'PriorityLevelConfiguration',
            removed: '1.32',
            target: '1.32',
            replacement: 'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration',
            since: '1.29',
            change: 'In v1 an explicit spec.limited.nominalConcurrencyShares: 0 stays 0 (v1beta3 turned it into 30).',
          },
          line: 1,
          column: 13,
        },
      ],
    },
    {
      name: 'an item of a List',
      code: dedent`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: rbac.authorization.k8s.io/v1beta1
            kind: Role
            metadata:
              name: reader
      `,
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'rbac.authorization.k8s.io/v1beta1',
            kind: 'Role',
            removed: '1.22',
            target: '1.37',
            replacement: 'rbac.authorization.k8s.io/v1 Role',
            since: '1.8',
            change: ONLY_API_VERSION,
          },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'JSON PodDisruptionBudget: the selector semantics changed',
      code: '{"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "pdb"}}',
      errors: [
        {
          messageId: 'removed',
          data: {
            apiVersion: 'policy/v1beta1',
            kind: 'PodDisruptionBudget',
            removed: '1.25',
            target: '1.37',
            replacement: 'policy/v1 PodDisruptionBudget',
            since: '1.21',
            change:
              'In policy/v1 an empty spec.selector ({}) selects every pod in the namespace, where in policy/v1beta1 it selected none; check the selector before switching.',
          },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 32,
        },
      ],
    },
  ],
});
