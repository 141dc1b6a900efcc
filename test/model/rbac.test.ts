import { describe, expect, it } from 'vitest';
import type { Path } from '../../src/load/positions.js';
import { rbacInputOf, summarizeBinding, summarizeRole, type BindingSummary, type RbacFact, type RoleSummary } from '../../src/model/rbac/summary.js';
import { isFullWildcard, nearness, resolveGrants, resolveRole, ruleAllows, selectorMatches, subjectCoversServiceAccount } from '../../src/model/rbac/resolver.js';
import { escalationsOf } from '../../src/model/rbac/escalation.js';
import { describeGrantingRule, describeGrantRole } from '../../src/model/rbac/messages.js';
import { resourcesIn } from '../../src/model/resource.js';

/** Locations in these tests are the path itself, joined: enough to see which entry was kept. */
const locate = (at: Path): string => at.join('.');

function role(value: object, defaultNamespace?: string): RoleSummary<string> {
  const [resource] = resourcesIn({ apiVersion: 'rbac.authorization.k8s.io/v1', ...value });
  const summary = resource && summarizeRole(resource, locate, defaultNamespace);
  if (!summary) throw new Error('not a role');
  return summary;
}

function binding(value: object, defaultNamespace?: string): BindingSummary<string> {
  const [resource] = resourcesIn({ apiVersion: 'rbac.authorization.k8s.io/v1', ...value });
  const summary = resource && summarizeBinding(resource, locate, defaultNamespace);
  if (!summary) throw new Error('not a binding');
  return summary;
}

const clusterRole = (name: string, rules: object[], extra: object = {}) => role({ kind: 'ClusterRole', metadata: { name }, rules, ...extra });
const labelled = (name: string, labels: Record<string, string>, rules: object[]) => role({ kind: 'ClusterRole', metadata: { name, labels }, rules });
const crb = (name: string, roleName: string, subjects: object[]) =>
  binding({ kind: 'ClusterRoleBinding', metadata: { name }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName }, subjects });

describe('summaries', () => {
  it('keeps every list entry with its location, and skips non-strings', () => {
    const summary = role({
      kind: 'Role',
      metadata: { name: 'reader', namespace: 'shop', labels: { team: 'a' } },
      rules: [{ apiGroups: [''], resources: ['pods', 7], resourceNames: ['web'], verbs: ['get'] }, 'junk', { nonResourceURLs: ['/healthz'], verbs: ['get'] }],
    });
    expect(summary).toEqual({
      kind: 'Role',
      at: '',
      name: 'reader',
      namespace: 'shop',
      labels: { team: 'a' },
      rules: [
        {
          index: 0,
          at: 'rules.0',
          verbs: [{ value: 'get', at: 'rules.0.verbs.0' }],
          apiGroups: [{ value: '', at: 'rules.0.apiGroups.0' }],
          resources: [{ value: 'pods', at: 'rules.0.resources.0' }],
          resourceNames: ['web'],
          nonResourceURLs: [],
        },
        {
          index: 2,
          at: 'rules.2',
          verbs: [{ value: 'get', at: 'rules.2.verbs.0' }],
          apiGroups: [],
          resources: [],
          resourceNames: [],
          nonResourceURLs: [{ value: '/healthz', at: 'rules.2.nonResourceURLs.0' }],
        },
      ],
    });
  });

  it('fills the namespace of a Role and of ServiceAccount subjects from the settings and the binding', () => {
    expect(role({ kind: 'Role', metadata: { name: 'r' } }, 'dflt').namespace).toBe('dflt');
    expect(role({ kind: 'ClusterRole', metadata: { name: 'c', namespace: 'ignored' } }, 'dflt').namespace).toBeUndefined();
    const b = binding(
      {
        kind: 'RoleBinding',
        metadata: { name: 'b' },
        roleRef: { kind: 'Role', name: 'r' },
        subjects: [{ kind: 'ServiceAccount', name: 'a' }, { kind: 'ServiceAccount', name: 'b', namespace: 'other' }, { kind: 'User', name: 'u', namespace: 'x' }, { name: 'no-kind' }],
      },
      'dflt',
    );
    expect(b.namespace).toBe('dflt');
    expect(b.roleRef).toEqual({ kind: 'Role', name: 'r', at: 'roleRef.name' });
    expect(b.subjects).toEqual([
      { kind: 'ServiceAccount', name: 'a', namespace: 'dflt', at: 'subjects.0.name' },
      { kind: 'ServiceAccount', name: 'b', namespace: 'other', at: 'subjects.1.name' },
      { kind: 'User', name: 'u', at: 'subjects.2.name' },
    ]);
  });

  it('reads aggregation selectors and ignores bindings without a roleRef', () => {
    const aggregated = clusterRole('agg', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' }, matchExpressions: [{ key: 'k', operator: 'Exists' }] }] } });
    expect(aggregated.aggregateFrom).toEqual([{ matchLabels: { a: 'b' }, matchExpressions: [{ key: 'k', operator: 'Exists', values: [] }] }]);
    const [noRef] = resourcesIn({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'x' } });
    expect(noRef && summarizeBinding(noRef, locate)).toBeUndefined();
  });

  it('splits recorded facts into roles and bindings', () => {
    const r = clusterRole('a', []);
    const b = crb('b', 'a', []);
    const facts: RbacFact<string>[] = [
      { type: 'binding', binding: b },
      { type: 'role', role: r },
    ];
    expect(rbacInputOf<string>([...facts, { type: 'pod' }])).toEqual({ roles: [r], bindings: [b] });
  });
});

describe('selectorMatches', () => {
  const labels = { tier: 'web', team: 'payments' };
  it.each([
    [{ matchLabels: { tier: 'web' }, matchExpressions: [] }, true],
    [{ matchLabels: { tier: 'db' }, matchExpressions: [] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'team', operator: 'In', values: ['payments', 'risk'] }] }, true],
    [{ matchLabels: {}, matchExpressions: [{ key: 'missing', operator: 'In', values: ['x'] }] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['payments'] }] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'missing', operator: 'NotIn', values: ['x'] }] }, true],
    [{ matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'Exists', values: [] }] }, true],
    [{ matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist', values: [] }] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'Gt', values: ['1'] }] }, false],
    [{ matchLabels: {}, matchExpressions: [] }, true],
  ])('%j → %s', (selector, expected) => {
    expect(selectorMatches(selector, labels)).toBe(expected);
  });
});

describe('ruleAllows', () => {
  const rule = role({
    kind: 'ClusterRole',
    metadata: { name: 'r' },
    rules: [{ apiGroups: ['', 'apps'], resources: ['pods', '*/scale'], verbs: ['get', 'create'] }],
  }).rules[0]!;

  it('matches exact entries and */subresource, and returns the matching entries', () => {
    expect(ruleAllows(rule, { verb: 'create', group: '', resource: 'pods' })).toEqual({
      verb: { value: 'create', at: 'rules.0.verbs.1' },
      group: { value: '', at: 'rules.0.apiGroups.0' },
      resource: { value: 'pods', at: 'rules.0.resources.0' },
    });
    expect(ruleAllows(rule, { verb: 'get', group: 'apps', resource: 'deployments/scale' })?.resource.value).toBe('*/scale');
    expect(ruleAllows(rule, { verb: 'get', group: 'apps', resource: 'deployments' })).toBeUndefined();
    expect(ruleAllows(rule, { verb: 'delete', group: '', resource: 'pods' })).toBeUndefined();
    expect(ruleAllows(rule, { verb: 'get', group: 'batch', resource: 'pods' })).toBeUndefined();
    expect(ruleAllows(rule, { verb: 'get', group: '', resource: 'pods/exec' })).toBeUndefined();
  });

  it('needs a named request when the rule has resourceNames', () => {
    const named = clusterRole('n', [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], resourceNames: ['kubernetes.io/*'], verbs: ['approve'] }]).rules[0]!;
    expect(ruleAllows(named, { verb: 'approve', group: 'certificates.k8s.io', resource: 'signers' })).toBeUndefined();
    expect(ruleAllows(named, { verb: 'approve', group: 'certificates.k8s.io', resource: 'signers', resourceName: 'kubernetes.io/*' })).toBeDefined();
  });

  it('recognises the all-powerful rule', () => {
    expect(isFullWildcard(clusterRole('w', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]).rules[0]!)).toBe(true);
    expect(isFullWildcard(clusterRole('w', [{ apiGroups: ['*'], resources: ['pods'], verbs: ['*'] }]).rules[0]!)).toBe(false);
  });
});

describe('resolveRole and resolveGrants', () => {
  it('uses the built-in table for roles not in the input; a redefined bootstrap role is reconciled with it unless it opts out', () => {
    const b = crb('root', 'cluster-admin', [{ kind: 'User', name: 'alice' }]);
    const builtin = resolveRole({ roles: [], bindings: [b] }, b);
    expect(builtin?.role).toMatchObject({ kind: 'ClusterRole', name: 'cluster-admin', builtin: true });
    expect(builtin?.rules.map((r) => r.rule.index)).toEqual([0, 1]);
    const mine = clusterRole('cluster-admin', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]);
    // The API server adds the bootstrap rules back to an object named like a bootstrap role.
    const reconciled = resolveRole({ roles: [mine], bindings: [b] }, b);
    expect(reconciled?.role.name).toBe('cluster-admin');
    expect(reconciled?.role.builtin).toBeUndefined();
    expect(reconciled?.rules.map((r) => r.rule.verbs.map((v) => v.value).join())).toEqual(['get', '*', '*']);
    const optedOut = role({ kind: 'ClusterRole', metadata: { name: 'cluster-admin', annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'false' } }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] });
    expect(resolveRole({ roles: [optedOut], bindings: [b] }, b)?.role).toBe(optedOut);
    const custom = clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]);
    expect(resolveRole({ roles: [custom], bindings: [] }, crb('r', 'pod-reader', []))?.role).toBe(custom);
    expect(resolveRole({ roles: [], bindings: [] }, crb('x', 'not-known', []))).toBeUndefined();
  });

  it('finds a Role in the binding namespace only, and never from a ClusterRoleBinding', () => {
    const r = role({ kind: 'Role', metadata: { name: 'r', namespace: 'shop' }, rules: [] });
    const rb = (namespace: string) => binding({ kind: 'RoleBinding', metadata: { name: 'b', namespace }, roleRef: { kind: 'Role', name: 'r' }, subjects: [] });
    expect(resolveRole({ roles: [r], bindings: [] }, rb('shop'))?.role).toBe(r);
    expect(resolveRole({ roles: [r], bindings: [] }, rb('other'))).toBeUndefined();
    const wrong = binding({ kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { kind: 'Role', name: 'r' }, subjects: [] });
    expect(resolveRole({ roles: [r], bindings: [] }, wrong)).toBeUndefined();
  });

  it('aggregates transitively through labels, over built-in and input roles, without looping', () => {
    const extra = labelled('extra-view', { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' }, [{ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get'] }]);
    const a = role({ kind: 'ClusterRole', metadata: { name: 'a', labels: { loop: 'b' } }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { loop: 'a' } }] } });
    const b = role({ kind: 'ClusterRole', metadata: { name: 'b', labels: { loop: 'a' } }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { loop: 'b' } }] } });
    const input = { roles: [extra, a, b], bindings: [] };
    const admin = resolveRole(input, crb('x', 'admin', []));
    const sources = new Set(admin?.rules.map((r) => r.role.name));
    expect([...sources].sort()).toEqual(['extra-view', 'system:aggregate-to-admin', 'system:aggregate-to-edit', 'system:aggregate-to-view']);
    expect(resolveRole(input, crb('y', 'a', []))?.rules).toEqual([]);
  });

  it('expands bindings into grants with their scope, and lists unresolved bindings', () => {
    const r = clusterRole('exec', [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }]);
    const rb = binding({ kind: 'RoleBinding', metadata: { name: 'ns', namespace: 'shop' }, roleRef: { kind: 'ClusterRole', name: 'exec' }, subjects: [{ kind: 'User', name: 'u' }] });
    const cluster = crb('all', 'exec', [{ kind: 'Group', name: 'g' }]);
    const missing = crb('missing', 'nope', [{ kind: 'User', name: 'v' }]);
    const { grants, unresolved } = resolveGrants({ roles: [r], bindings: [rb, cluster, missing] });
    expect(grants.map((g) => [g.binding.name, g.subject.name, g.scope, g.clusterWide])).toEqual([
      ['ns', 'u', 'shop', false],
      ['all', 'g', undefined, true],
    ]);
    expect(unresolved).toEqual([missing]);
    expect(escalationsOf(grants[0]!).map((e) => e.check.id)).toEqual(['exec']);
  });

  it('counts cluster-scoped resources only through ClusterRoleBindings', () => {
    const r = clusterRole('imp', [{ apiGroups: [''], resources: ['users', 'serviceaccounts'], verbs: ['impersonate'] }, { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['create'] }]);
    const rb = binding({ kind: 'RoleBinding', metadata: { name: 'ns', namespace: 'shop' }, roleRef: { kind: 'ClusterRole', name: 'imp' }, subjects: [{ kind: 'User', name: 'u' }] });
    const { grants } = resolveGrants({ roles: [r], bindings: [rb, crb('all', 'imp', [{ kind: 'User', name: 'u' }])] });
    const found = grants.map((g) => escalationsOf(g).map((e) => `${e.check.id}:${e.match.resource.value}`));
    expect(found).toEqual([['impersonate:serviceaccounts'], [], ['impersonate:users'], ['nodeProxy:nodes/proxy']]);
  });

  it('counts cluster-wide Secret reads only through ClusterRoleBindings', () => {
    const r = clusterRole('secrets', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }]);
    const rb = binding({ kind: 'RoleBinding', metadata: { name: 'ns', namespace: 'shop' }, roleRef: { kind: 'ClusterRole', name: 'secrets' }, subjects: [{ kind: 'User', name: 'u' }] });
    const { grants } = resolveGrants({ roles: [r], bindings: [rb, crb('all', 'secrets', [{ kind: 'User', name: 'u' }])] });
    expect(grants.map((g) => escalationsOf(g).map((e) => e.check.id))).toEqual([[], ['secrets']]);
  });
});

describe('words and identities', () => {
  it('describes aggregated and built-in rules', () => {
    const located = { file: 'rbac.yaml', line: 3, column: 5 };
    const here = () => located;
    const [extraObject, bindingObject] = resourcesIn({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: 'extra', labels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } },
          rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
        },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { kind: 'ClusterRole', name: 'edit' }, subjects: [{ kind: 'User', name: 'u' }] },
      ],
    });
    const extra = summarizeRole(extraObject!, here)!;
    const editors = summarizeBinding(bindingObject!, here)!;
    const { grants } = resolveGrants({ roles: [extra], bindings: [editors] });
    const fromExtra = grants.find((g) => g.source.role.name === 'extra')!;
    expect(describeGrantRole(fromExtra)).toBe('built-in ClusterRole "edit" (aggregated from ClusterRole "extra")');
    expect(describeGrantingRule(fromExtra.source)).toBe('rule 1 at rbac.yaml:3:5');
    const builtin = grants.find((g) => g.source.role.name === 'system:aggregate-to-edit')!;
    expect(describeGrantingRule(builtin.source)).toBe('rule 1 of the Kubernetes bootstrap policy');
  });

  it('knows which subjects cover a ServiceAccount', () => {
    const subject = (kind: string, name: string, namespace?: string) => ({ kind, name, ...(namespace !== undefined && { namespace }), at: '' });
    expect(subjectCoversServiceAccount(subject('ServiceAccount', 'api', 'shop'), 'shop', 'api')).toBe(true);
    expect(subjectCoversServiceAccount(subject('ServiceAccount', 'api', 'other'), 'shop', 'api')).toBe(false);
    expect(subjectCoversServiceAccount(subject('Group', 'system:serviceaccounts'), 'shop', 'api')).toBe(true);
    expect(subjectCoversServiceAccount(subject('Group', 'system:serviceaccounts:shop'), 'shop', 'api')).toBe(true);
    expect(subjectCoversServiceAccount(subject('Group', 'system:serviceaccounts:other'), 'shop', 'api')).toBe(false);
    expect(subjectCoversServiceAccount(subject('User', 'system:serviceaccount:shop:api'), 'shop', 'api')).toBe(true);
    expect(subjectCoversServiceAccount(subject('User', 'api'), 'shop', 'api')).toBe(false);
  });
});

describe('nearness of two locations', () => {
  const at = (file: string) => ({ file, line: 1, column: 1 });
  it.each([
    ['examples/a/binding.yaml', 'examples/a/binding.yaml', Number.MAX_SAFE_INTEGER],
    ['examples/a/binding.yaml', 'examples/a/role.yaml', 2],
    ['examples/a/binding.yaml', 'examples/b/role.yaml', 1],
    ['examples/a/binding.yaml', 'other/role.yaml', 0],
    ['binding.yaml', 'role.yaml', 0],
    ['examples\\a\\binding.yaml', 'examples\\a\\role.yaml', 2],
  ])('%s and %s: %d', (a, b, expected) => {
    expect(nearness(at(a), at(b))).toBe(expected);
  });
  it('is 0 for locations without a file', () => {
    expect(nearness('rules.0', 'rules.1')).toBe(0);
  });
});
