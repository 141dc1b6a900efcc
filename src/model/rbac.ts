/**
 * RBAC as plain data, and one resolver over it. Rules turn each visited Role, ClusterRole, RoleBinding and
 * ClusterRoleBinding into a summary with {@link summarizeRole} / {@link summarizeBinding} (every list entry
 * keeps its location), record the summaries as facts, and in `finish` ask {@link resolveGrants} "who can do
 * what, where, through which binding and which role rule". Nothing here keeps state between calls.
 *
 * Semantics follow the Kubernetes RBAC authorizer (kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go:
 * VerbMatches, APIGroupMatches, ResourceMatches with `*` and `* /subresource`, ResourceNameMatches) and the
 * clusterrole-aggregation controller (an aggregated ClusterRole holds the rules of every ClusterRole whose
 * labels match one of its `clusterRoleSelectors`).
 */
import { builtinClusterRole, BUILTIN_CLUSTER_ROLES, type BuiltinClusterRole } from '../k8s/rbac-bootstrap.js';
import type { Path, SpanPart } from '../load/positions.js';
import { isPlainObject, own, stringMap, type PlainObject, type Resource } from './resource.js';
import { isLabelSelectorOperator, matchesLabelSelector, type LabelSelector } from './selector.js';

/** Turns a path in the visited document into a location the caller can keep (the rule's `ctx.locate`). */
export type Locator<L> = (at: Path, part?: SpanPart) => L;

/** One string of a verbs/apiGroups/resources/nonResourceURLs list; `at` is absent for built-in roles. */
export interface RbacEntry<L> {
  readonly value: string;
  readonly at?: L;
}

export interface PolicyRuleSummary<L> {
  /** Index in the role's `rules` list. */
  readonly index: number;
  /** The rule item; absent for built-in roles. */
  readonly at?: L;
  readonly verbs: readonly RbacEntry<L>[];
  readonly apiGroups: readonly RbacEntry<L>[];
  readonly resources: readonly RbacEntry<L>[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly RbacEntry<L>[];
}

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

export interface LabelSelectorSummary {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

export interface RoleSummary<L> {
  readonly kind: 'Role' | 'ClusterRole';
  readonly name: string;
  /** Roles only; undefined when neither the object nor the settings name one. */
  readonly namespace?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly rules: readonly PolicyRuleSummary<L>[];
  /** `aggregationRule.clusterRoleSelectors`; undefined when the ClusterRole is not aggregated. */
  readonly aggregateFrom?: readonly LabelSelectorSummary[];
  /** True for a role taken from the bootstrap policy table because the input does not define it. */
  readonly builtin?: boolean;
}

export interface SubjectSummary<L> {
  readonly kind: string;
  readonly name: string;
  /** For ServiceAccounts: the subject's namespace, or the binding's when the subject names none. */
  readonly namespace?: string;
  /** The subject's `name` field. */
  readonly at: L;
}

export interface BindingSummary<L> {
  readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
  readonly name: string;
  readonly namespace?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly roleRef: { readonly kind: string; readonly name: string; readonly at: L };
  readonly subjects: readonly SubjectSummary<L>[];
}

/** What RBAC rules record: one summary per visited object. */
export type RbacFact<L> = { readonly type: 'role'; readonly role: RoleSummary<L> } | { readonly type: 'binding'; readonly binding: BindingSummary<L> };

export interface RbacInput<L> {
  readonly roles: readonly RoleSummary<L>[];
  readonly bindings: readonly BindingSummary<L>[];
}

// ---------------------------------------------------------------------------------------------------------
// Summaries of visited objects

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function entries<L>(rule: PlainObject, key: string, path: Path, locate: Locator<L>): RbacEntry<L>[] {
  const list = own(rule, key);
  if (!Array.isArray(list)) return [];
  const out: RbacEntry<L>[] = [];
  list.forEach((value, i) => {
    if (typeof value === 'string') out.push({ value, at: locate([...path, key, i], 'value') });
  });
  return out;
}


function selectorOf(value: unknown): LabelSelectorSummary {
  const raw = isPlainObject(value) ? value : {};
  const expressions = Array.isArray(raw.matchExpressions) ? raw.matchExpressions.filter(isPlainObject) : [];
  return {
    matchLabels: stringMap(raw.matchLabels),
    matchExpressions: expressions.map((e) => ({ key: String(e.key), operator: String(e.operator), values: strings(e.values) })),
  };
}

/** The summary of a visited Role or ClusterRole; undefined for an object without a name. */
export function summarizeRole<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): RoleSummary<L> | undefined {
  if ((resource.kind !== 'Role' && resource.kind !== 'ClusterRole') || resource.name === undefined) return undefined;
  const raw = resource.value as PlainObject;
  const rules: PolicyRuleSummary<L>[] = [];
  if (Array.isArray(raw.rules)) {
    raw.rules.forEach((rule, index) => {
      if (!isPlainObject(rule)) return;
      const path = resource.pathTo('rules', index);
      rules.push({
        index,
        at: locate(path),
        verbs: entries(rule, 'verbs', path, locate),
        apiGroups: entries(rule, 'apiGroups', path, locate),
        resources: entries(rule, 'resources', path, locate),
        resourceNames: strings(rule.resourceNames),
        nonResourceURLs: entries(rule, 'nonResourceURLs', path, locate),
      });
    });
  }
  const aggregation = isPlainObject(raw.aggregationRule) ? raw.aggregationRule : undefined;
  const namespace = resource.kind === 'Role' ? (resource.namespace ?? defaultNamespace) : undefined;
  return {
    kind: resource.kind,
    name: resource.name,
    ...(namespace !== undefined && { namespace }),
    labels: resource.labels,
    rules,
    ...(resource.kind === 'ClusterRole' &&
      aggregation && { aggregateFrom: (Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []).map(selectorOf) }),
  };
}

/** The summary of a visited RoleBinding or ClusterRoleBinding; undefined without a name or roleRef. */
export function summarizeBinding<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): BindingSummary<L> | undefined {
  if ((resource.kind !== 'RoleBinding' && resource.kind !== 'ClusterRoleBinding') || resource.name === undefined) return undefined;
  const raw = resource.value as PlainObject;
  if (!isPlainObject(raw.roleRef) || typeof raw.roleRef.name !== 'string') return undefined;
  const namespace = resource.kind === 'RoleBinding' ? (resource.namespace ?? defaultNamespace) : undefined;
  const subjects: SubjectSummary<L>[] = [];
  if (Array.isArray(raw.subjects)) {
    raw.subjects.forEach((subject, i) => {
      if (!isPlainObject(subject) || typeof subject.name !== 'string' || typeof subject.kind !== 'string') return;
      const subjectNamespace = subject.kind === 'ServiceAccount' ? (typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : namespace) : undefined;
      subjects.push({
        kind: subject.kind,
        name: subject.name,
        ...(subjectNamespace !== undefined && { namespace: subjectNamespace }),
        at: locate(resource.pathTo('subjects', i, 'name')),
      });
    });
  }
  return {
    kind: resource.kind,
    name: resource.name,
    ...(namespace !== undefined && { namespace }),
    labels: resource.labels,
    roleRef: { kind: typeof raw.roleRef.kind === 'string' ? raw.roleRef.kind : 'ClusterRole', name: raw.roleRef.name, at: locate(resource.pathTo('roleRef', 'name')) },
    subjects,
  };
}

/** The fact an RBAC rule records for a visited Role, ClusterRole, RoleBinding or ClusterRoleBinding. */
export function rbacFactOf<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): RbacFact<L> | undefined {
  if (resource.kind === 'Role' || resource.kind === 'ClusterRole') {
    const role = summarizeRole(resource, locate, defaultNamespace);
    return role && { type: 'role', role };
  }
  const binding = summarizeBinding(resource, locate, defaultNamespace);
  return binding && { type: 'binding', binding };
}

/** The parts of a rule's visit context {@link recordRbacObject} uses. */
export interface RbacRecorder<L> {
  readonly settings: { readonly defaultNamespace?: string };
  locate(at: Path, part?: SpanPart): L;
  record(fact: RbacFact<L>): void;
}

/**
 * The summary of each RBAC object, shared by every rule that records it (several do, with equal results:
 * the engine's locate gives the same locations to every rule). Keyed by the object, so it lives no longer.
 */
const summaries = new WeakMap<Resource<object>, { readonly defaultNamespace: string | undefined; readonly fact: RbacFact<unknown> | undefined }>();

/** A visitor for Role, ClusterRole, RoleBinding and ClusterRoleBinding that records the object's summary. */
export function recordRbacObject<L>(ctx: RbacRecorder<L>, resource: Resource<object>): void {
  const { defaultNamespace } = ctx.settings;
  let summary = summaries.get(resource);
  if (!summary || summary.defaultNamespace !== defaultNamespace) {
    summary = { defaultNamespace, fact: rbacFactOf(resource, (at, part) => ctx.locate(at, part), defaultNamespace) };
    summaries.set(resource, summary);
  }
  if (summary.fact) ctx.record(summary.fact as RbacFact<L>);
}

/** Splits recorded facts into the resolver's input. */
export function rbacInputOf<L>(facts: readonly { readonly type: string }[]): RbacInput<L> {
  const roles: RoleSummary<L>[] = [];
  const bindings: BindingSummary<L>[] = [];
  for (const fact of facts) {
    if (fact.type === 'role') roles.push((fact as Extract<RbacFact<L>, { type: 'role' }>).role);
    else if (fact.type === 'binding') bindings.push((fact as Extract<RbacFact<L>, { type: 'binding' }>).binding);
  }
  return { roles, bindings };
}

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

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

function findClusterRole<L>(input: RbacInput<L>, name: string): RoleSummary<L> | undefined {
  const own = input.roles.find((r) => r.kind === 'ClusterRole' && r.name === name);
  if (own) return own;
  const builtin = builtinClusterRole(name);
  return builtin ? fromBuiltin(builtin) : undefined;
}

/** Every ClusterRole an aggregation can pick from: the input's, and built-in ones the input does not redefine. */
function clusterRolePool<L>(input: RbacInput<L>): RoleSummary<L>[] {
  const own = input.roles.filter((r) => r.kind === 'ClusterRole');
  const names = new Set(own.map((r) => r.name));
  return [...own, ...BUILTIN_CLUSTER_ROLES.filter((b) => !names.has(b.name)).map((b) => fromBuiltin<L>(b))];
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
 * neither in the input nor a built-in role pci-lint knows.
 */
export function resolveRole<L>(input: RbacInput<L>, binding: BindingSummary<L>, pool?: readonly RoleSummary<L>[]): ResolvedRole<L> | undefined {
  const { kind, name } = binding.roleRef;
  let role: RoleSummary<L> | undefined;
  if (kind === 'Role') {
    if (binding.kind !== 'RoleBinding') return undefined; // a ClusterRoleBinding cannot reference a Role
    role = input.roles.find((r) => r.kind === 'Role' && r.name === name && sameNamespace(r.namespace, binding.namespace));
  } else if (kind === 'ClusterRole') {
    role = findClusterRole(input, name);
  }
  if (!role) return undefined;
  const rules: GrantingRule<L>[] = [];
  collectRules(role, role.aggregateFrom ? (pool ?? clusterRolePool(input)) : [], new Set(), rules);
  return { role, rules };
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
    const key = `${binding.roleRef.kind}\u0000${binding.roleRef.kind === 'Role' ? (binding.namespace ?? '') : ''}\u0000${binding.roleRef.name}\u0000${binding.kind}`;
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

/** True when a rule grants every verb on every resource of every API group (cluster-admin's first rule). */
export function isFullWildcard<L>(rule: PolicyRuleSummary<L>): boolean {
  return rule.verbs.some((v) => v.value === '*') && rule.apiGroups.some((g) => g.value === '*') && rule.resources.some((r) => r.value === '*') && rule.resourceNames.length === 0;
}

/** A class of permission the RBAC rules treat as powerful (PCI guidance 2.1). */
export interface PermissionCheck {
  readonly id: string;
  /** Words for messages: "escalate roles", "read Secrets in every namespace"; `{resource}` is the resource that matched. */
  readonly label: string;
  /** Any one of these requests being allowed means the subject holds the permission. */
  readonly requests: readonly ResourceRequest[];
  /** Only counts through a ClusterRoleBinding (a RoleBinding limits it to one namespace). */
  readonly clusterWideOnly?: boolean;
}

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const ADMISSION_GROUP = 'admissionregistration.k8s.io';
/** Cluster-scoped resources among those the checks ask about (kubectl api-resources --namespaced=false). */
const CLUSTER_SCOPED = new Set(['clusterroles', 'users', 'groups', 'nodes/proxy', 'mutatingwebhookconfigurations', 'validatingwebhookconfigurations']);
const requests = (verbs: readonly string[], group: string, resources: readonly string[]): ResourceRequest[] =>
  verbs.flatMap((verb) => resources.map((resource) => ({ verb, group, resource, ...(CLUSTER_SCOPED.has(resource) && { clusterScoped: true }) })));

/**
 * The privilege-escalation paths listed in the PCI container guidance section 2.1 (and in Kubernetes' "RBAC
 * good practices", https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks).
 */
export const ESCALATION_CHECKS: readonly PermissionCheck[] = [
  { id: 'escalate', label: 'escalate roles (grant permissions it does not hold)', requests: requests(['escalate'], RBAC_GROUP, ['roles', 'clusterroles']) },
  { id: 'bind', label: 'bind any role', requests: requests(['bind'], RBAC_GROUP, ['roles', 'clusterroles']) },
  { id: 'impersonate', label: 'impersonate {resource}', requests: requests(['impersonate'], '', ['users', 'groups', 'serviceaccounts']) },
  { id: 'exec', label: 'create {resource} (run commands in pods)', requests: requests(['create'], '', ['pods/exec', 'pods/attach']) },
  { id: 'nodeProxy', label: 'create nodes/proxy (reach the kubelet API)', requests: requests(['create'], '', ['nodes/proxy']) },
  { id: 'tokenRequest', label: 'create serviceaccounts/token (mint tokens for any ServiceAccount)', requests: requests(['create'], '', ['serviceaccounts/token']) },
  {
    id: 'webhooks',
    label: 'write admission webhook configurations',
    requests: requests(['create', 'update', 'patch'], ADMISSION_GROUP, ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations']),
  },
  { id: 'secrets', label: 'read Secrets in every namespace', requests: requests(['get', 'list', 'watch'], '', ['secrets']), clusterWideOnly: true },
];

export interface CheckMatch<L> {
  readonly check: PermissionCheck;
  readonly request: ResourceRequest;
  readonly match: RuleMatch<L>;
  /** The check's label for this match: "impersonate serviceaccounts". */
  readonly label: string;
}

/** The escalation checks a grant satisfies, each with the rule entries that satisfy it. */
export function escalationsOf<L>(grant: Grant<L>, checks: readonly PermissionCheck[] = ESCALATION_CHECKS): CheckMatch<L>[] {
  const out: CheckMatch<L>[] = [];
  for (const check of checks) {
    if (check.clusterWideOnly && !grant.clusterWide) continue;
    for (const request of check.requests) {
      if (request.clusterScoped && !grant.clusterWide) continue;
      const match = ruleAllows(grant.source.rule, request);
      if (match) {
        out.push({ check, request, match, label: check.label.replace('{resource}', request.resource) });
        break;
      }
    }
  }
  return out;
}

/** True when a grant is powerful: every verb on everything, or one of the escalation paths. */
export function isPowerfulGrant<L>(grant: Grant<L>): boolean {
  return isFullWildcard(grant.source.rule) || escalationsOf(grant).length > 0;
}

// ---------------------------------------------------------------------------------------------------------
// Words for messages

export function describeSubject<L>(subject: SubjectSummary<L>): string {
  if (subject.kind === 'ServiceAccount' && subject.namespace !== undefined) return `ServiceAccount "${subject.namespace}/${subject.name}"`;
  return `${subject.kind} "${subject.name}"`;
}

export function describeBinding<L>(binding: BindingSummary<L>): string {
  return binding.namespace === undefined ? `${binding.kind} "${binding.name}"` : `${binding.kind} "${binding.namespace}/${binding.name}"`;
}

function describeRoleName<L>(role: RoleSummary<L>): string {
  const name = role.namespace === undefined ? role.name : `${role.namespace}/${role.name}`;
  return `${role.builtin ? 'built-in ' : ''}${role.kind} "${name}"`;
}

/** `ClusterRole "ops"`, or `ClusterRole "ops" (aggregated from ClusterRole "ops-extra")`. */
export function describeGrantRole<L>(grant: Pick<Grant<L>, 'role' | 'source'>): string {
  const bound = describeRoleName(grant.role);
  const same = grant.source.role.kind === grant.role.kind && grant.source.role.name === grant.role.name;
  return same ? bound : `${bound} (aggregated from ${describeRoleName(grant.source.role)})`;
}

type Where = { readonly file: string; readonly line: number; readonly column: number };

/** Where a rule or entry is: `file:line:col`. */
export function describeWhere(at: Where): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/**
 * The rule of a grant for messages: `rule 2 at file:line:col` (pointing at `entry`, such as the verb that
 * matched, when given), or `rule 1 of the Kubernetes bootstrap policy` for built-in roles.
 */
export function describeGrantingRule<L extends Where>(source: GrantingRule<L>, entry?: RbacEntry<L>): string {
  const at = entry?.at ?? source.rule.at;
  return at ? `rule ${source.rule.index + 1} at ${describeWhere(at)}` : `rule ${source.rule.index + 1} of the Kubernetes bootstrap policy`;
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

/** True when a binding subject names ServiceAccounts: a ServiceAccount, a ServiceAccount user name, or a ServiceAccount group. */
export function isServiceAccountSubject<L>(subject: SubjectSummary<L>): boolean {
  if (subject.kind === 'ServiceAccount') return true;
  if (subject.kind === 'User') return subject.name.startsWith('system:serviceaccount:');
  return subject.kind === 'Group' && (subject.name === 'system:serviceaccounts' || subject.name.startsWith('system:serviceaccounts:'));
}
