/** One finding per fact: findings that name the same subject, of rules that replace one another. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { oneFindingPerFact } from '../../src/engine/facts.js';
import { lint, lintText } from '../../src/run/lint.js';

const pick = (...ids: string[]) => builtinRules.filter((r) => ids.includes(r.meta.id));
const show = (d: Diagnostic) => `${d.line}:${d.column} ${d.ruleId}${d.alsoRules ? ` (+${d.alsoRules.join(',')})` : ''} ${d.severity} [${d.pci.join(',')}]`;

const POD = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    automountServiceAccountToken: false
    containers:
      - name: app
        image: nginx:1.25
        securityContext:
          privileged: true
`;

describe('one finding per fact', () => {
  it('keeps the replacing finding, with the PCI sub-items and requirements of those it replaced', () => {
    const found = lintText(POD, { file: 'pod.yaml', registry: pick('image-digest', 'image-pull-policy', 'privileged-container', 'pss-privilege-escalation', 'pss-capabilities-restricted') });
    expect(found.map(show)).toEqual(['9:14 image-digest (+image-pull-policy) warning [3.2]', '11:9 privileged-container (+pss-capabilities-restricted,pss-privilege-escalation) error [3.1]']);
    expect(found.every((d) => d.about === undefined)).toBe(true);
    const psp = 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: old\nspec: {}\n';
    const [only, ...rest] = lintText(psp, { file: 'psp.yaml', registry: pick('removed-api', 'pod-security-policy-removed'), target: { major: 1, minor: 29 } });
    expect(rest).toEqual([]);
    expect(only && [show(only), only.requirements]).toEqual(['2:1 pod-security-policy-removed (+removed-api) error [3.1,10.1]', ['2.2.1', '6.3.3', '12.3.4']]);
  });

  it('judges objects of one name in several documents of a file each on its own', () => {
    // One subject per node, not per path: else the second Pod's finding was taken for the first one's fact
    // and dropped (and every copy's finding gathered every other copy's: 2 000 such Pods took 27 s, now 1.6).
    const text = [POD, POD.replace('privileged: true', 'privileged: false'), POD].join('\n---\n');
    const found = lintText(text, { file: 'pods.yaml', registry: pick('privileged-container', 'pss-privilege-escalation') });
    expect(found.map(show)).toEqual([
      '11:9 privileged-container (+pss-privilege-escalation) error [3.1]',
      '22:7 pss-privilege-escalation error [3.1]',
      '35:9 privileged-container (+pss-privilege-escalation) error [3.1]',
    ]);
  });

  it('keeps both when the replacing rule is turned off', () => {
    const found = lintText(POD, { file: 'pod.yaml', registry: pick('image-digest', 'image-pull-policy'), rules: { 'image-digest': 'off' } });
    expect(found.map(show)).toEqual(['9:14 image-pull-policy warning [3.2]']);
  });

  it('does not bring back a replaced finding when the replacing one is suppressed', () => {
    const text = POD.replace('      image: nginx:1.25', '      # pci-lint-disable-next-line image-digest -- tags are immutable in our registry\n      image: nginx:1.25');
    const found = lintText(text, { file: 'pod.yaml', registry: pick('image-digest', 'image-pull-policy') });
    expect(found.map(show)).toEqual([]);
  });

  it('counts a suppression of the replaced rule as used, and keeps the replacing finding', () => {
    const text = POD.replace('      image: nginx:1.25', '      # pci-lint-disable-next-line image-pull-policy -- nodes pull on every start by policy\n      image: nginx:1.25');
    const found = lintText(text, { file: 'pod.yaml', registry: pick('image-digest', 'image-pull-policy') });
    expect(found.map(show)).toEqual(['10:14 image-digest (+image-pull-policy) warning [3.2]']);
  });

  it('replaces across files, on the packed path of a run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pci-lint-facts-'));
    writeFileSync(join(dir, 'pod.yaml'), POD);
    writeFileSync(join(dir, 'other.yaml'), POD.replace('name: web', 'name: api'));
    const { diagnostics } = await lint([dir], { cwd: dir, registry: pick('image-digest', 'image-pull-policy') }).finally(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    expect(diagnostics.map((d) => `${d.file} ${show(d)}`)).toEqual(['other.yaml 9:14 image-digest (+image-pull-policy) warning [3.2]', 'pod.yaml 9:14 image-digest (+image-pull-policy) warning [3.2]']);
  });

  it('reports runAsUser: 0 once, as run-as-non-root with the PSS check folded in, where the containers take it', () => {
    const text = dedent`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: deployer
      spec:
        template:
          spec:
            securityContext:
              runAsUser: 0
            initContainers:
              - name: wait
                image: wait:1
            containers:
              - name: deploy
                image: deploy:1
                securityContext:
                  runAsUser: 0
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: overridden
      spec:
        securityContext:
          runAsUser: 0
        containers:
          - name: app
            image: app:1
            securityContext:
              runAsUser: 1000
    `;
    const found = lintText(text, { file: 'app.yaml', registry: pick('run-as-non-root', 'pss-run-as-user') });
    expect(found.map(show)).toEqual([
      // The pod's UID 0, taken by the init container; the container's own UID 0.
      '9:20 run-as-non-root (+pss-run-as-user) error [12.3,3.1]',
      '17:24 run-as-non-root (+pss-run-as-user) error [12.3,3.1]',
      // Every container sets its own UID: the pod-level 0 is still forbidden by PSS, and nothing else reports it.
      '25:5 pss-run-as-user error [3.1]',
    ]);
  });

  it('reports a ServiceAccount that mounts its token once, on the account, not again on each pod that uses it', () => {
    const text = dedent`
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: web
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            serviceAccountName: web
            containers:
              - name: web
                image: web:1
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: other
      spec:
        serviceAccountName: other
        containers:
          - name: app
            image: app:1
    `;
    const found = lintText(text, { file: 'app.yaml', registry: pick('service-account-automount', 'automount-service-account-token') });
    expect(found.map(show)).toEqual(['2:1 service-account-automount (+automount-service-account-token) warning [1.5]', '22:1 automount-service-account-token warning [1.5]']);
  });

  it('reports a bound escalating role once, as an error on the subject; unbound, as a warning on the role', () => {
    const text = dedent`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: deployer
      rules:
        - apiGroups: ["rbac.authorization.k8s.io"]
          resources: ["clusterroles"]
          verbs: ["bind"]
        - apiGroups: ["*"]
          resources: ["*"]
          verbs: ["*"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: deployer
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deployer}
      subjects:
        - kind: ServiceAccount
          name: deployer
          namespace: ci
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: unbound
      rules:
        - apiGroups: ["rbac.authorization.k8s.io"]
          resources: ["clusterroles"]
          verbs: ["escalate"]
    `;
    const rbac = pick('rbac-escalation-role', 'rbac-privilege-escalation', 'rbac-cluster-admin-binding', 'rbac-wildcard', 'service-account-privileges');
    const found = lintText(text, { file: 'rbac.yaml', registry: rbac });
    expect(found.map(show)).toEqual([
      '20:5 service-account-privileges (+rbac-cluster-admin-binding,rbac-escalation-role,rbac-privilege-escalation,rbac-wildcard) error [1.5,2.1]',
      '30:13 rbac-escalation-role warning [2.1]',
    ]);
    const general = lintText(text, { file: 'rbac.yaml', registry: rbac, rules: { 'service-account-privileges': 'off' } });
    expect(general.map(show)).toEqual([
      '20:5 rbac-cluster-admin-binding (+rbac-escalation-role,rbac-privilege-escalation,rbac-wildcard) error [2.1]',
      '30:13 rbac-escalation-role warning [2.1]',
    ]);
  });

  it('reports a ServiceAccount that can do everything once, though its role also grants harmless rules', () => {
    const text = dedent`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: agent
      rules:
        - apiGroups: ["*"]
          resources: ["*"]
          verbs: ["*"]
        - nonResourceURLs: ["*"]
          verbs: ["get"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: agent
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: agent}
      subjects:
        - kind: ServiceAccount
          name: agent
          namespace: fleet
    `;
    const rbac = pick('rbac-cluster-admin-binding', 'rbac-wildcard', 'service-account-privileges');
    // The nonResourceURLs rule is a grant to the same account; the cluster-admin finding names it, so the
    // ServiceAccount finding, which stands for that one, must name it too.
    expect(lintText(text, { file: 'rbac.yaml', registry: rbac }).map(show)).toEqual([
      '19:5 service-account-privileges (+rbac-cluster-admin-binding,rbac-wildcard) error [1.5,2.1]',
    ]);
    expect(lintText(text, { file: 'rbac.yaml', registry: rbac, rules: { 'service-account-privileges': 'off' } }).map(show)).toEqual([
      '19:5 rbac-cluster-admin-binding (+rbac-wildcard) error [2.1]',
    ]);
    // The same with the built-in cluster-admin, and a second, harmless binding of the same account (a
    // GitOps controller bound to cluster-admin and to its own role).
    const builtin = dedent`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: reconciler
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
      subjects:
        - kind: ServiceAccount
          name: deployer
          namespace: gitops
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: crd-reader
      rules:
        - apiGroups: ["apiextensions.k8s.io"]
          resources: ["customresourcedefinitions"]
          verbs: ["get", "list", "watch"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: crd-reader
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: crd-reader}
      subjects:
        - kind: ServiceAccount
          name: deployer
          namespace: gitops
    `;
    expect(lintText(builtin, { file: 'rbac.yaml', registry: rbac }).map(show)).toEqual(['8:5 service-account-privileges (+rbac-cluster-admin-binding) error [1.5,2.1]']);
  });

  it('reports a subject that can do everything once, replacing its escalations in the scope it can do everything in', () => {
    const text = dedent`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: ops-admin
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
      subjects:
        - {kind: User, name: ops, apiGroup: rbac.authorization.k8s.io}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: impersonator
      rules:
        - apiGroups: [""]
          resources: ["users", "groups"]
          verbs: ["impersonate"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: ops-impersonate
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: impersonator}
      subjects:
        - {kind: User, name: ops, apiGroup: rbac.authorization.k8s.io}
        - {kind: User, name: dev, apiGroup: rbac.authorization.k8s.io}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: dev-admin
        namespace: shop
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
      subjects:
        - {kind: User, name: dev, apiGroup: rbac.authorization.k8s.io}
    `;
    const rbac = pick('rbac-escalation-role', 'rbac-privilege-escalation', 'rbac-cluster-admin-binding', 'rbac-wildcard');
    const found = lintText(text, { file: 'rbac.yaml', registry: rbac });
    // ops is cluster-admin everywhere: its impersonation is no further fact. dev is admin of namespace shop
    // only, so its cluster-wide impersonation stays a finding of its own (the bound role's is part of it).
    expect(found.map(show)).toEqual([
      '7:18 rbac-cluster-admin-binding (+rbac-escalation-role,rbac-privilege-escalation) error [2.1]',
      '25:18 rbac-privilege-escalation (+rbac-escalation-role) error [2.1]',
      '34:18 rbac-cluster-admin-binding error [2.1]',
    ]);
  });

  it('reports a dashboard behind an open LoadBalancer once, as the exposed admin API', () => {
    const text = dedent`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubernetes-dashboard
        namespace: kubernetes-dashboard
      spec:
        type: LoadBalancer
        ports:
          - port: 443
            targetPort: 8443
        selector:
          k8s-app: kubernetes-dashboard
    `;
    const found = lintText(text, { file: 'svc.yaml', registry: pick('exposed-admin-port', 'public-load-balancer') });
    expect(found.map(show)).toEqual(['10:7 exposed-admin-port (+public-load-balancer) error [4.2]']);
  });

  it('drops a finding only when every subject it names has a replacing finding', () => {
    const base = { pci: ['1.1'], requirements: ['7.2.1'], severity: 'warning' as const };
    const outcome = oneFindingPerFact(
      [
        { ...base, ruleId: 'general', about: ['a', 'b'] },
        { ...base, ruleId: 'specific', about: ['a'], pci: ['2.1'], severity: 'error' },
        { ...base, ruleId: 'general', about: ['c'] },
        { ...base, ruleId: 'specific', about: ['c'] },
      ],
      (id) => (id === 'specific' ? ['general'] : undefined),
    );
    expect([...outcome.dropped]).toEqual([2]);
    expect(outcome.merged.get(3)).toEqual({ pci: ['1.1'], requirements: ['7.2.1'], severity: 'warning', alsoRules: ['general'] });
    expect(outcome.merged.has(1)).toBe(false);
  });
});
