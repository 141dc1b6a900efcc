/**
 * The RBAC resolver over recorded summaries: "who can do what, where, through which binding and which role
 * rule" ({@link resolveGrants}), whether a rule allows a request ({@link ruleAllows}), and who a subject is.
 *
 * Semantics follow the Kubernetes RBAC authorizer (kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go:
 * VerbMatches, APIGroupMatches, ResourceMatches with `*` and `* /subresource`, ResourceNameMatches) and the
 * clusterrole-aggregation controller (an aggregated ClusterRole holds the rules of every ClusterRole whose
 * labels match one of its `clusterRoleSelectors`); built-in roles come from src/k8s/rbac-bootstrap.ts.
 */
import { builtinClusterRole, BUILTIN_CLUSTER_ROLES, isReservedRbacName, type BuiltinClusterRole } from '../../k8s/rbac-bootstrap.js';
import { isLabelSelectorOperator, matchesLabelSelector, type LabelSelector } from '../selector.js';
import type { BindingSummary, LabelSelectorSummary, PolicyRuleSummary, RbacEntry, RbacInput, RoleSummary, SubjectSummary } from './summary.js';

// ---------------------------------------------------------------------------------------------------------
// Label selectors

/** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), as metav1.LabelSelectorAsSelector. */
export function selectorMatches(selector: LabelSelectorSummary, labels: Readonly<Record<string, string>>): boolean {
  // An invalid operator never selects (the API server rejects such a selector).
  if (selector.matchExpressions.some((e) => !isLabelSelectorOperator(e.operator))) return false;
  return matchesLabelSelector(selector as LabelSelector, labels);
}

// ---------------------------------------------------------------------------------------------------------
// Roles and grants

function fromBuiltin<L>(role: BuiltinClusterRole): RoleSummary<L> {
  const list = (values: readonly string[] | undefined): RbacEntry<L>[] => (values ?? []).map((value) => ({ value }));
  return {
    kind: 'ClusterRole',
    name: role.name,
    labels: role.labels ?? {},
    builtin: true,
    rules: role.rules.map((r, index) => ({
      index,
      verbs: list(r.verbs),
      apiGroups: list(r.apiGroups),
      resources: list(r.resources),
      resourceNames: r.resourceNames ?? [],
      nonResourceURLs: list(r.nonResourceURLs),
    })),
    ...(role.aggregateFrom && { aggregateFrom: role.aggregateFrom.map((matchLabels) => ({ matchLabels, matchExpressions: [] })) }),
  };
}

/** A role rule together with the role that holds it (for an aggregated ClusterRole, the role it came from). */
export interface GrantingRule<L> {
  readonly role: RoleSummary<L>;
  readonly rule: PolicyRuleSummary<L>;
}

/** The role a binding refers to (from the input, else the bootstrap policy) and every rule it grants. */
export interface ResolvedRole<L> {
  readonly role: RoleSummary<L>;
  readonly rules: readonly GrantingRule<L>[];
}

/** Two namespaces are the same; undefined is cluster scope. */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

/**
 * A ClusterRole of the input that has the name of a bootstrap role, as the cluster holds it: "at each start-up,
 * the API server updates default cluster roles with any missing permissions" unless the role is annotated
 * `rbac.authorization.kubernetes.io/autoupdate: "false"` (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#auto-reconciliation);
 * extra rules are kept. So a `cluster-admin` in the input with a narrow rule is still cluster-admin.
 */
function reconciled<L>(own: RoleSummary<L>): RoleSummary<L> {
  const builtin = own.autoupdate === false ? undefined : builtinClusterRole(own.name);
  if (!builtin) return own;
  const base = fromBuiltin<L>(builtin);
  return {
    ...own,
    labels: { ...base.labels, ...own.labels },
    rules: [...own.rules, ...base.rules],
    ...((own.aggregateFrom ?? base.aggregateFrom) && { aggregateFrom: [...(own.aggregateFrom ?? []), ...(base.aggregateFrom ?? [])] }),
  };
}

/** The file of a location, when the location type has one (the engine's Location does). */
function fileOf(at: unknown): string | undefined {
  return typeof at === 'object' && at !== null && typeof (at as { file?: unknown }).file === 'string' ? (at as { file: string }).file : undefined;
}

/**
 * How near two locations are in the input: the same file is nearest, then the number of leading
 * directories their files share; 0 when either has no file. Used to read a fact with the copy of the
 * same object that sits beside it when one project holds alternatives (examples side by side).
 */
export function nearness(a: unknown, b: unknown): number {
  const fa = fileOf(a);
  const fb = fileOf(b);
  if (fa === undefined || fb === undefined) return 0;
  if (fa === fb) return Number.MAX_SAFE_INTEGER;
  const da = fa.split(/[\\/]/).slice(0, -1);
  const db = fb.split(/[\\/]/).slice(0, -1);
  let shared = 0;
  while (shared < da.length && shared < db.length && da[shared] === db[shared]) shared++;
  return shared;
}

/**
 * Whether a role is applied together with a binding: both in one kustomize build root, or either in none
 * (as duplicate-object compares copies). Build roots are alternatives, applied one at a time.
 */
function appliedWith<L>(role: RoleSummary<L>, binding: BindingSummary<L>): boolean {
  if (role.roots === undefined || binding.roots === undefined) return true;
  // kustomize's namePrefix/nameSuffix rename a role and the roleRefs of the bindings built with it alike:
  // a copy whose name gets other affixes is another role in the build.
  return (role.nameAffix ?? '') === (binding.nameAffix ?? '') && role.roots.some((root) => binding.roots?.includes(root) ?? false);
}

/**
 * The role a binding names, among the input's roles that match and are applied with it (any that match when
 * none is): the one defined in the binding's own file when there is one, else the one in the nearest
 * directory (the binding's own, then the deepest shared parent), else the first. Alternative bundles of one
 * project (an install.yaml beside a namespace-install.yaml, `examples/a/` beside `examples/b/`, each with
 * its copy of the role) each define the same roles; a binding is read with its own bundle's role, so its
 * finding points into its own bundle. Also returns the other copies applied with the binding that grant
 * otherwise (see resolveRole).
 */
function pickRole<L>(roles: readonly RoleSummary<L>[], matches: (r: RoleSummary<L>) => boolean, binding: BindingSummary<L>): { role: RoleSummary<L>; others: RoleSummary<L>[] } | undefined {
  const matching = roles.filter(matches);
  const applied = matching.filter((role) => appliedWith(role, binding));
  const candidates = applied.length > 0 ? applied : matching;
  let best: RoleSummary<L> | undefined;
  let bestNearness = -1;
  for (const role of candidates) {
    const near = nearness(binding.roleRef.at, role.at);
    if (near > bestNearness) {
      best = role;
      bestNearness = near;
    }
  }
  if (!best) return undefined;
  // One copy applied with the binding (the usual case) has no other to compare with.
  if (applied.length < 2) return { role: best, others: [] };
  const grants = grantSignature(best);
  const seen = new Set([grants]);
  const others: RoleSummary<L>[] = [];
  for (const role of applied) {
    const signature = grantSignature(role);
    if (role === best || seen.has(signature)) continue;
    seen.add(signature);
    others.push(role);
  }
  return { role: best, others };
}

/** What a role grants, as one string: two copies with the same one grant the same. */
function grantSignature<L>(role: RoleSummary<L>): string {
  const values = (entries: readonly RbacEntry<L>[]) => entries.map((e) => e.value);
  return JSON.stringify([
    role.rules.map((r) => [values(r.verbs), values(r.apiGroups), values(r.resources), r.resourceNames, values(r.nonResourceURLs)]),
    role.aggregateFrom ?? null,
    role.autoupdate ?? null,
  ]);
}

function findClusterRole<L>(input: RbacInput<L>, name: string, binding: BindingSummary<L>): { role: RoleSummary<L>; others: RoleSummary<L>[] } | undefined {
  const own = pickRole(input.roles, (r) => r.kind === 'ClusterRole' && r.name === name, binding);
  if (own) return { role: reconciled(own.role), others: own.others.map((r) => reconciled(r)) };
  const builtin = builtinClusterRole(name);
  return builtin ? { role: fromBuiltin(builtin), others: [] } : undefined;
}

/** Every ClusterRole an aggregation can pick from: the input's (reconciled), and built-in ones the input does not redefine. */
function clusterRolePool<L>(input: RbacInput<L>): RoleSummary<L>[] {
  const own = input.roles.filter((r) => r.kind === 'ClusterRole');
  const names = new Set(own.map((r) => r.name));
  return [...own.map((r) => reconciled(r)), ...BUILTIN_CLUSTER_ROLES.filter((b) => !names.has(b.name)).map((b) => fromBuiltin<L>(b))];
}

function collectRules<L>(role: RoleSummary<L>, pool: readonly RoleSummary<L>[], seen: Set<string>, out: GrantingRule<L>[]): void {
  if (seen.has(role.name)) return;
  seen.add(role.name);
  for (const rule of role.rules) out.push({ role, rule });
  if (!role.aggregateFrom) return;
  const selectors = role.aggregateFrom;
  for (const candidate of pool) {
    if (candidate.name === role.name) continue;
    if (selectors.some((s) => selectorMatches(s, candidate.labels))) collectRules(candidate, pool, seen, out);
  }
}

/**
 * The role a binding's roleRef names and all its rules, including aggregated ones; undefined when the role is
 * neither in the input nor a built-in role pci-lint knows. When the input holds other copies of the role,
 * applied with the binding, that grant otherwise, their rules are the binding's too: the cluster keeps
 * whichever copy is applied last (duplicate-object reports the copies), so a harmless copy placed nearer
 * the binding must not hide a powerful one. Identical copies add nothing.
 */
export function resolveRole<L>(input: RbacInput<L>, binding: BindingSummary<L>, pool?: readonly RoleSummary<L>[]): ResolvedRole<L> | undefined {
  const { kind, name } = binding.roleRef;
  let picked: { role: RoleSummary<L>; others: RoleSummary<L>[] } | undefined;
  if (kind === 'Role') {
    if (binding.kind !== 'RoleBinding') return undefined; // a ClusterRoleBinding cannot reference a Role
    picked = pickRole(input.roles, (r) => r.kind === 'Role' && r.name === name && sameNamespace(r.namespace, binding.namespace), binding);
  } else if (kind === 'ClusterRole') {
    picked = findClusterRole(input, name, binding);
  }
  if (!picked) return undefined;
  const rules: GrantingRule<L>[] = [];
  for (const role of [picked.role, ...picked.others]) collectRules(role, role.aggregateFrom ? (pool ?? clusterRolePool(input)) : [], new Set(), rules);
  return { role: picked.role, rules };
}

/** One permission a subject holds: which binding, which role, which rule, and where it applies. */
export interface Grant<L> {
  readonly binding: BindingSummary<L>;
  readonly subject: SubjectSummary<L>;
  /** The namespace a RoleBinding grants in; undefined for a ClusterRoleBinding (every namespace and cluster scope). */
  readonly scope?: string;
  readonly clusterWide: boolean;
  /** The role the binding references. */
  readonly role: RoleSummary<L>;
  /** The rule that grants, and the role holding it (differs from `role` for aggregated ClusterRoles). */
  readonly source: GrantingRule<L>;
}

export interface ResolvedRbac<L> {
  readonly grants: readonly Grant<L>[];
  /** Bindings whose role is neither in the input nor a known built-in role. */
  readonly unresolved: readonly BindingSummary<L>[];
}

/** Expands every binding into grants: subject × rule of the bound role. */
export function resolveGrants<L>(input: RbacInput<L>): ResolvedRbac<L> {
  const grants: Grant<L>[] = [];
  const unresolved: BindingSummary<L>[] = [];
  const pool = clusterRolePool(input);
  // Many bindings share a role (admin, edit, view): resolve each role once.
  const cache = new Map<string, ResolvedRole<L> | undefined>();
  for (const binding of input.bindings) {
    const key = `${binding.roleRef.kind}\u0000${binding.roleRef.kind === 'Role' ? (binding.namespace ?? '') : ''}\u0000${binding.roleRef.name}\u0000${binding.kind}\u0000${fileOf(binding.roleRef.at) ?? ''}`;
    if (!cache.has(key)) cache.set(key, resolveRole(input, binding, pool));
    const resolved = cache.get(key);
    if (!resolved) {
      unresolved.push(binding);
      continue;
    }
    const clusterWide = binding.kind === 'ClusterRoleBinding';
    for (const subject of binding.subjects) {
      for (const source of resolved.rules) {
        grants.push({ binding, subject, ...(!clusterWide && binding.namespace !== undefined && { scope: binding.namespace }), clusterWide, role: resolved.role, source });
      }
    }
  }
  return { grants, unresolved };
}

// ---------------------------------------------------------------------------------------------------------
// Matching requests against rules

/** A resource request, as the authorizer sees it: `resource` may carry a subresource (`pods/exec`). */
export interface ResourceRequest {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  /** The object's name; requests without one (create, list) do not match rules restricted by resourceNames. */
  readonly resourceName?: string;
  /**
   * A cluster-scoped resource (nodes, webhook configurations, ClusterRoles, impersonated users and groups):
   * only a ClusterRoleBinding grants it, a RoleBinding never does.
   */
  readonly clusterScoped?: boolean;
}

export interface RuleMatch<L> {
  readonly verb: RbacEntry<L>;
  readonly group: RbacEntry<L>;
  readonly resource: RbacEntry<L>;
}

function resourceEntryMatches(entry: string, resource: string): boolean {
  if (entry === '*' || entry === resource) return true;
  const slash = resource.indexOf('/');
  // `*/scale` matches the scale subresource of every resource.
  return slash !== -1 && entry === `*${resource.slice(slash)}`;
}

/** The entries of a rule that allow a request, or undefined when the rule does not allow it. */
export function ruleAllows<L>(rule: PolicyRuleSummary<L>, request: ResourceRequest): RuleMatch<L> | undefined {
  const verb = rule.verbs.find((v) => v.value === '*' || v.value === request.verb);
  const group = rule.apiGroups.find((g) => g.value === '*' || g.value === request.group);
  const resource = rule.resources.find((r) => resourceEntryMatches(r.value, request.resource));
  if (!verb || !group || !resource) return undefined;
  if (rule.resourceNames.length > 0 && (request.resourceName === undefined || !rule.resourceNames.includes(request.resourceName))) return undefined;
  return { verb, group, resource };
}

/**
 * The verbs that together read, create, change and delete any object: a rule granting all of them on every
 * resource of every API group lets its subject mint any ServiceAccount's token (create on
 * serviceaccounts/token), run any pod under any account and rewrite any object, so it is cluster-admin in
 * effect even without `*` (Polaris counts the same seven).
 */
const EVERY_OBJECT_VERB = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] as const;

/** True when a rule allows everything on every resource of every API group: `*` verbs (cluster-admin's first rule) or every object verb. */
export function isFullWildcard<L>(rule: PolicyRuleSummary<L>): boolean {
  return everythingVerb(rule) !== undefined && rule.apiGroups.some((g) => g.value === '*') && rule.resources.some((r) => r.value === '*') && rule.resourceNames.length === 0;
}

/**
 * The verbs entry that makes a rule allow every verb: its `*`, or, when the rule lists every object verb,
 * the first of them; undefined when it allows fewer.
 */
export function everythingVerb<L>(rule: PolicyRuleSummary<L>): RbacEntry<L> | undefined {
  const star = rule.verbs.find((v) => v.value === '*');
  if (star) return star;
  const listed = new Set(rule.verbs.map((v) => v.value));
  return EVERY_OBJECT_VERB.every((verb) => listed.has(verb)) ? rule.verbs[0] : undefined;
}

/** A binding subject as one key: `ServiceAccount:namespace/name`, `User:name`, `Group:name`. */
export function grantSubjectKey<L>(grant: Pick<Grant<L>, 'subject'>): string {
  const { kind, name, namespace } = grant.subject;
  return kind === 'ServiceAccount' ? `${kind}:${namespace ?? ''}/${name}` : `${kind}:${name}`;
}

/**
 * Where the fact "this subject can do everything in this scope" is stated: the grant's subject entry and
 * rule, and every other grant to the same subject within that scope (its subject entry and granting
 * rule), whichever binding makes it. A cluster-wide grant covers every grant to the subject; a
 * namespace's covers the grants of RoleBindings in that namespace only. Every rule reporting that
 * subject as all-powerful names these, so findings about the grants they cover are one fact.
 */
export function grantsCoveredByEverything<L>(grant: Grant<L>, grants: readonly Grant<L>[]): L[] {
  const key = grantSubjectKey(grant);
  const out: L[] = [grant.subject.at];
  if (grant.source.rule.at) out.push(grant.source.rule.at);
  for (const other of grants) {
    if (other === grant || grantSubjectKey(other) !== key) continue;
    if (!grant.clusterWide && (other.clusterWide || !sameNamespace(other.scope, grant.scope))) continue;
    out.push(other.subject.at);
    if (other.source.rule.at) out.push(other.source.rule.at);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Who a subject is

/** Groups every ServiceAccount belongs to, as the ServiceAccount authenticator sets them. */
export function serviceAccountGroups(namespace: string | undefined): string[] {
  return ['system:serviceaccounts', ...(namespace === undefined ? [] : [`system:serviceaccounts:${namespace}`])];
}

/**
 * True when a binding subject covers a ServiceAccount: the account itself, its user name
 * (`system:serviceaccount:<namespace>:<name>` as a User subject) or one of its groups.
 */
export function subjectCoversServiceAccount<L>(subject: SubjectSummary<L>, namespace: string | undefined, name: string): boolean {
  if (subject.kind === 'ServiceAccount') return subject.name === name && sameNamespace(subject.namespace, namespace);
  if (subject.kind === 'User') return subject.name === `system:serviceaccount:${namespace ?? ''}:${name}`;
  return subject.kind === 'Group' && serviceAccountGroups(namespace).includes(subject.name);
}

/** Groups that hold every user, every service account or those of a namespace: never Kubernetes' own component identity. */
const EVERYONE_GROUPS: ReadonlySet<string> = new Set(['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts']);

/**
 * Whether a grant is one Kubernetes ships: a binding with a reserved name (`system:`, `cluster-admin`) to an
 * identity of Kubernetes' own components (a ServiceAccount of kube-system, a `system:` user such as
 * system:kube-scheduler, a `system:` group such as system:nodes). The API server does not stop anyone from
 * naming a binding `system:…`: the same name on a binding to an application's ServiceAccount, to another
 * user, or to a group holding every user or service account is no shipped binding, and is judged.
 */
export function isShippedGrant<L>(grant: Pick<Grant<L>, 'binding' | 'subject'>): boolean {
  if (!isReservedRbacName(grant.binding.name)) return false;
  const { kind, name, namespace } = grant.subject;
  if (kind === 'ServiceAccount') return namespace === 'kube-system';
  if (!name.startsWith('system:')) return false;
  if (kind === 'User') return !name.startsWith('system:serviceaccount:') || name.startsWith('system:serviceaccount:kube-system:');
  return kind === 'Group' && !EVERYONE_GROUPS.has(name) && !name.startsWith('system:serviceaccounts:');
}

/** True when a binding subject names ServiceAccounts: a ServiceAccount, a ServiceAccount user name, or a ServiceAccount group. */
export function isServiceAccountSubject<L>(subject: SubjectSummary<L>): boolean {
  if (subject.kind === 'ServiceAccount') return true;
  if (subject.kind === 'User') return subject.name.startsWith('system:serviceaccount:');
  return subject.kind === 'Group' && (subject.name === 'system:serviceaccounts' || subject.name.startsWith('system:serviceaccounts:'));
}

/**
 * True when a binding in the input names this ServiceAccount itself (as a ServiceAccount subject or by its
 * user name), so its pods call the API on purpose. Groups (`system:serviceaccounts`) do not count: they
 * name every account. Without a namespace (a manifest applied with `-n`), any namespace matches.
 */
export function isBoundServiceAccount<L>(bindings: readonly BindingSummary<L>[], namespace: string | undefined, name: string): boolean {
  return bindings.some((b) =>
    b.subjects.some((s) => {
      if (s.kind === 'ServiceAccount') return s.name === name && (namespace === undefined || sameNamespace(s.namespace, namespace));
      if (s.kind !== 'User' || !s.name.startsWith('system:serviceaccount:')) return false;
      const [, , ns, account] = s.name.split(':');
      return account === name && (namespace === undefined || ns === namespace);
    }),
  );
}
