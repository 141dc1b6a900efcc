import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './public-load-balancer.js';

const annotated = (annotation: string) => dedent`
  apiVersion: v1
  kind: Service
  metadata:
    name: orders
    annotations:
      ${annotation}
  spec:
    type: LoadBalancer
    ports: [{port: 443}]
`;

testRule(rule, {
  valid: [
    ...[
      'networking.gke.io/load-balancer-type: "Internal"',
      'cloud.google.com/load-balancer-type: Internal',
      'service.beta.kubernetes.io/aws-load-balancer-internal: "true"',
      'service.beta.kubernetes.io/aws-load-balancer-internal: 0.0.0.0/0',
      'service.beta.kubernetes.io/aws-load-balancer-scheme: internal',
      'service.beta.kubernetes.io/azure-load-balancer-internal: "true"',
      'service.beta.kubernetes.io/oci-load-balancer-internal: "true"',
      'service.beta.kubernetes.io/openstack-internal-load-balancer: "true"',
    ].map((annotation) => ({ name: `an internal load balancer: ${annotation}`, code: annotated(annotation) })),
    {
      name: 'source ranges in the spec or in the legacy annotation; ClusterIP and NodePort are not load balancers',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [203.0.113.0/24]
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          annotations:
            service.beta.kubernetes.io/load-balancer-source-ranges: 198.51.100.0/24
        spec:
          type: LoadBalancer
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: internal
        spec:
          ports: [{port: 80}]
      `,
    },
  ],
  invalid: [
    ...[
      'service.beta.kubernetes.io/aws-load-balancer-internal: "false"',
      'service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing',
      'service.beta.kubernetes.io/azure-load-balancer-internal: "false"',
      'networking.gke.io/load-balancer-type: External',
    ].map((annotation) => ({
      name: `a public load balancer: ${annotation}`,
      code: annotated(annotation),
      errors: [{ messageId: 'openLoadBalancer', data: { service: 'orders' }, line: 8, column: 9, endLine: 8, endColumn: 21 }],
    })),
    {
      name: 'an ingress controller behind an open LoadBalancer: information, not an admin API',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: ingress-nginx-controller
          namespace: ingress-nginx
        spec:
          type: LoadBalancer
          ports:
            - name: https
              port: 443
              targetPort: https
      `,
      errors: [{ messageId: 'openLoadBalancer', data: { service: 'ingress-nginx-controller' }, line: 7, column: 9, endLine: 7, endColumn: 21, severity: 'info' }],
    },
    {
      name: 'a source range that admits every address restricts nothing (warning)',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges:
            - 203.0.113.0/24
            - 0.0.0.0/0
          ports:
            - port: 443
      `,
      errors: [{ messageId: 'anySourceRange', data: { service: 'shop', range: '0.0.0.0/0' }, line: 9, column: 7, endLine: 9, endColumn: 16, severity: 'warning' }],
    },
  ],
});
