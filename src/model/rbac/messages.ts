/** Words for the RBAC rules' messages: subjects, bindings, roles and rules as a reader names them. */
import type { GrantingRule, Grant } from './resolver.js';
import type { BindingSummary, RbacEntry, RoleSummary, SubjectSummary } from './summary.js';

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
