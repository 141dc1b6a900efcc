import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'audit-policy-omit-request-received',
    pci: ['7.1'],
    requirements: ['10.5.1'],
    inputs: ['audit-policy'],
    severity: 'info',
    docs: {
      summary: 'An audit Policy should omit the RequestReceived stage.',
      rationale:
        'Every audited request produces an event at RequestReceived and another at ResponseComplete with the same information plus the outcome. Keeping both doubles the volume, ' +
        'so logs are rotated away sooner and reviews are noisier, without adding evidence. PCI DSS container guidance 7.1 needs audit logs that are kept and reviewed.',
      fix: 'Add `omitStages: ["RequestReceived"]` at the top level of the Policy.',
      references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
    messages: {
      notOmitted: 'This audit Policy records every request twice (RequestReceived and ResponseComplete).',
    },
    fixes: {
      notOmitted: 'Add omitStages: ["RequestReceived"] at the top level.',
    },
  },
  visit: {
    Policy(ctx, policy) {
      const omits = (stages: unknown) => Array.isArray(stages) && stages.includes('RequestReceived');
      if (omits(policy.value.omitStages)) return;
      const rules = Array.isArray(policy.value.rules) ? policy.value.rules : [];
      if (rules.length === 0 || rules.every((rule) => isPlainObject(rule) && (rule.level === 'None' || omits(rule.omitStages)))) return;
      ctx.report({ at: policy.value.omitStages === undefined ? policy : policy.pathTo('omitStages'), part: 'key', messageId: 'notOmitted' });
    },
  },
});
