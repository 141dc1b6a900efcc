import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './public-load-balancer.js';

testRule(rule, {
  valid: [
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
