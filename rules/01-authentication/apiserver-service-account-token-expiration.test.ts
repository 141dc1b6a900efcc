import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-service-account-token-expiration.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

testRule(rule, {
  valid: [
    pod('--service-account-max-token-expiration=24h', '--service-account-extend-token-expiration=false'),
    { name: 'on 1.19 the extension flag defaults to false', code: pod('--service-account-max-token-expiration=24h'), target: '1.19' },
    { name: 'a longer maximum allowed by options', code: pod('--service-account-max-token-expiration=48h', '--service-account-extend-token-expiration=false'), options: { maxSeconds: 172_800 } },
  ],
  invalid: [
    {
      name: 'nothing set: no maximum, extension on by default',
      code: pod('--secure-port=6443'),
      errors: [
        { messageId: 'noMax', line: 10, column: 7 },
        { messageId: 'extended', data: { how: 'true by default' }, line: 10, column: 7 },
      ],
    },
    {
      name: 'on 1.20 the extension flag defaults to true',
      code: pod('--service-account-max-token-expiration=24h'),
      target: '1.20',
      errors: [{ messageId: 'extended', data: { how: 'true by default' }, line: 10, column: 7 }],
    },
    {
      name: 'maximum of a year, extension explicitly on',
      code: pod('--service-account-max-token-expiration=8760h', '--service-account-extend-token-expiration=true'),
      errors: [
        { messageId: 'tooLong', data: { value: '8760h', max: 86_400 }, line: 12, column: 11 },
        { messageId: 'extended', data: { how: 'set to true' }, line: 13, column: 11 },
      ],
    },
    {
      name: 'kubeadm v1beta4',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            - name: service-account-max-token-expiration
              value: 720h
            - name: service-account-extend-token-expiration
              value: "false"
      `,
      errors: [{ messageId: 'tooLong', data: { value: '720h', max: 86_400 }, line: 5, column: 7 }],
    },
  ],
});
