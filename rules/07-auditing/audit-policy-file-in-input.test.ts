import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-file-in-input.js';

const pod = (...flags: string[]) => staticPod('kube-apiserver', ...flags);
const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n';

testRule(rule, {
  valid: [
    { name: 'the only audit Policy of the input is the one the flag names', code: `${pod('--audit-policy-file=/etc/kubernetes/audit/policy.yaml')}\n---\n${POLICY}` },
    { name: 'no flag: apiserver-audit-logging reports that', code: pod('--audit-log-path=/var/log/audit.log') },
    { name: 'a Policy alone is checked by the audit-policy rules', code: POLICY },
  ],
  invalid: [
    {
      name: 'the flag names a file that is not in the input',
      code: pod('--audit-policy-file=/etc/kubernetes/audit/policy.yaml'),
      errors: [{ messageId: 'notInInput', data: { file: '/etc/kubernetes/audit/policy.yaml' }, line: 12, column: 11, severity: 'warning' }],
    },
  ],
});
