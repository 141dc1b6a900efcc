import { describe, expect, it } from 'vitest';
import { inRange, mustParse } from '../../src/k8s/versions.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-seccomp-default.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

describe('kubelet-seccomp-default versions', () => {
  it('applies from 1.25, when the SeccompDefault gate is on by default', () => {
    expect(inRange(mustParse('1.24'), rule.meta.k8s)).toBe(false);
    expect(inRange(mustParse('1.25'), rule.meta.k8s)).toBe(true);
  });
});

testRule(rule, {
  valid: [
    { name: 'a kubelet run by a container with no flag of this setting', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n' },
    { name: 'on (1.37)', code: kubelet('seccompDefault: true\n') },
    { name: 'on (1.25)', target: '1.25', code: kubelet('seccompDefault: true\n') },
  ],
  invalid: [
    {
      name: 'off on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --seccomp-default=false\n',
      errors: [{ messageId: 'containerOff', data: { container: 'kubelet', value: 'false' }, line: 12, column: 11 }],
    },
    { name: 'absent (1.37)', code: kubelet('readOnlyPort: 0\n'), errors: [{ messageId: 'offByDefault', line: 2, column: 1, endColumn: 27 }] },
    { name: 'off (1.25)', target: '1.25', code: kubelet('seccompDefault: false\n'), errors: [{ messageId: 'off', data: { value: 'false' }, line: 3, column: 1 }] },
    {
      name: 'kubeadm flag off (1.30)',
      target: '1.30',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    seccomp-default: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 5, column: 5 }],
    },
  ],
});
