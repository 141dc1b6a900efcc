import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './privileged-container.js';

testRule(rule, {
  valid: [
    {
      name: 'privileged: false',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                privileged: false
      `,
    },
    {
      name: 'no securityContext',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app:1
      `,
    },
    {
      name: 'privileged as a string is not true (the API server would reject it)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                privileged: "true"
      `,
    },
    {
      name: 'custom resources are not pods',
      code: dedent`
        apiVersion: example.com/v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                privileged: true
      `,
    },
    {
      name: 'a Rollout of another API group is not an Argo Rollout',
      code: dedent`
        apiVersion: rollouts.example.com/v1
        kind: Rollout
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: app
                  securityContext:
                    privileged: true
      `,
    },
  ],
  invalid: [
    {
      name: 'container of a RayCluster worker group (KubeRay pod templates)',
      code: dedent`
        apiVersion: ray.io/v1
        kind: RayCluster
        metadata:
          name: ray
        spec:
          headGroupSpec:
            template:
              spec:
                containers:
                  - name: head
                    image: rayproject/ray:2.9.0
          workerGroupSpecs:
            - groupName: gpu
              template:
                spec:
                  containers:
                    - name: worker
                      securityContext:
                        privileged: true
      `,
      errors: [{ messageId: 'privileged', data: { container: 'worker' }, line: 19, column: 17, endLine: 19, endColumn: 33 }],
    },
    {
      name: 'container of a PyTorchJob Worker replica (Kubeflow replica specs, a map)',
      code: dedent`
        apiVersion: kubeflow.org/v1
        kind: PyTorchJob
        metadata:
          name: train
        spec:
          pytorchReplicaSpecs:
            Master:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: pytorch
                      image: pytorch:2
            Worker:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: pytorch
                      securityContext:
                        privileged: true
      `,
      errors: [{ messageId: 'privileged', data: { container: 'pytorch' }, line: 21, column: 17, endLine: 21, endColumn: 33 }],
    },
    {
      name: 'container in a Pod',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                privileged: true
      `,
      errors: [{ messageId: 'privileged', data: { container: 'app' }, line: 10, column: 9, endLine: 10, endColumn: 25 }],
    },
    {
      name: 'init and ephemeral containers of a StatefulSet, flow style',
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            spec:
              initContainers:
                - {name: fix-perms, image: busybox, securityContext: {privileged: true}}
              containers:
                - name: db
                  image: postgres:16
              ephemeralContainers:
                - name: debug
                  securityContext:
                    privileged: true
      `,
      errors: [
        { messageId: 'privileged', data: { container: 'fix-perms' }, line: 9, column: 63, endLine: 9, endColumn: 79 },
        { messageId: 'privileged', data: { container: 'debug' }, line: 16, column: 13, endLine: 16, endColumn: 29 },
      ],
    },
    {
      name: 'JSON manifest',
      code: '{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j"},\n "spec": {"template": {"spec": {"containers": [{"name": "c", "securityContext": {"privileged": true}}]}}}}',
      errors: [{ messageId: 'privileged', data: { container: 'c' }, line: 2, column: 82, endLine: 2, endColumn: 100 }],
    },
    {
      name: 'privileged: yes is true for Kubernetes (YAML 1.1)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              securityContext:
                privileged: yes
      `,
      errors: [{ messageId: 'privileged', data: { container: 'app' }, line: 9, column: 9, endLine: 9, endColumn: 24 }],
    },
    {
      name: 'OpenShift DeploymentConfig (apps.openshift.io/v1)',
      code: dedent`
        apiVersion: apps.openshift.io/v1
        kind: DeploymentConfig
        metadata:
          name: frontend
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web:1
                  securityContext:
                    privileged: true
      `,
      errors: [{ messageId: 'privileged', data: { container: 'web' }, line: 12, column: 13, endLine: 12, endColumn: 29 }],
    },
    {
      name: 'OpenShift 3 DeploymentConfig under the legacy v1',
      code: dedent`
        apiVersion: v1
        kind: DeploymentConfig
        metadata:
          name: frontend
        spec:
          replicas: 1
          template:
            metadata:
              labels: {app: frontend}
            spec:
              initContainers:
                - name: setup
                  image: setup:1
                  securityContext: {privileged: true}
      `,
      errors: [{ messageId: 'privileged', data: { container: 'setup' }, line: 14, column: 29 }],
    },
    {
      name: 'Argo Rollouts Rollout (argoproj.io/v1alpha1)',
      code: dedent`
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: checkout
        spec:
          strategy:
            canary:
              steps: [{setWeight: 20}, {pause: {}}]
          template:
            spec:
              containers:
                - name: checkout
                  image: checkout:2.1
                  securityContext:
                    privileged: true
      `,
      errors: [{ messageId: 'privileged', data: { container: 'checkout' }, line: 15, column: 13, endLine: 15, endColumn: 29 }],
    },
    {
      name: 'unnamed container is named by its index',
      code: dedent`
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: rc
        spec:
          template:
            spec:
              containers:
                - image: app:1
                  securityContext: {privileged: true}
      `,
      errors: [{ messageId: 'privileged', data: { container: '#0' }, line: 10, column: 29 }],
    },
  ],
});
