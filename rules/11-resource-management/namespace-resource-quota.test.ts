import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './namespace-resource-quota.js';

const cronJobWithoutNamespace = dedent`
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: report
  spec:
    schedule: "0 2 * * *"
    jobTemplate:
      spec:
        template:
          spec:
            containers:
              - name: report
                image: report
`;

testRule(rule, {
  valid: [
    {
      name: 'a ResourceQuota in the namespace is enough',
      code: dedent`
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: compute
          namespace: payments
        spec:
          hard:
            limits.cpu: "8"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app
      `,
    },
    {
      name: 'a LimitRange in the default namespace covers objects without a namespace',
      settings: { defaultNamespace: 'shop' },
      code: `${dedent`
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: defaults
          namespace: shop
        spec:
          limits:
            - type: Container
              default: {cpu: 500m, memory: 256Mi}
      `}\n---\n${cronJobWithoutNamespace}`,
    },
    {
      name: 'namespaces without workloads need nothing',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: empty
      `,
    },
  ],
  invalid: [
    {
      name: 'workload namespace without limits: reported on the Namespace object',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
        spec:
          containers:
            - name: web
              image: web
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: elsewhere
          namespace: other
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "shop"' }, line: 14, column: 3, endLine: 14, endColumn: 13 }],
    },
    {
      name: 'two namespaces, one limited; the other reported on its first workload',
      code: dedent`
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: defaults
          namespace: a
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: one
          namespace: a
        spec:
          template:
            spec:
              containers:
                - name: c
                  image: c
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: two
          namespace: b
        spec:
          template:
            spec:
              containers:
                - name: c
                  image: c
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "b"' }, line: 23, column: 3 }],
    },
    {
      name: 'no namespace and no defaultNamespace setting',
      code: cronJobWithoutNamespace,
      errors: [
        {
          messageId: 'missing',
          data: { namespace: 'The unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)' },
          line: 2,
          column: 1,
        },
      ],
    },
    {
      name: 'defaultNamespace set but its limits are elsewhere',
      settings: { defaultNamespace: 'default' },
      code: cronJobWithoutNamespace,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "default" (objects without metadata.namespace)' }, line: 2, column: 1 }],
    },
  ],
});
