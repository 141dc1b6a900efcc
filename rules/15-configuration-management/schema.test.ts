import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './schema.js';

const SIDECAR = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    initContainers:
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
    containers:
      - name: app
        image: nginx:1.27
`;
const CRONJOB = dedent`
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: nightly
  spec:
    schedule: "0 2 * * *"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers:
              - name: job
                image: busybox:1.36
`;

const WIDGET_SCHEMA = {
  customResources: [
    {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      schema: {
        type: 'object',
        properties: {
          spec: {
            type: 'object',
            required: ['size'],
            properties: {
              size: { type: 'integer' },
              mode: { type: 'string', enum: ['fast', 'safe'] },
              port: { 'x-kubernetes-int-or-string': true },
              extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            },
          },
        },
      },
    },
  ],
};

testRule(rule, {
  valid: [
    {
      name: 'status is never checked: exported objects carry what a controller wrote (newer fields, other types)',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - port: 80
        status:
          loadBalancer:
            ingress:
              - ip: 203.0.113.7
                ipMode: VIP
                addedInFuture: true
          conditions: "none"
      `,
    },
    {
      name: 'a complete Deployment: quantities, int-or-string ports, probes, nulls and status',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          creationTimestamp: null
          labels: {app: web, tier: "1"}
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
          template:
            metadata:
              labels: {app: web}
            spec:
              automountServiceAccountToken: false
              hostNetwork: no
              containers:
                - name: app
                  image: nginx:1.27
                  imagePullPolicy: IfNotPresent
                  ports:
                    - {name: http, containerPort: 8080, protocol: TCP}
                  readinessProbe:
                    httpGet: {path: /healthz, port: http}
                  resources:
                    requests: {cpu: 100m, memory: 64Mi}
                    limits: {cpu: 1, memory: 1Gi}
                  securityContext:
                    runAsNonRoot: true
                    allowPrivilegeEscalation: false
                    capabilities: {drop: [ALL]}
        status: {}
      `,
    },
    {
      name: 'custom resources are not checked',
      code: dedent`
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          anything: [1, 2]
      `,
    },
    {
      name: 'aggregated APIs without a schema are not checked',
      code: dedent`
        apiVersion: metrics.k8s.io/v1beta1
        kind: PodMetrics
        metadata:
          name: web
        containers: []
      `,
    },
    {
      name: 'removed API versions are left to removed-api',
      code: dedent`
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: shop
        spec:
          backend: {serviceName: shop, servicePort: 80}
      `,
    },
    {
      name: 'meta kinds every group version accepts are not objects to check',
      code: dedent`
        apiVersion: v1
        kind: Status
        status: Failure
        code: 404
      `,
    },
    {
      name: 'kubeconfig files and other tools\' kinds under apiVersion v1 are not Kubernetes objects',
      code: dedent`
        apiVersion: v1
        kind: Config
        clusters: []
        contexts: []
        current-context: ""
      `,
    },
    {
      name: 'a custom resource that matches the schema given in the options',
      code: dedent`
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
          mode: safe
          port: http
          extra: {anything: [1, 2]}
      `,
      options: WIDGET_SCHEMA,
    },
    { name: 'sidecar restartPolicy exists from 1.28', code: SIDECAR, target: '1.28' },
    { name: 'batch/v1 CronJob from 1.21', code: CRONJOB, target: '1.21' },
  ],
  invalid: [
    {
      name: 'misspelt automountServiceAccountToken in a Pod',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          automountServiceAccountTokn: false
          containers:
            - name: app
              image: nginx:1.27
      `,
      errors: [
        {
          messageId: 'unknownFieldSuggestion',
          data: { field: 'automountServiceAccountTokn', type: 'PodSpec', target: '1.37', suggestion: 'automountServiceAccountToken' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'enum values and a misspelt securityContext field in a Deployment',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  imagePullPolicy: always
                  ports:
                    - containerPort: 8080
                      protocol: tcp
                  securityContext:
                    runAsNonRot: true
      `,
      errors: [
        {
          messageId: 'invalidValueSuggestion',
          data: { value: 'always', field: 'imagePullPolicy', type: 'Container', target: '1.37', suggestion: 'Always', allowed: 'Always, IfNotPresent, Never' },
          line: 15,
          column: 28,
          endLine: 15,
          endColumn: 34,
        },
        {
          messageId: 'invalidValueSuggestion',
          data: { value: 'tcp', field: 'protocol', type: 'ContainerPort', target: '1.37', suggestion: 'TCP', allowed: 'SCTP, TCP, UDP' },
          line: 18,
          column: 25,
          endLine: 18,
          endColumn: 28,
        },
        {
          messageId: 'unknownFieldSuggestion',
          data: { field: 'runAsNonRot', type: 'SecurityContext', target: '1.37', suggestion: 'runAsNonRoot' },
          line: 20,
          column: 13,
          endLine: 20,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'wrong value types and a missing required field in a Service',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          labels:
            version: 2
        spec:
          ports:
            - name: https
              targetPort: https
          selector:
            app: api
          publishNotReadyAddresses: "true"
      `,
      errors: [
        {
          messageId: 'wrongType',
          data: { field: 'labels.version', type: 'ObjectMeta', target: '1.37', expected: 'a string', actual: 'a number' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 15,
        },
        { messageId: 'missingField', data: { field: 'port', type: 'ServicePort', target: '1.37' }, line: 9, column: 7, endLine: 10, endColumn: 24 },
        {
          messageId: 'wrongType',
          data: { field: 'publishNotReadyAddresses', type: 'ServiceSpec', target: '1.37', expected: 'a boolean (true or false)', actual: 'a string' },
          line: 13,
          column: 29,
          endLine: 13,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'an enum value with nothing close to it',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          type: Public
          ports:
            - port: 443
      `,
      errors: [
        {
          messageId: 'invalidValue',
          data: { value: 'Public', field: 'type', type: 'ServiceSpec', target: '1.37', allowed: 'ClusterIP, ExternalName, LoadBalancer, NodePort' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 15,
        },
      ],
    },
    {
      name: 'a missing top-level field is reported on the kind line',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: read
        subjects:
          - kind: User
            name: jane
      `,
      errors: [{ messageId: 'missingField', data: { field: 'roleRef', type: 'RoleBinding', target: '1.37' }, line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
    {
      name: 'an unknown field with nothing close to it',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        payload:
          key: value
      `,
      errors: [{ messageId: 'unknownField', data: { field: 'payload', type: 'ConfigMap', target: '1.37' }, line: 5, column: 1, endLine: 5, endColumn: 8 }],
    },
    {
      name: 'sidecar restartPolicy does not exist before 1.28',
      code: SIDECAR,
      target: '1.27',
      errors: [
        {
          messageId: 'fieldNotYetAvailable',
          data: { field: 'restartPolicy', type: 'Container', target: '1.27', since: '1.28' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'batch/v1 CronJob does not exist before 1.21',
      code: CRONJOB,
      target: '1.20',
      errors: [{ messageId: 'notYetServed', data: { apiVersion: 'batch/v1', kind: 'CronJob', target: '1.20', since: '1.21' }, line: 1, column: 13, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'an alpha API version whose types were deleted',
      code: dedent`
        apiVersion: batch/v2alpha1
        kind: CronJob
        metadata:
          name: nightly
      `,
      target: '1.21',
      errors: [{ messageId: 'noLongerServed', data: { apiVersion: 'batch/v2alpha1', kind: 'CronJob', target: '1.21', last: '1.20' }, line: 1, column: 13, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'a custom resource checked against the schema given in the options',
      code: dedent`
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          sise: 3
          mode: fsat
      `,
      options: WIDGET_SCHEMA,
      errors: [
        { messageId: 'missingField', data: { field: 'size', type: 'WidgetSpec', target: '1.37' }, line: 5, column: 1, endLine: 5, endColumn: 5 },
        { messageId: 'unknownFieldSuggestion', data: { field: 'sise', type: 'WidgetSpec', target: '1.37', suggestion: 'size' }, line: 6, column: 3, endLine: 6, endColumn: 7 },
        {
          messageId: 'invalidValueSuggestion',
          data: { value: 'fsat', field: 'mode', type: 'WidgetSpec', target: '1.37', suggestion: 'fast', allowed: 'fast, safe' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'a misspelt kind of a built-in API version',
      code: dedent`
        apiVersion: apps/v1
        kind: Deploymnet
        metadata:
          name: web
      `,
      errors: [
        { messageId: 'unknownKindSuggestion', data: { apiVersion: 'apps/v1', kind: 'Deploymnet', target: '1.37', suggestion: 'Deployment' }, line: 2, column: 7, endLine: 2, endColumn: 17 },
      ],
    },
    {
      name: 'a kind the built-in API version never had',
      code: dedent`
        apiVersion: apps/v1
        kind: Widget
        metadata:
          name: w
      `,
      errors: [
        {
          messageId: 'unknownKind',
          data: { apiVersion: 'apps/v1', kind: 'Widget', target: '1.37', kinds: 'ControllerRevision, DaemonSet, Deployment, ReplicaSet, StatefulSet' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
  ],
});
