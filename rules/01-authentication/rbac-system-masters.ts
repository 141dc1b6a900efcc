import { defineRule, type Path, type VisitContext } from '../../src/engine/rule.js';
import { BUILTIN_CLUSTER_ROLE_BINDINGS } from '../../src/k8s/rbac-bootstrap.js';
import { isPlainObject } from '../../src/model/resource.js';

const MASTERS = 'system:masters';

/** True for the bootstrap `cluster-admin` ClusterRoleBinding (group system:masters → ClusterRole cluster-admin). */
function isBootstrapBinding(kind: string, name: string | undefined, roleRef: unknown): boolean {
  if (kind !== 'ClusterRoleBinding' || !isPlainObject(roleRef)) return false;
  return BUILTIN_CLUSTER_ROLE_BINDINGS.some(
    (b) => b.name === name && b.role === roleRef.name && roleRef.kind === 'ClusterRole' && b.subjects.some((s) => s.kind === 'Group' && s.name === MASTERS),
  );
}

const rule = defineRule({
  meta: {
    id: 'rbac-system-masters',
    pci: ['1.2', '2.2'],
    requirements: ['8.2.2', '7.3.1'],
    inputs: ['rbac-binding'],
    severity: 'error',
    docs: {
      summary: 'No binding may name the group `system:masters`.',
      rationale:
        'Members of `system:masters` bypass RBAC and every authorization webhook: the API server allows their requests before any authorizer runs, ' +
        'and membership comes from a client certificate that cannot be revoked until it expires. PCI DSS container guidance 1.2 and 2.2 ask that ' +
        'no generic, unrevocable super-user identity is used. The bootstrap `cluster-admin` ClusterRoleBinding that Kubernetes creates itself is not reported.',
      fix: 'Bind people and automation through named groups from the identity provider (OIDC) to the least powerful role they need; keep system:masters certificates for break-glass use only, offline.',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
    },
    messages: {
      systemMasters:
        '{{binding}} names the group "system:masters" (bound to {{role}}). That group bypasses all authorization and its client certificates cannot be revoked.',
    },
    fixes: {
      systemMasters: 'Bind a named identity-provider group to a least-privilege role instead.',
    },
  },
  visit: {
    RoleBinding(ctx, binding) {
      check(ctx, binding.kind, binding.namespace, binding.name, binding.value.roleRef, binding.value.subjects, binding.pathTo('subjects'));
    },
    ClusterRoleBinding(ctx, binding) {
      check(ctx, binding.kind, binding.namespace, binding.name, binding.value.roleRef, binding.value.subjects, binding.pathTo('subjects'));
    },
  },
});

type Ctx = VisitContext<'systemMasters', undefined, never>;

function check(ctx: Ctx, kind: string, namespace: string | undefined, name: string | undefined, roleRef: unknown, subjects: unknown, path: Path): void {
  if (!Array.isArray(subjects) || isBootstrapBinding(kind, name, roleRef)) return;
  const ref = isPlainObject(roleRef) ? roleRef : {};
  const role = `${typeof ref.kind === 'string' ? ref.kind : 'ClusterRole'} "${typeof ref.name === 'string' ? ref.name : '(none)'}"`;
  const label = `${kind} "${namespace === undefined ? '' : `${namespace}/`}${name ?? '(unnamed)'}"`;
  subjects.forEach((subject, i) => {
    if (!isPlainObject(subject) || subject.kind !== 'Group' || subject.name !== MASTERS) return;
    ctx.report({ at: [...path, i, 'name'], messageId: 'systemMasters', data: { binding: label, role } });
  });
}

export default rule;
