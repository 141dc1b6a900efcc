import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-always-pull-images.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);

testRule(rule, {
  valid: [
    pod('--enable-admission-plugins=NodeRestriction,AlwaysPullImages'),
    { name: 'on an old target too', code: pod('--enable-admission-plugins=AlwaysPullImages,NodeRestriction'), target: '1.24' },
    {
      name: 'kubeadm extraArgs',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            enable-admission-plugins: NodeRestriction,AlwaysPullImages
      `,
    },
  ],
  invalid: [
    { name: 'no admission flag', code: pod('--secure-port=6443'), errors: [{ messageId: 'notEnabled', line: 10, column: 7, endColumn: 14, severity: 'warning' }] },
    { name: 'other plugins only', code: pod('--enable-admission-plugins=NodeRestriction'), target: '1.24', errors: [{ messageId: 'notEnabled', line: 12, column: 11 }] },
    {
      name: 'disabled wins over enabled',
      code: pod('--enable-admission-plugins=NodeRestriction,AlwaysPullImages', '--disable-admission-plugins=AlwaysPullImages'),
      errors: [{ messageId: 'disabled', line: 13, column: 11 }],
    },
  ],
});
