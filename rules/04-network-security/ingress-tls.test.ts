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
  ],
});
