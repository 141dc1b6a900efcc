import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-kubelet-certificate-authority.js';

testRule(rule, {
  valid: [staticPod('kube-apiserver', '--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt')],
  invalid: [
    { name: 'absent', code: staticPod('kube-apiserver', '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt'), errors: [{ messageId: 'missing', line: 10, column: 7 }] },
    { name: 'empty value', code: staticPod('kube-apiserver', '--kubelet-certificate-authority='), errors: [{ messageId: 'missing', line: 12, column: 11, endColumn: 43 }] },
    {
      name: 'kubeadm does not set it',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    profiling: "false"\n',
      errors: [{ messageId: 'missing', line: 4, column: 3 }],
    },
  ],
});
