import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-serving-certificate.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

testRule(rule, {
  valid: [
    { name: 'serving certificate bootstrapped from the cluster CA (1.37)', code: kubelet('serverTLSBootstrap: true\n') },
    { name: 'a certificate file (1.19)', target: '1.19', code: kubelet('tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\ntlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key\n') },
  ],
  invalid: [
    { name: 'neither: self-signed (1.37)', code: kubelet('readOnlyPort: 0\n'), errors: [{ messageId: 'selfSigned', line: 2, column: 1, endColumn: 27 }] },
    { name: 'bootstrap off (1.19)', target: '1.19', code: kubelet('serverTLSBootstrap: false\n'), errors: [{ messageId: 'selfSigned', line: 3, column: 1 }] },
  ],
});
