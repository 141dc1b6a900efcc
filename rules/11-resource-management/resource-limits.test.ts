import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './resource-limits.js';

const POD_LEVEL = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    resources:
      requests: {cpu: 200m}
      limits: {cpu: "1", memory: 512Mi}
    initContainers:
      - name: init
    containers:
      - name: app
        resources:
          limits: {memory: 256Mi}
`;

testRule(rule, {
  valid: [
    {
      name: 'all four set',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              resources:
                requests: {cpu: 100m, memory: 128Mi}
                limits: {cpu: 500m, memory: 256Mi}
      `,
    },
    {
      name: 'limits alone: the API server copies them into the requests',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  resources:
                    limits: {cpu: 100m, memory: 64Mi}
              containers:
                - name: app
                  resources:
                    limits: {cpu: "1", memory: 1Gi}
      `,
    },
    { name: 'pod-level resources cover every container from 1.34', target: '1.34', code: POD_LEVEL },
    {
      name: 'ephemeral containers are exempt',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              resources:
                limits: {cpu: 500m, memory: 256Mi}
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
      `,
    },
  ],
  invalid: [
    {
      name: 'no resources at all: reported on the container item',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
      `,
      errors: [{ messageId: 'missing', data: { container: 'app', missing: 'cpu request, memory request, cpu limit or memory limit', resource: 'CPU or memory' }, line: 7, column: 7 }],
    },
    {
      name: 'only the memory limit missing: the message names memory alone (gatekeeper-style controllers set cpu only)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              resources:
                requests: {cpu: 100m, memory: 128Mi}
                limits: {cpu: 500m}
      `,
      errors: [{ messageId: 'missing', data: { container: 'app', missing: 'memory limit', resource: 'memory' }, line: 8, column: 7, endLine: 8, endColumn: 16 }],
    },
    {
      name: 'requests only: reported on the resources key',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              resources:
                requests: {cpu: 100m, memory: 128Mi}
      `,
      errors: [{ messageId: 'missing', data: { container: 'app', missing: 'cpu limit or memory limit', resource: 'CPU or memory' }, line: 8, column: 7, endLine: 8, endColumn: 16 }],
    },
    {
      name: 'a memory limit alone, and an empty cpu value',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              resources:
                requests:
                  cpu:
                limits:
                  memory: 256Mi
      `,
      errors: [{ messageId: 'missing', data: { container: 'app', missing: 'cpu request or cpu limit', resource: 'CPU' }, line: 8, column: 7 }],
    },
    {
      name: 'init containers are checked; one finding per container',
      code: dedent`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 1 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      resources: {}
                  containers:
                    - name: main
                      resources:
                        limits: {memory: 1Gi}
                        requests: {cpu: 100m}
      `,
      errors: [
        { messageId: 'missing', data: { container: 'init', missing: 'cpu request, memory request, cpu limit or memory limit', resource: 'CPU or memory' }, line: 13, column: 15 },
        { messageId: 'missing', data: { container: 'main', missing: 'cpu limit', resource: 'CPU' }, line: 16, column: 15 },
      ],
    },
    {
      name: 'pod-level resources are not counted before 1.34 (PodLevelResources off by default)',
      target: '1.33',
      code: POD_LEVEL,
      errors: [
        { messageId: 'missing', data: { container: 'init', missing: 'cpu request, memory request, cpu limit or memory limit', resource: 'CPU or memory' }, line: 10, column: 7 },
        { messageId: 'missing', data: { container: 'app', missing: 'cpu request or cpu limit', resource: 'CPU' }, line: 13, column: 7 },
      ],
    },
  ],
});
