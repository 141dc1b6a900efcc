import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './default-service-account.js';

testRule(rule, {
  valid: [
    {
      name: 'named ServiceAccount',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          serviceAccountName: web
          containers: []
      `,
    },
    {
      name: 'deprecated serviceAccount field when serviceAccountName is empty',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              serviceAccountName: ""
              serviceAccount: api
              containers: []
      `,
    },
    {
      name: 'objects without a pod spec',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: default
      `,
    },
  ],
  invalid: [
    {
      name: 'no ServiceAccount: reported on the spec key',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers: []
      `,
      errors: [{ messageId: 'unset', data: { owner: 'Pod "web"' }, line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      name: 'explicit default: reported on the value',
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
                  serviceAccountName: default
                  containers: []
      `,
      errors: [{ messageId: 'explicitDefault', data: { owner: 'CronJob "nightly"' }, line: 11, column: 31, endLine: 11, endColumn: 38 }],
    },
    {
      name: 'deprecated serviceAccount: default',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: legacy
        spec:
          serviceAccount: default
          containers: []
      `,
      errors: [{ messageId: 'explicitDefault', data: { owner: 'Pod "legacy"' }, line: 6, column: 19 }],
    },
    {
      name: 'serviceAccountName wins over serviceAccount',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          template:
            spec:
              serviceAccountName: default
              serviceAccount: agent
              containers: []
      `,
      errors: [{ messageId: 'explicitDefault', data: { owner: 'DaemonSet "agent"' }, line: 8, column: 27 }],
    },
    {
      name: 'empty names: reported on the pod template spec key',
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            spec:
              serviceAccountName: ""
              containers: []
      `,
      errors: [{ messageId: 'unset', data: { owner: 'StatefulSet "db"' }, line: 7, column: 5, endColumn: 9 }],
    },
    {
      name: 'several pod templates: each is named by where it sits and by its group name',
      code: dedent`
        apiVersion: ray.io/v1
        kind: RayCluster
        metadata:
          name: rc
        spec:
          headGroupSpec:
            template:
              spec:
                containers: []
          workerGroupSpecs:
            - groupName: cpu
              template:
                spec:
                  serviceAccountName: ray
                  containers: []
            - groupName: gpu
              template:
                spec:
                  serviceAccountName: default
                  containers: []
      `,
      errors: [
        { messageId: 'unset', data: { owner: 'RayCluster "rc" (headGroupSpec)' }, line: 8, column: 7, endColumn: 11 },
        { messageId: 'explicitDefault', data: { owner: 'RayCluster "rc" (workerGroupSpecs[1] "gpu")' }, line: 19, column: 31, endColumn: 38 },
      ],
    },
    {
      name: 'replica specs keyed by type are named by their key; one template alone is not named',
      code: dedent`
        apiVersion: kubeflow.org/v1
        kind: PyTorchJob
        metadata:
          name: train
        spec:
          pytorchReplicaSpecs:
            Master:
              template:
                spec:
                  containers: []
            Worker:
              template:
                spec:
                  containers: []
        ---
        apiVersion: ray.io/v1
        kind: RayCluster
        metadata:
          name: solo
        spec:
          headGroupSpec:
            template:
              spec:
                containers: []
      `,
      errors: [
        { messageId: 'unset', data: { owner: 'PyTorchJob "train" (pytorchReplicaSpecs.Master)' }, line: 9, column: 9 },
        { messageId: 'unset', data: { owner: 'PyTorchJob "train" (pytorchReplicaSpecs.Worker)' }, line: 13, column: 9 },
        { messageId: 'unset', data: { owner: 'RayCluster "solo"' }, line: 23, column: 7 },
      ],
    },
    {
      name: 'an OLM ClusterServiceVersion: each deployment OLM creates from its install strategy is named by its name',
      code: dedent`
        apiVersion: operators.coreos.com/v1alpha1
        kind: ClusterServiceVersion
        metadata:
          name: shop-operator.v1.2.0
          namespace: operators
        spec:
          install:
            strategy: deployment
            spec:
              deployments:
                - name: shop-operator
                  spec:
                    template:
                      spec:
                        serviceAccountName: shop-operator
                        containers: []
                - name: shop-webhook
                  spec:
                    template:
                      spec:
                        containers: []
      `,
      errors: [{ messageId: 'unset', data: { owner: 'ClusterServiceVersion "shop-operator.v1.2.0" (install.spec.deployments[1] "shop-webhook")' }, line: 20, column: 15, endColumn: 19 }],
    },
  ],
});
