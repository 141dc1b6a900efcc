import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-service-account-lookup.js';

testRule(rule, {
  valid: [staticPod('kube-apiserver', '--service-account-lookup=true'), { name: 'absent: defaults to true', code: staticPod('kube-apiserver', '--profiling=false') }],
  invalid: [
    {
      name: 'lookup turned off',
      code: staticPod('kube-apiserver', '--service-account-lookup=false'),
      errors: [{ messageId: 'disabled', data: { value: 'false' }, line: 12, column: 11, endColumn: 41 }],
    },
    {
      name: 'the last occurrence wins',
      code: staticPod('kube-apiserver', '--service-account-lookup=true', '--service-account-lookup=False'),
      errors: [{ messageId: 'disabled', data: { value: 'False' }, line: 13, column: 11 }],
    },
  ],
});
