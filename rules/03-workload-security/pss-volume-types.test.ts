import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-volume-types.js';

const nfsPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
    volumes:
      - name: shared
        nfs: {server: nfs.example.com, path: /exports}
`;

testRule(rule, {
  valid: [
    {
      name: 'every allowed volume type, and a volume without a source (the API server makes it an emptyDir)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
          volumes:
            - {name: a, configMap: {name: cfg}}
            - {name: b, csi: {driver: secrets-store.csi.k8s.io}}
            - {name: c, downwardAPI: {items: []}}
            - {name: d, emptyDir: {}}
            - {name: e, ephemeral: {volumeClaimTemplate: {spec: {}}}}
            - {name: f, image: {reference: "registry.example.com/data:1"}}
            - {name: g, persistentVolumeClaim: {claimName: data}}
            - {name: h, projected: {sources: []}}
            - {name: i, secret: {secretName: tls}}
            - name: j
      `,
    },
    { name: 'baseline level: restricted checks do not run', settings: { pssLevel: 'baseline' }, code: nfsPod },
  ],
  invalid: [
    {
      name: 'an nfs volume at the oldest policy version',
      target: '1.19',
      code: nfsPod,
      errors: [{ messageId: 'forbiddenType', data: { volume: 'shared', workload: 'Pod "web"', type: 'nfs' }, line: 10, column: 7, endLine: 10, endColumn: 10 }],
    },
    {
      name: 'hostPath, gitRepo and a null allowed source',
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
              volumes:
                - name: host
                  hostPath: {path: /var/log}
                - name: repo
                  configMap: null
                  gitRepo:
                    repository: https://example.com/repo.git
      `,
      errors: [
        { messageId: 'forbiddenType', data: { volume: 'host', workload: 'Deployment "web"', type: 'hostPath' }, line: 12, column: 11 },
        { messageId: 'forbiddenType', data: { volume: 'repo', workload: 'Deployment "web"', type: 'gitRepo' }, line: 15, column: 11 },
      ],
    },
  ],
});
