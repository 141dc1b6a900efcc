import { defineRule, type VisitContext } from '../../src/engine/rule.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { isPlainObject, type Resource } from '../../src/model/resource.js';

type Field = 'verbs' | 'resources' | 'apiGroups';
const FIELDS: readonly Field[] = ['verbs', 'resources', 'apiGroups'];
const LABELS: Readonly<Record<Field, string>> = { verbs: 'verb', resources: 'resource', apiGroups: 'API group' };

const rule = defineRule({
  meta: {
    id: 'rbac-wildcard',
    pci: ['2.1'],
    requirements: ['7.2.1', '7.2.2'],
    inputs: ['rbac-role'],
    severity: 'warning',
    checksPatches: true,
    docs: {
      summary: 'Roles and ClusterRoles must list verbs, resources and API groups instead of `*`.',
      rationale:
        'PCI DSS container guidance 2.1 asks for least-privilege access to the orchestrator. A `*` grants every current and future verb, ' +
        'resource or API group, including ones added later by CRDs and new Kubernetes releases (such as `escalate`, `bind` or `impersonate`), ' +
        'so a role quietly grows more powerful than anyone reviewed. ClusterRoles Kubernetes ships (`cluster-admin`, and names starting with ' +
        '`system:` that carry its `kubernetes.io/bootstrapping: rbac-defaults` label) are not reported: their bindings are what matters, see rbac-cluster-admin-binding.',
      fix: 'Replace `*` with the exact verbs (`get`, `list`, `watch`, …), resources and API groups the subject needs.',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#minimize-permissions'],
    },
    messages: {
      verbs: '{{role}} rule {{rule}} allows every verb ("*"), which includes escalate, bind, impersonate and verbs added later.',
      resources: '{{role}} rule {{rule}} allows every resource ("*") of its API groups, including Secrets and resources added later.',
      resourcesOfGroups: '{{role}} rule {{rule}} allows every resource ("*") of {{groups}}, including resources added later.',
      apiGroups: '{{role}} rule {{rule}} allows every API group ("*"), including groups added later by CRDs.',
      several: '{{role}} rule {{rule}} allows every {{fields}} ("*"), including ones added later.',
      severalOfGroups: '{{role}} rule {{rule}} allows every {{fields}} ("*") of {{groups}}, including ones added later.',
      everything:
        '{{role}} rule {{rule}} allows every verb on every resource in every API group ("*" three times): whoever it is bound to is cluster-admin.',
    },
    fixes: {
      verbs: 'List the verbs the subjects need.',
      resources: 'List the resources the subjects need.',
      resourcesOfGroups: 'List the resources the subjects need.',
      apiGroups: 'List the API groups the subjects need.',
      several: 'List the exact verbs, resources and API groups the subjects need.',
      severalOfGroups: 'List the exact verbs and resources the subjects need.',
      everything: 'List the exact verbs, resources and API groups the subjects need.',
    },
  },
  visit: {
    Role(ctx, role) {
      check(ctx, role);
    },
    ClusterRole(ctx, role) {
      if (role.name !== undefined && isKubernetesRbacObject(role.name, role.labels)) return;
      check(ctx, role);
    },
  },
});

type Ctx = VisitContext<Field | 'resourcesOfGroups' | 'several' | 'severalOfGroups' | 'everything', undefined, never>;

function check(ctx: Ctx, role: Resource<object>): void {
  const rules = (role.value as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) return;
  const name = role.namespace === undefined ? (role.name ?? '(unnamed)') : `${role.namespace}/${role.name ?? '(unnamed)'}`;
  rules.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    // One finding per rule item, on its first "*": a `*/*/*` rule is one fact, not three.
    const wild = FIELDS.flatMap((field) => {
      const list = item[field];
      const at = Array.isArray(list) ? list.indexOf('*') : -1;
      return at === -1 ? [] : [{ field, at }];
    });
    const first = wild[0];
    if (!first) return;
    const data = { role: `${role.kind} "${name}"`, rule: i + 1 };
    const at = role.pathTo('rules', i, first.field, first.at);
    // The rule item is what a bound subject's finding names (rbac-cluster-admin-binding replaces this one).
    const about = [{ value: item, path: role.pathTo('rules', i) }];
    const groups = namedGroups(item.apiGroups);
    if (wild.length === 1 && first.field === 'resources' && groups) ctx.report({ at, part: 'value', messageId: 'resourcesOfGroups', data: { ...data, groups }, about });
    else if (wild.length === 1) ctx.report({ at, part: 'value', messageId: first.field, data, about });
    else if (wild.length === FIELDS.length) ctx.report({ at, part: 'value', messageId: 'everything', data, about });
    else {
      const fields = wild.map((w) => LABELS[w.field]).join(' and ');
      // Every verb on every resource of named groups (an operator's own): the groups say how far it reaches.
      if (groups && wild.some((w) => w.field === 'resources')) ctx.report({ at, part: 'value', messageId: 'severalOfGroups', data: { ...data, fields, groups }, about });
      else ctx.report({ at, part: 'value', messageId: 'several', data: { ...data, fields }, about });
    }
  });
}

/**
 * `API group "batch"`, `API groups "keda.sh" and "eventing.keda.sh"`, `API groups "a", "b", "c" and 2 more`: the groups a `*` resource list
 * ranges over when they are named and none is the core group (""), where Secrets are; undefined otherwise.
 */
function namedGroups(list: unknown): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const group of list) {
    if (typeof group !== 'string' || group === '' || group === '*') return undefined;
    if (!seen.has(group)) groups.push(`"${group}"`);
    seen.add(group);
  }
  if (groups.length === 1) return `API group ${groups[0] ?? ''}`;
  // Operators list many of their own groups: three are named, the rest counted.
  if (groups.length > 3) return `API groups ${groups.slice(0, 3).join(', ')} and ${String(groups.length - 3)} more`;
  return `API groups ${groups.slice(0, -1).join(', ')} and ${groups.at(-1) ?? ''}`;
}

export default rule;
