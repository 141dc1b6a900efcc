import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-host-path-volumes.js';

const hostPathPod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
    volumes:
      - name: cache
        emptyDir: {}
      - name: docker
        hostPath:
          path: /var/run/docker.sock
      - name: empty
        hostPath: null
`;

testRule(rule, {
  valid: [
    {
      name: 'restricted level: restrictedVolumes overrides this check at every policy version',
      code: hostPathPod,
    },
    {
      name: 'restricted level at the oldest policy version: still overridden',
      target: '1.19',
      code: hostPathPod,
    },
    {
      name: 'baseline level without hostPath',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
          volumes:
            - name: data
              nfs: {server: nfs.example.com, path: /data}
      `,
    },
  ],
  invalid: [
    {
      name: 'baseline level: the hostPath key is reported; a null hostPath is unset',
      settings: { pssLevel: 'baseline' },
      code: hostPathPod,
      errors: [{ messageId: 'hostPath', data: { volume: 'docker', workload: 'Pod "web"' }, line: 12, column: 7, endLine: 12, endColumn: 15 }],
    },
  ],
});
