import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './exposed-admin-port.js';

// A NodePort Service without a namespace, and pods in namespace ops whose port named kubelet is 10250.
const crossNamespace = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: proxy
    namespace: ops
    labels: {app: proxy}
  spec:
    containers:
      - name: proxy
        image: proxy
        ports:
          - name: kubelet
            containerPort: 10250
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: proxy
  spec:
    type: NodePort
    selector: {app: proxy}
    ports:
      - port: 443
        targetPort: kubelet
`;

testRule(rule, {
  valid: [
    { name: 'a Service without a namespace does not select pods of namespace ops by default', code: crossNamespace },
    {
      name: 'ClusterIP on an admin port and a NodePort on an application port',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata: {name: metrics}
        spec:
          ports:
            - port: 10250
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          ports:
            - port: 80
              targetPort: 8080
      `,
    },
    {
      name: 'LoadBalancer with source ranges on 443 to an application that is not a dashboard',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata: {name: shop}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [203.0.113.0/24]
          selector: {app: shop}
          ports:
            - port: 443
              targetPort: 8443
      `,
    },
    {
      name: 'the legacy source-ranges annotation restricts a LoadBalancer too',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: shop
          annotations:
            service.beta.kubernetes.io/load-balancer-source-ranges: 203.0.113.0/24
        spec:
          type: LoadBalancer
          ports:
            - port: 443
      `,
    },
    {
      name: 'a named targetPort resolved through the pods wins over the published number',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels: {app: web}
        spec:
          containers:
            - name: web
              image: web
              ports:
                - name: http
                  containerPort: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          selector: {app: web}
          ports:
            - port: 10250
              targetPort: http
      `,
    },
    {
      name: 'the API server static pod listens on its own port in the node network',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: kube-apiserver
          namespace: kube-system
          labels: {component: kube-apiserver, tier: control-plane}
        spec:
          hostNetwork: true
          containers:
            - name: kube-apiserver
              image: registry.k8s.io/kube-apiserver:v1.31.0
              command: [kube-apiserver, --secure-port=6443]
              ports:
                - containerPort: 6443
                  hostPort: 6443
      `,
    },
    {
      name: 'routes and ingresses to application ports; other backend kinds and look-alike groups are not followed',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
            - name: http
              port: 80
              targetPort: 8080
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          defaultBackend:
            service:
              name: web
              port: {name: http}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: web}
        spec:
          rules:
            - backendRefs:
                - name: web
                  port: 80
                - name: kubelet
                  kind: ServiceImport
                  group: multicluster.x-k8s.io
                  port: 10250
        ---
        apiVersion: example.com/v1
        kind: HTTPRoute
        metadata: {name: not-gateway-api}
        spec:
          rules:
            - backendRefs:
                - name: kubelet
                  port: 10250
      `,
    },
  ],
  invalid: [
    {
      name: 'NodePort whose named targetPort resolves to the kubelet port through the selected pods',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: node-proxy
          namespace: ops
        spec:
          selector:
            matchLabels: {app: node-proxy}
          template:
            metadata:
              labels: {app: node-proxy}
            spec:
              containers:
                - name: proxy
                  image: proxy
                  ports:
                    - name: kubelet
                      containerPort: 10250
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: node-proxy
          namespace: ops
        spec:
          type: NodePort
          selector: {app: node-proxy}
          ports:
            - port: 443
              targetPort: kubelet
      `,
      errors: [
        { messageId: 'serviceExposesAdmin', data: { service: 'node-proxy', serviceType: 'NodePort', port: 443, admin: 'the kubelet API (10250)' }, line: 30, column: 7, endLine: 30, endColumn: 26 },
      ],
    },
    {
      name: 'with defaultNamespace ops the Service selects the pods and resolves kubelet to 10250',
      code: crossNamespace,
      settings: { defaultNamespace: 'ops' },
      errors: [{ messageId: 'serviceExposesAdmin', data: { service: 'proxy', serviceType: 'NodePort', port: 443, admin: 'the kubelet API (10250)' }, line: 24, column: 7 }],
    },
    {
      name: 'dashboard behind an open LoadBalancer',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: kubernetes-dashboard
          namespace: kubernetes-dashboard
        spec:
          type: LoadBalancer
          ports:
            - port: 443
              targetPort: 8443
          selector:
            k8s-app: kubernetes-dashboard
      `,
      errors: [
        { messageId: 'serviceExposesAdmin', data: { service: 'kubernetes-dashboard', serviceType: 'LoadBalancer', port: 443, admin: 'the Kubernetes Dashboard (8443)' }, line: 10, column: 7, endLine: 10, endColumn: 23, severity: 'error' },
      ],
    },
    {
      name: 'Ingress to an etcd Service',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd-client
          namespace: kube-system
        spec:
          ports:
            - name: client
              port: 2379
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: etcd
          namespace: kube-system
        spec:
          rules:
            - host: etcd.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: etcd-client
                        port:
                          number: 2379
      `,
      errors: [{ messageId: 'routeExposesAdmin', data: { via: 'Ingress "etcd"', service: 'etcd-client', port: 2379, admin: 'the etcd client API (2379)' }, line: 26, column: 17 }],
    },
    {
      name: 'HTTPRoute to a Service that selects the API server on 443',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: apiserver
          namespace: default
        spec:
          selector:
            component: kube-apiserver
          ports:
            - name: https
              port: 443
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: api
          namespace: default
        spec:
          parentRefs:
            - name: public
          rules:
            - backendRefs:
                - name: apiserver
                  port: 443
      `,
      errors: [{ messageId: 'routeExposesAdmin', data: { via: 'HTTPRoute "api"', service: 'apiserver', port: 443, admin: 'the Kubernetes API server (443)' }, line: 24, column: 11 }],
    },
    {
      name: 'hostNetwork and hostPort on admin ports',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: stats
          namespace: monitoring
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
                - name: scraper
                  image: scraper
                  ports:
                    - containerPort: 10255
                    - containerPort: 2379
                      hostPort: 2379
      `,
      errors: [
        { messageId: 'hostAdminPort', data: { container: 'scraper', field: 'containerPort', port: 10255, admin: 'the unauthenticated read-only kubelet API (10255)' }, line: 14, column: 15 },
        { messageId: 'hostAdminPort', data: { container: 'scraper', field: 'hostPort', port: 2379, admin: 'the etcd client API (2379)' }, line: 16, column: 15 },
      ],
    },
    {
      name: 'TCPRoute to a Service not in the input: judged by the port number',
      code: dedent`
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata:
          name: kubelet
        spec:
          rules:
            - backendRefs:
                - name: node-kubelet
                  port: 10250
      `,
      errors: [{ messageId: 'routeExposesAdmin', data: { via: 'TCPRoute "kubelet"', service: 'node-kubelet', port: 10250, admin: 'the kubelet API (10250)' }, line: 9, column: 11 }],
    },
    {
      name: 'a ClusterIP Service with externalIPs publishes the etcd peer port',
      code: dedent`
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd-peer
        spec:
          externalIPs: [198.51.100.7]
          ports:
            - port: 2380
      `,
      errors: [{ messageId: 'serviceExposesAdmin', data: { service: 'etcd-peer', serviceType: 'ClusterIP with externalIPs', port: 2380, admin: 'the etcd peer API (2380)' }, line: 8, column: 7 }],
    },
    {
      name: 'extensions/v1beta1 Ingress default backend',
      code: dedent`
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: old
        spec:
          backend:
            serviceName: kcm
            servicePort: 10257
      `,
      errors: [{ messageId: 'routeExposesAdmin', data: { via: 'Ingress "old"', service: 'kcm', port: 10257, admin: 'the kube-controller-manager secure port (10257)' }, line: 8, column: 5 }],
    },
  ],
});
