import { defineRule } from '../../src/engine/rule.js';
import type { AuditGroupResources, AuditPolicyRule } from '../../src/model/config-kinds.js';
import { isCatchAllAuditRule } from '../../src/model/config-kinds.js';

/** Resources whose request or response bodies carry credentials. */
const SENSITIVE: readonly { group: string; resource: string }[] = [
  { group: '', resource: 'secrets' },
  { group: '', resource: 'configmaps' },
  { group: 'authentication.k8s.io', resource: 'tokenreviews' },
];

const BODY_LEVELS = new Set(['Request', 'RequestResponse']);

function selects(selector: AuditGroupResources, group: string, resource: string): boolean {
  if (typeof selector !== 'object' || (selector as unknown) === null) return false;
  if ((selector.group ?? '') !== group && selector.group !== '*') return false;
  const names = Array.isArray(selector.resources) ? selector.resources : [];
  return names.length === 0 || names.includes('*') || names.includes(resource) || names.includes(`${resource}/*`);
}

/** Whether a rule can match requests for the resource, and whether it matches all of them. */
function match(rule: AuditPolicyRule, group: string, resource: string): 'none' | 'some' | 'all' {
  // An item that is not a rule (the API server rejects the policy) matches nothing.
  if (typeof rule !== 'object' || (rule as unknown) === null) return 'none';
  const narrowing = [rule.users, rule.userGroups, rule.verbs, rule.namespaces].some((s) => Array.isArray(s) && s.length > 0);
  if (isCatchAllAuditRule(rule)) return 'all';
  const selectors = Array.isArray(rule.resources) ? rule.resources : [];
  if (selectors.length === 0) {
    // Only users/verbs/namespaces selectors: it matches some resource requests; only URLs: none.
    return Array.isArray(rule.nonResourceURLs) && rule.nonResourceURLs.length > 0 ? 'none' : 'some';
  }
  const hit = selectors.filter((s) => selects(s, group, resource));
  if (hit.length === 0) return 'none';
  const byName = hit.every((s) => Array.isArray(s.resourceNames) && s.resourceNames.length > 0);
  return narrowing || byName ? 'some' : 'all';
}

export default defineRule({
  meta: {
    id: 'audit-policy-sensitive-bodies',
    pci: ['7.1', '6.1'],
    requirements: ['8.3.2'],
    inputs: ['audit-policy'],
    severity: 'error',
    docs: {
      summary: 'An audit Policy must not log the bodies of Secret, ConfigMap or TokenReview requests.',
      rationale:
        'At level Request or RequestResponse the audit log stores request and response bodies: Secret values, ConfigMap contents and the bearer tokens sent in TokenReviews. ' +
        'The audit log then becomes a second, less protected copy of every credential. PCI DSS container guidance 6.1 and 7.1: audit access to secrets at Metadata level.',
      fix: 'Put a rule such as `- level: Metadata` with `resources: [{group: "", resources: [secrets, configmaps]}, {group: authentication.k8s.io, resources: [tokenreviews]}]` before any rule that logs bodies.',
      references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
    messages: {
      bodies: 'Rule {{index}} logs {{resources}} at level {{level}}, writing their contents (secret values, tokens) into the audit log.',
    },
    fixes: {
      bodies: 'Log these resources at Metadata in an earlier rule.',
    },
  },
  visit: {
    Policy(ctx, policy) {
      const rules = Array.isArray(policy.value.rules) ? policy.value.rules : [];
      const leaks = new Map<number, string[]>();
      for (const { group, resource } of SENSITIVE) {
        for (const [i, rule] of rules.entries()) {
          const m = match(rule, group, resource);
          if (m === 'none') continue;
          if (BODY_LEVELS.has(String(rule.level))) leaks.set(i, [...(leaks.get(i) ?? []), resource]);
          if (m === 'all') break;
        }
      }
      for (const [i, resources] of [...leaks].sort((a, b) => a[0] - b[0])) {
        ctx.report({ at: policy.pathTo('rules', i, 'level'), messageId: 'bodies', data: { index: i + 1, resources: resources.join(', '), level: String(rules[i]?.level) } });
      }
    },
  },
});
