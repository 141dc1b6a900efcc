import { defineRule } from '../../src/engine/rule.js';
import type { AuditPolicyRule } from '../../src/model/config-kinds.js';
import { isPlainObject } from '../../src/model/resource.js';

const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const;
type Level = (typeof LEVELS)[number];

/** A kind of request an assessor expects in the audit trail, and the least level that records it enough. */
interface Target {
  readonly label: string;
  readonly group: string;
  readonly resources: readonly string[];
  readonly subresource?: string;
  readonly verbs: readonly string[];
  readonly least: Level;
}

const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const TARGETS: readonly Target[] = [
  { label: 'Secret access', group: '', resources: ['secrets'], verbs: ['get', 'list', 'watch', ...WRITE_VERBS], least: 'Metadata' },
  { label: 'TokenReviews', group: 'authentication.k8s.io', resources: ['tokenreviews'], verbs: ['create'], least: 'Metadata' },
  // exec, attach and port-forward open an interactive stream into a pod: create, or get for the websocket upgrade.
  { label: 'exec into pods (pods/exec)', group: '', resources: ['pods'], subresource: 'exec', verbs: ['create', 'get'], least: 'Metadata' },
  { label: 'attach to pods (pods/attach)', group: '', resources: ['pods'], subresource: 'attach', verbs: ['create', 'get'], least: 'Metadata' },
  { label: 'port-forward into pods (pods/portforward)', group: '', resources: ['pods'], subresource: 'portforward', verbs: ['create', 'get'], least: 'Metadata' },
  {
    label: 'RBAC changes',
    group: 'rbac.authorization.k8s.io',
    resources: ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'],
    verbs: WRITE_VERBS,
    least: 'RequestResponse',
  },
];

/** `a`, `a and b`, `a, b and c`. */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function rank(level: unknown): number {
  return LEVELS.indexOf(level as Level);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Whether one GroupResources entry selects a resource (audit.k8s.io/v1 GroupResources): `pods` does not
 * match subresources, `pods/exec` matches that one, `pods/*` every subresource of pods, `*\/exec` that
 * subresource of any resource, and `*` everything.
 */
function selectsResource(entry: unknown, group: string, resource: string, subresource: string | undefined): 'none' | 'some' | 'all' {
  if (!isPlainObject(entry)) return 'none';
  const entryGroup = typeof entry.group === 'string' ? entry.group : '';
  if (entryGroup !== group && entryGroup !== '*') return 'none';
  const names = strings(entry.resources);
  const combined = subresource === undefined ? resource : `${resource}/${subresource}`;
  const hit =
    names.length === 0 ||
    names.some((n) => n === '*' || n === combined || (subresource !== undefined && (n === `*/${subresource}` || n === `${resource}/*`)));
  if (!hit) return 'none';
  return strings(entry.resourceNames).length > 0 ? 'some' : 'all';
}

/** How much of a target's traffic one policy rule matches. */
function coverage(rule: AuditPolicyRule, target: Target): 'none' | 'some' | 'all' {
  if (strings(rule.nonResourceURLs).length > 0 && !Array.isArray(rule.resources)) return 'none';
  let partial = [rule.users, rule.userGroups, rule.namespaces].some((s) => strings(s).length > 0);
  const verbs = strings(rule.verbs);
  if (verbs.length > 0 && !verbs.includes('*')) {
    const matched = target.verbs.filter((v) => verbs.includes(v));
    if (matched.length === 0) return 'none';
    if (matched.length < target.verbs.length) partial = true;
  }
  const selectors = Array.isArray(rule.resources) ? rule.resources : [];
  if (selectors.length > 0) {
    const perResource = target.resources.map((r) => {
      const hits = selectors.map((s) => selectsResource(s, target.group, r, target.subresource));
      return hits.includes('all') ? 'all' : hits.includes('some') ? 'some' : 'none';
    });
    if (perResource.every((c) => c === 'none')) return 'none';
    if (perResource.some((c) => c !== 'all')) partial = true;
  }
  return partial ? 'some' : 'all';
}

export default defineRule({
  meta: {
    id: 'audit-policy-required-levels',
    pci: ['7.1'],
    requirements: ['10.2.1', '10.2.2'],
    inputs: ['audit-policy'],
    severity: 'error',
    docs: {
      summary: 'An audit Policy must log Secret access, TokenReviews, pods/exec, pods/attach and pods/portforward at least at Metadata, and RBAC changes at RequestResponse.',
      rationale:
        'The first rule of an audit Policy that matches a request sets its level. A rule at level `None` (or, for RBAC, any level below RequestResponse) placed before the catch-all decides for the requests it matches. ' +
        'PCI DSS 10.2.1 asks for audit logs of all access to cardholder data and of all actions of administrative accounts, and 10.2.2 for the details of each event: reading a Secret, a TokenReview and an exec, attach or port-forward session into a pod (each a shell or a tunnel into a workload that may hold card data) are such access and must leave at least Metadata (who, what, when), ' +
        'and a change to a Role, ClusterRole or binding is a change of privileges whose content (which rules, which subjects) only RequestResponse records. ' +
        'Only rules that decide for these requests are reported: a Policy with no rule that matches them at all gets its finding from `audit-policy-catch-all`, and logging Secret bodies is `audit-policy-sensitive-bodies`. ' +
        'Matching follows audit.k8s.io/v1: `pods` does not match `pods/exec` (nor `pods/attach`, `pods/portforward`), `pods/*` and `*/exec` do; rules narrowed by users, groups, namespaces, verbs or resource names decide only for part of the traffic, and later rules still decide for the rest.',
      fix: 'Before any rule that lowers the level, add `- level: Metadata` for `secrets`, `tokenreviews` (group authentication.k8s.io), `pods/exec`, `pods/attach` and `pods/portforward`, and `- level: RequestResponse` with `verbs: [create, update, patch, delete, deletecollection]` for roles, clusterroles, rolebindings and clusterrolebindings (group rbac.authorization.k8s.io).',
      references: [
        'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy',
        'https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-GroupResources',
      ],
    },
    messages: {
      tooLow:
        'Rule {{index}} is the first to match {{targets}} and sets level {{level}}, so the audit trail does not show who did it.',
    },
    fixes: {
      tooLow: 'An assessor needs {{needs}}: put such a rule before rule {{index}}.',
    },
  },
  visit: {
    Policy(ctx, policy) {
      const rules: unknown[] = Array.isArray(policy.value.rules) ? policy.value.rules : [];
      // One finding per deciding rule, naming every target it silences.
      const decided = new Map<number, Target[]>();
      for (const target of TARGETS) {
        for (const [i, rule] of rules.entries()) {
          if (!isPlainObject(rule)) continue;
          const c = coverage(rule, target);
          // A rule without a valid level is a schema error, not a decision.
          if (c === 'none' || rank(rule.level) === -1) continue;
          if (rank(rule.level) < rank(target.least)) {
            decided.set(i, [...(decided.get(i) ?? []), target]);
            break;
          }
          if (c === 'all') break;
        }
      }
      for (const [i, targets] of [...decided].sort((a, b) => a[0] - b[0])) {
        const rule = rules[i];
        const level = isPlainObject(rule) ? String(rule.level) : '';
        const needs = [...new Set(targets.map((t) => t.least))].map((least) => {
          const of = targets.filter((t) => t.least === least).map((t) => t.label);
          return `${least} for ${andList(of)}${least === 'RequestResponse' ? ' (to record what changed)' : ''}`;
        });
        ctx.report({
          at: policy.pathTo('rules', i, 'level'),
          part: 'value',
          messageId: 'tooLow',
          data: { index: i + 1, targets: targets.map((t) => t.label).join(', '), level, needs: needs.join('; ') },
        });
      }
    },
  },
});
