import { defineRule } from '../../src/engine/rule.js';
import { isCatchAllAuditRule } from '../../src/model/config-kinds.js';

export default defineRule({
  meta: {
    id: 'audit-policy-catch-all',
    pci: ['7.1'],
    requirements: ['10.2.1', '10.2.2'],
    inputs: ['audit-policy'],
    severity: 'error',
    docs: {
      summary: 'An audit Policy must end with a catch-all rule that logs at least Metadata.',
      rationale:
        'Audit rules are evaluated in order and a request that matches none is not logged. Without a final rule that matches everything (no users, verbs, resources, namespaces ' +
        'or URL selectors), new resources, custom resources and unexpected users leave no trace; a catch-all at level None switches auditing off for them explicitly. A policy with no rules stops the apiserver. ' +
        'PCI DSS container guidance 7.1 requires every access to the orchestrator to be auditable.',
      fix: 'Add `- level: Metadata` as the last rule, after the rules that lower or raise the level for specific requests.',
      references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
    messages: {
      noRules: 'This audit Policy has no rules: the apiserver refuses to start with it ("loaded illegal policy with 0 rules").',
      noCatchAll: 'This audit Policy has no catch-all rule, so requests that match none of its rules are not logged.',
      catchAllNone: 'Rule {{index}} matches every remaining request at level None, so everything not matched earlier is not audited.',
    },
    fixes: {
      noRules: 'Add rules ending with - level: Metadata.',
      noCatchAll: 'Add - level: Metadata as the last rule.',
      catchAllNone: 'Change it to level: Metadata.',
    },
  },
  visit: {
    Policy(ctx, policy) {
      const rules = policy.value.rules;
      if (!Array.isArray(rules) || rules.length === 0) {
        ctx.report({ at: Array.isArray(rules) ? policy.pathTo('rules') : policy, part: 'key', messageId: 'noRules' });
        return;
      }
      const index = rules.findIndex((rule) => isCatchAllAuditRule(rule));
      if (index === -1) ctx.report({ at: policy.pathTo('rules'), part: 'key', messageId: 'noCatchAll' });
      else if (rules[index]?.level === 'None') ctx.report({ at: policy.pathTo('rules', index, 'level'), messageId: 'catchAllNone', data: { index: index + 1 } });
    },
  },
});
