import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './deprecated-api.js';

const CRONJOB = dedent`
  apiVersion: batch/v1beta1
  kind: CronJob
  metadata:
    name: nightly
`;
const ENDPOINTS = dedent`
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: legacy
`;
const CRONJOB_FINDING = {
  messageId: 'deprecated',
  data: {
    apiVersion: 'batch/v1beta1',
    kind: 'CronJob',
    deprecated: '1.21',
    removal: 'will not be served from 1.25 on',
    replacement: 'batch/v1 CronJob',
    since: '1.21',
    change: 'Only the apiVersion line needs to change.',
  },
  line: 1,
  column: 13,
  endLine: 1,
  endColumn: 26,
  severity: 'warning',
} as const;

testRule(rule, {
  valid: [
    {
      name: 'apps/v1 Deployment',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
      `,
    },
    { name: 'batch/v1beta1 CronJob before its deprecation (1.20)', code: CRONJOB, target: '1.20' },
    { name: 'batch/v1beta1 CronJob once removed is removed-api\'s finding (1.25)', code: CRONJOB, target: '1.25' },
    { name: 'core v1 Endpoints before 1.33', code: ENDPOINTS, target: '1.32' },
  ],
  invalid: [
    { name: 'batch/v1beta1 CronJob at its deprecation (1.21)', code: CRONJOB, target: '1.21', errors: [CRONJOB_FINDING] },
    { name: 'batch/v1beta1 CronJob in the last release that serves it (1.24)', code: CRONJOB, target: '1.24', errors: [CRONJOB_FINDING] },
    {
      name: 'policy/v1beta1 PodSecurityPolicy has no replacement API',
      code: dedent`
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata:
          name: restricted
      `,
      target: '1.21',
      errors: [
        {
          messageId: 'deprecatedNoReplacement',
          data: {
            apiVersion: 'policy/v1beta1',
            kind: 'PodSecurityPolicy',
            deprecated: '1.21',
            removal: 'will not be served from 1.25 on',
            change:
              'There is no replacement API: enforce pod security with Pod Security Admission (pod-security.kubernetes.io/enforce namespace labels) or an admission webhook.',
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'core v1 Endpoints from 1.33: no removal scheduled',
      code: ENDPOINTS,
      target: '1.33',
      errors: [
        {
          messageId: 'deprecated',
          data: {
            apiVersion: 'v1',
            kind: 'Endpoints',
            deprecated: '1.33',
            removal: 'has no removal release scheduled yet',
            replacement: 'discovery.k8s.io/v1 EndpointSlice',
            since: '1.21',
            change:
              'One Endpoints object becomes one or more EndpointSlices labelled kubernetes.io/service-name: <service>, with addressType and per-endpoint conditions; for a Service with a selector the control plane manages them for you.',
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'flowcontrol v1beta1 at 1.23: v1beta2 is the replacement served then',
      code: dedent`
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
        kind: FlowSchema
        metadata:
          name: batch-jobs
      `,
      target: '1.23',
      errors: [
        {
          messageId: 'deprecated',
          data: {
            apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
            kind: 'FlowSchema',
            deprecated: '1.23',
            removal: 'will not be served from 1.26 on',
            replacement: 'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema',
            since: '1.23',
            change: 'Only the apiVersion line needs to change.',
          },
          line: 1,
          column: 13,
        },
      ],
    },
    {
      name: 'coordination v1beta1 LeaseCandidate has no GA version yet',
      code: dedent`
        apiVersion: coordination.k8s.io/v1beta1
        kind: LeaseCandidate
        metadata:
          name: kube-scheduler-1
      `,
      errors: [
        {
          messageId: 'deprecatedNoReplacement',
          data: {
            apiVersion: 'coordination.k8s.io/v1beta1',
            kind: 'LeaseCandidate',
            deprecated: '1.36',
            removal: 'will not be served from 1.39 on',
            change: 'No GA version of LeaseCandidate exists yet; keep it only where coordinated leader election is deliberately enabled.',
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'second document of a file: PodDisruptionBudget selector semantics',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        ---
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata:
          name: pdb
        spec:
          selector: {}
      `,
      target: '1.21',
      errors: [
        {
          messageId: 'deprecated',
          data: {
            apiVersion: 'policy/v1beta1',
            kind: 'PodDisruptionBudget',
            deprecated: '1.21',
            removal: 'will not be served from 1.25 on',
            replacement: 'policy/v1 PodDisruptionBudget',
            since: '1.21',
            change:
              'In policy/v1 an empty spec.selector ({}) selects every pod in the namespace, where in policy/v1beta1 it selected none; check the selector before switching.',
          },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 27,
        },
      ],
    },
  ],
});
