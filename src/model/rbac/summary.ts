/**
 * RBAC objects as plain data. Rules turn each visited Role, ClusterRole, RoleBinding and ClusterRoleBinding
 * into a summary with {@link summarizeRole} / {@link summarizeBinding} (every list entry keeps its
 * location) and record the summaries as facts ({@link recordRbacObject}); in `finish` the resolver
 * (resolver.ts) reads them back. Nothing here keeps state between calls beyond a per-object memo.
 */
import type { Path, SpanPart } from '../../load/positions.js';
import { isPlainObject, own, stringMap, type PlainObject, type Resource } from '../resource.js';

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
  /** Where the object is (undefined for built-in roles): a binding resolves to the copy of its own file first. */
  readonly at?: L;
  /**
   * False when the object opts out of the API server's reconciliation of bootstrap roles
   * (`rbac.authorization.kubernetes.io/autoupdate: "false"`).
   */
  readonly autoupdate?: false;
  /** The kustomize build roots whose build holds the object (Resource.buildRoots); undefined when in none. */
  readonly roots?: readonly string[];
  /** What kustomize adds to its name (Resource.nameAffix); undefined when nothing. */
  readonly nameAffix?: string;
}

/** The annotation with which a bootstrap role opts out of reconciliation. */
const AUTOUPDATE_ANNOTATION = 'rbac.authorization.kubernetes.io/autoupdate';

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
  /** The kustomize build roots whose build holds the object (Resource.buildRoots); undefined when in none. */
  readonly roots?: readonly string[];
  /** What kustomize adds to its name (Resource.nameAffix); undefined when nothing. */
  readonly nameAffix?: string;
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
    at: locate(resource.path),
    ...(own(resource.annotations, AUTOUPDATE_ANNOTATION) === 'false' && { autoupdate: false as const }),
    ...(resource.kind === 'ClusterRole' &&
      aggregation && { aggregateFrom: (Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []).map(selectorOf) }),
    ...(resource.buildRoots.length > 0 && { roots: resource.buildRoots }),
    ...(resource.nameAffix !== '' && { nameAffix: resource.nameAffix }),
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
    ...(resource.buildRoots.length > 0 && { roots: resource.buildRoots }),
    ...(resource.nameAffix !== '' && { nameAffix: resource.nameAffix }),
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
