import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { grantsCoveredByEverything, everythingVerb, isFullWildcard, isShippedGrant, nearness, isServiceAccountSubject, resolveGrants, subjectCoversServiceAccount, type Grant } from '../../src/model/rbac/resolver.js';
import { escalationChecksFor, escalationsOf, type PermissionCheck } from '../../src/model/rbac/escalation.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

type Fact =
  | RbacFact<Location>
  | { readonly type: 'pod'; readonly namespace?: string; readonly serviceAccount: string; readonly owner: string; readonly automount?: boolean; readonly at: Location }
  | { readonly type: 'serviceAccount'; readonly namespace?: string; readonly name: string; readonly automount?: boolean };

interface Power {
  readonly grant: Grant<Location>;
  readonly permission: string;
  readonly rule: string;
}

/** Why a grant is powerful, or undefined when it is not. */
function powerOf(grant: Grant<Location>, checks: readonly PermissionCheck[]): Power | undefined {
  const common = { grant };
  if (isFullWildcard(grant.source.rule)) {
    return { ...common, permission: 'do anything', rule: describeGrantingRule(grant.source, everythingVerb(grant.source.rule)) };
  }
  const escalation = escalationsOf(grant, checks)[0];
  return escalation && { ...common, permission: escalation.label, rule: describeGrantingRule(grant.source, escalation.match.verb) };
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'service-account-privileges',
    pci: ['1.5'],
    requirements: ['7.2.5'],
    inputs: ['rbac-binding'],
    severity: 'error',
    // The ServiceAccount-specific finding on a binding subject stands for the general RBAC findings there, and for the role rules it names.
    supersedes: ['rbac-privilege-escalation', 'rbac-cluster-admin-binding', 'rbac-escalation-role', 'rbac-wildcard'],
    docs: {
      summary: 'ServiceAccounts (the `default` one included) must not be bound to powerful roles, least of all when workloads mount their token.',
      rationale:
        'A ServiceAccount token is mounted into every pod that runs as it, so whoever compromises one container holds the account\'s permissions. PCI DSS ' +
        'container guidance 1.5 asks that workload identities carry only what they need. A role is powerful when it allows every verb on every resource or one ' +
        'of the escalation paths of rbac-privilege-escalation; binding it to `default` or to the `system:serviceaccounts` groups hands it to pods that never asked for it. ' +
        'Bindings Kubernetes ships (`system:` names with its `kubernetes.io/bootstrapping: rbac-defaults` label, on bindings to kube-system ServiceAccounts, such as the controller roles) are not reported; a binding that only borrows the `system:` prefix or the label, or binds another namespace\'s ServiceAccount, is. ' +
        'One finding per binding subject: the workloads that mount the token are named in it (the fact and its fix are the same), not reported again on each pod spec.',
      fix: 'Give the workload its own ServiceAccount bound to a Role with only the verbs and resources it uses; set automountServiceAccountToken: false where pods do not call the API.',
      references: ['https://kubernetes.io/docs/concepts/security/service-accounts/#grant-permissions'],
    },
    messages: {
      powerfulServiceAccount: '{{subject}} can {{permission}} through {{binding}} → {{role}}, {{rule}}{{mounted}}.',
      powerfulDefaultAccount:
        '{{subject}} is the account of every pod in its namespace that names none, and it can {{permission}} through {{binding}} → {{role}}, {{rule}}{{mounted}}.',
      powerfulGroup: '{{subject}} gives every matching ServiceAccount the power to {{permission}} through {{binding}} → {{role}}, {{rule}}{{mounted}}.',
    },
    fixes: {
      powerfulServiceAccount: 'Bind the workload\'s own ServiceAccount to a least-privilege Role instead.',
      powerfulDefaultAccount: 'Remove the binding and give the workload that needs it its own ServiceAccount.',
      powerfulGroup: 'Bind individual ServiceAccounts to least-privilege roles instead.',
    },
  },
  visit: {
    Role: recordRbacObject,
    ClusterRole: recordRbacObject,
    RoleBinding: recordRbacObject,
    ClusterRoleBinding: recordRbacObject,
    ServiceAccount(ctx, account) {
      if (account.name === undefined) return;
      const namespace = account.namespace ?? ctx.settings.defaultNamespace;
      const automount = account.value.automountServiceAccountToken;
      ctx.record({ type: 'serviceAccount', ...(namespace !== undefined && { namespace }), name: account.name, ...(typeof automount === 'boolean' && { automount }) });
    },
    PodSpec(ctx, spec) {
      const namespace = spec.resource.namespace ?? ctx.settings.defaultNamespace;
      const automount = spec.value.automountServiceAccountToken;
      const named = spec.value.serviceAccountName !== undefined ? spec.pathTo('serviceAccountName') : undefined;
      ctx.record({
        type: 'pod',
        ...(namespace !== undefined && { namespace }),
        serviceAccount: spec.serviceAccountName,
        owner: spec.owner,
        ...(typeof automount === 'boolean' && { automount }),
        at: named ? ctx.locate(named, 'value') : ctx.locate(spec, 'key'),
      });
    },
  },
  finish(ctx, project) {
    const powers: Power[] = [];
    const grants = resolveGrants(rbacInputOf<Location>(project.facts)).grants;
    for (const grant of grants) {
      if (!isServiceAccountSubject(grant.subject) || (isShippedGrant(grant) && isKubernetesRbacObject(grant.binding.name, grant.binding.labels))) continue;
      const power = powerOf(grant, escalationChecksFor(ctx.target));
      if (power) powers.push(power);
    }
    // One finding per subject of one binding object (two files defining the same binding are two objects);
    // every role rule that makes it powerful is a subject of that finding. A rule allowing everything makes
    // the account all-powerful in the binding's scope, the fact rbac-cluster-admin-binding states: the
    // finding then names every grant to the account there, as that rule's does, so it stands for it.
    const bySubject = new Map<Grant<Location>['subject'], { first: Power; rules: Location[]; mounters: string[]; pods: Set<string> }>();
    for (const power of powers) {
      const entry = bySubject.get(power.grant.subject) ?? { first: power, rules: [], mounters: [], pods: new Set<string>() };
      bySubject.set(power.grant.subject, entry);
      if (isFullWildcard(power.grant.source.rule)) for (const at of grantsCoveredByEverything(power.grant, grants)) entry.rules.push(at);
      else if (power.grant.source.rule.at) entry.rules.push(power.grant.source.rule.at);
    }

    // The workloads that mount a powerful token belong to the finding of the subject that covers it nearest
    // to the pod (its own bundle's binding, when one project holds alternatives), else the first; and to
    // every copy of that subject (one per kustomize build of its file, at the same place), so that copies
    // which every build reads alike stay one finding. A workload is named once however many copies it has.
    const samePlace = (a: Location, b: Location) => a.file === b.file && a.line === b.line && a.column === b.column;
    const accountAutomount = new Map<string, boolean | undefined>();
    for (const fact of project.facts) if (fact.type === 'serviceAccount') accountAutomount.set(`${fact.namespace ?? ''}/${fact.name}`, fact.automount);
    for (const fact of project.facts) {
      if (fact.type !== 'pod') continue;
      const mounted = fact.automount ?? accountAutomount.get(`${fact.namespace ?? ''}/${fact.serviceAccount}`) ?? true;
      if (!mounted) continue;
      let power: Power | undefined;
      for (const candidate of powers) {
        if (!subjectCoversServiceAccount(candidate.grant.subject, fact.namespace, fact.serviceAccount)) continue;
        if (!power || nearness(fact.at, candidate.grant.subject.at) > nearness(fact.at, power.grant.subject.at)) power = candidate;
      }
      if (!power) continue;
      const chosen = power.grant.subject.at;
      const pod = `${fact.at.file}:${String(fact.at.line)}:${String(fact.at.column)}`;
      for (const candidate of powers) {
        const entry = bySubject.get(candidate.grant.subject);
        if (!entry || !samePlace(candidate.grant.subject.at, chosen) || entry.pods.has(pod)) continue;
        entry.pods.add(pod);
        entry.mounters.push(fact.owner);
      }
    }

    for (const { first, rules, mounters } of bySubject.values()) {
      const { grant } = first;
      const messageId = grant.subject.kind === 'Group' ? 'powerfulGroup' : grant.subject.name === 'default' ? 'powerfulDefaultAccount' : 'powerfulServiceAccount';
      ctx.report({
        at: grant.subject.at,
        messageId,
        data: {
          subject: describeSubject(grant.subject),
          permission: first.permission,
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: first.rule,
          mounted: describeMounters(mounters),
        },
        about: [grant.subject.at, ...rules],
      });
    }
  },
});

/** `; mounted by Deployment "web"`, `; mounted by Job "a" and 2 more workloads`, or nothing. */
function describeMounters(owners: readonly string[]): string {
  const [first] = owners;
  if (first === undefined) return '';
  const more = owners.length - 1;
  return `; mounted by ${first}${more === 0 ? '' : ` and ${String(more)} more workload${more === 1 ? '' : 's'}`}`;
}
