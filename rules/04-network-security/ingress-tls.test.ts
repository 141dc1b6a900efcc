import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './ingress-tls.js';

const GATEWAY = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata:
    name: public
    namespace: edge
  spec:
    gatewayClassName: envoy
    listeners:
      - name: https
        protocol: HTTPS
        port: 443
        tls:
          certificateRefs: [{ name: shop-tls }]
      - name: http
        protocol: HTTP
        port: 80
`;

const SCOPE = { inScope: { matchLabels: { 'pci-scope': 'cde' } } };
const DEPLOYMENT = (name: string, labels: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  selector:\n    matchLabels: { app: ${name} }\n  template:\n    metadata:\n      labels: { app: ${name}${labels} }\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${name}:1\n`;
const SERVICE = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  selector: { app: ${name} }\n  ports: [{ port: 80 }]\n`;
const INGRESS = (name: string, service: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  rules:\n    - host: ${name}.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: { name: ${service}, port: { number: 80 } }\n`;
/** pay: in scope; blog: not; both with a Service. */
const WORKLOADS = `${DEPLOYMENT('pay', ', pci-scope: cde')}---\n${SERVICE('pay')}---\n${DEPLOYMENT('blog', '')}---\n${SERVICE('blog')}`;
const WORKLOAD_LINES = WORKLOADS.split('\n').length - 1;

testRule(rule, {
  valid: [
    {
      name: 'every host listed under tls, including by wildcard',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
        spec:
          tls:
            - hosts: [shop.example.com, "*.api.example.com"]
              secretName: shop-tls
          rules:
            - host: shop.example.com
            - host: pay.api.example.com
      `,
    },
    {
      name: 'TLS terminated by the AWS load balancer',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          annotations:
            alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc
        spec:
          rules:
            - host: shop.example.com
      `,
    },
    {
      name: 'the HTTP listener only carries a redirect to https',
      code: `${GATEWAY}\n---\n${dedent`
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: to-https
          namespace: edge
        spec:
          parentRefs: [{ name: public, sectionName: http }]
          rules:
            - filters:
                - type: RequestRedirect
                  requestRedirect: { scheme: https, statusCode: 301 }
      `}`,
    },
  ],
  invalid: [
    {
      name: 'an Ingress without tls, and one with a host its tls does not list',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: plain
        spec:
          rules:
            - host: shop.example.com
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: partial
        spec:
          tls:
            - hosts: ["*.example.com"]
              secretName: wildcard
          rules:
            - host: shop.example.com
            - host: pay.shop.example.com
      `,
      errors: [
        { messageId: 'noTls', data: { ingress: 'plain' }, line: 5, column: 1, endColumn: 5, severity: 'warning' },
        { messageId: 'hostWithoutTls', data: { ingress: 'partial', host: 'pay.shop.example.com' }, line: 19, column: 13, endColumn: 33, severity: 'warning' },
      ],
    },
    {
      name: 'Kong Ingresses without tls: only encrypted protocols get their own message, one that still admits http does not',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: https-only
          annotations:
            konghq.com/protocols: "https"
        spec:
          ingressClassName: kong
          rules:
            - host: shop.example.com
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: both
          annotations:
            konghq.com/protocols: "HTTPS, http"
        spec:
          ingressClassName: kong
          rules:
            - host: shop.example.com
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: grpc
          annotations:
            konghq.com/protocols: grpcs,https
        spec:
          rules:
            - host: rpc.example.com
      `,
      errors: [
        { messageId: 'kongTlsOnly', data: { ingress: 'https-only', protocols: 'https' }, line: 7, column: 1, endColumn: 5, severity: 'warning' },
        { messageId: 'noTls', data: { ingress: 'both' }, line: 18, column: 1, endColumn: 5, severity: 'warning' },
        { messageId: 'kongTlsOnly', data: { ingress: 'grpc', protocols: 'grpcs, https' }, line: 29, column: 1, endColumn: 5, severity: 'warning' },
      ],
    },
    {
      name: 'an HTTP listener with an ordinary route attached',
      code: `${GATEWAY}\n---\n${dedent`
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          namespace: edge
        spec:
          parentRefs: [{ name: public }]
          rules:
            - backendRefs: [{ name: shop, port: 8080 }]
      `}`,
      errors: [{ messageId: 'httpListener', data: { gateway: 'public', listener: 'http' }, line: 15, column: 17, endColumn: 21 }],
    },
    {
      name: 'with inScope: an Ingress to in-scope pods is an error, one to other pods stays a warning (1.37)',
      settings: SCOPE,
      code: `${WORKLOADS}---\n${INGRESS('pay', 'pay')}---\n${INGRESS('blog', 'blog')}`,
      errors: [
        { messageId: 'noTls', data: { ingress: 'pay' }, line: WORKLOAD_LINES + 7, column: 1, severity: 'error' },
        { messageId: 'noTls', data: { ingress: 'blog' }, line: WORKLOAD_LINES + 22, column: 1, severity: 'warning' },
      ],
    },
    {
      name: 'without inScope the same Ingress to in-scope pods stays a warning (1.24)',
      target: '1.24',
      code: `${WORKLOADS}---\n${INGRESS('pay', 'pay')}`,
      errors: [{ messageId: 'noTls', data: { ingress: 'pay' }, line: WORKLOAD_LINES + 7, column: 1, severity: 'warning' }],
    },
    {
      name: 'with inScope: a backend Service not in the input stays a warning (1.24)',
      target: '1.24',
      settings: SCOPE,
      code: `${WORKLOADS}---\n${INGRESS('pay', 'checkout')}`,
      errors: [{ messageId: 'noTls', data: { ingress: 'pay' }, line: WORKLOAD_LINES + 7, column: 1, severity: 'warning' }],
    },
    {
      name: 'with inScope: a host without tls routed to in-scope pods is an error (1.30)',
      target: '1.30',
      settings: SCOPE,
      code: `${WORKLOADS}---\n${INGRESS('pay', 'pay').replace('spec:\n  rules:', 'spec:\n  tls:\n    - hosts: [other.example.com]\n      secretName: other-tls\n  rules:')}`,
      errors: [{ messageId: 'hostWithoutTls', data: { ingress: 'pay', host: 'pay.example.com' }, line: WORKLOAD_LINES + 12, column: 13, severity: 'error' }],
    },
    {
      name: 'with inScope: an HTTP listener whose route reaches in-scope pods in another namespace is an error (1.37)',
      settings: SCOPE,
      code: `${WORKLOADS}---\n${GATEWAY}\n---\n${dedent`
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: pay
          namespace: edge
        spec:
          parentRefs: [{ name: public, sectionName: http }]
          rules:
            - backendRefs: [{ name: pay, namespace: shop, port: 80 }]
      `}`,
      errors: [{ messageId: 'httpListener', data: { gateway: 'public', listener: 'http' }, line: WORKLOAD_LINES + 16, column: 17, severity: 'error' }],
    },
  ],
});
