import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubernetes-version-support.js';

// Two objects: findings go to the first one's kind line (line 2, column 1).
const code = dedent`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  ---
  apiVersion: v1
  kind: Namespace
  metadata:
    name: payments
`;
const ESTIMATE = ' (estimated from the release cadence: upstream has not published this date in the data pci-lint was built from)';

testRule(rule, {
  valid: [
    { name: '1.31 sixty-one days before its end of support', code, target: '1.31', settings: { now: '2025-08-28' } },
    { name: '1.31 is supported on 2025-07-01 while 1.30 is not (boundary)', code, target: '1.31', settings: { now: '2025-07-01' } },
    { name: 'warnDays 0: one day before the end is not reported', code, target: '1.31', settings: { now: '2025-10-27' }, options: { warnDays: 0 } },
    { name: 'no run date: nothing to compare with', code, target: '1.19' },
    { name: 'no objects: nothing to report on', code: '# only a comment\n', target: '1.19', settings: { now: '2026-11-24' } },
    { name: 'newest target with its estimated end far away', code, settings: { now: '2026-11-24' } },
  ],
  invalid: [
    {
      name: '1.30 three days after its end of support (boundary with 1.31)',
      code,
      target: '1.30',
      settings: { now: '2025-07-01' },
      errors: [{ messageId: 'ended', data: { version: '1.30', endOfSupport: '2025-06-28', estimate: '', days: 3, now: '2025-07-01' }, line: 2, column: 1, severity: 'error' }],
    },
    {
      name: 'oldest target, long past',
      code,
      target: '1.19',
      settings: { now: '2026-11-24' },
      errors: [{ messageId: 'ended', data: { version: '1.19', endOfSupport: '2021-10-28', estimate: '', days: 1853, now: '2026-11-24' }, line: 2, column: 1 }],
    },
    {
      name: 'exactly sixty days before the end: warning',
      code,
      target: '1.31',
      settings: { now: '2025-08-29' },
      errors: [{ messageId: 'ending', data: { version: '1.31', endOfSupport: '2025-10-28', estimate: '', days: 60, now: '2025-08-29' }, line: 2, column: 1, endLine: 2, endColumn: 16, severity: 'warning' }],
    },
    {
      name: 'on the end-of-support day itself: still a warning',
      code,
      target: '1.31',
      settings: { now: '2025-10-28' },
      errors: [{ messageId: 'ending', data: { version: '1.31', endOfSupport: '2025-10-28', estimate: '', days: 0, now: '2025-10-28' }, line: 2, column: 1, severity: 'warning' }],
    },
    {
      name: 'the day after: error',
      code,
      target: '1.31',
      settings: { now: '2025-10-29' },
      errors: [{ messageId: 'ended', data: { version: '1.31', endOfSupport: '2025-10-28', estimate: '', days: 1, now: '2025-10-29' }, line: 2, column: 1, severity: 'error' }],
    },
    {
      name: 'estimated end dates say so',
      code,
      target: '1.34',
      settings: { now: '2026-11-24' },
      errors: [{ messageId: 'ended', data: { version: '1.34', endOfSupport: '2026-10-28', estimate: ESTIMATE, days: 27, now: '2026-11-24' }, line: 2, column: 1 }],
    },
    {
      name: 'a wider warning window from the options',
      code,
      target: '1.31',
      settings: { now: '2025-06-30' },
      options: { warnDays: 120 },
      errors: [{ messageId: 'ending', data: { version: '1.31', endOfSupport: '2025-10-28', estimate: '', days: 120, now: '2025-06-30' }, line: 2, column: 1 }],
    },
  ],
});
