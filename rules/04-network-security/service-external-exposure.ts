import { defineRuleWithFacts, objectSubject, type Location } from '../../src/engine/rule.js';
import { compareVersions, mustParse } from '../../src/k8s/versions.js';
import { namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject, own, stringMap } from '../../src/model/resource.js';
import { inScopePods, labelSelectorProblems, matchesLabelSelector } from '../../src/model/selector.js';

type Fact =
  | { readonly type: 'in-scope'; readonly namespace?: string; readonly labels: Readonly<Record<string, string>> }
  | {
      readonly type: 'exposure';
      readonly namespace?: string;
      readonly service: string;
      readonly selector: Readonly<Record<string, string>>;
      readonly messageId: 'nodePort' | 'externalIps';
      readonly at: Location;
    };

/** DenyServiceExternalIPs, the upstream mitigation of CVE-2020-8554, is an admission plugin from 1.21. */
const DENY_EXTERNAL_IPS_SINCE = mustParse('1.21');

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'service-external-exposure',
    pci: ['4.2'],
    requirements: ['1.3.1'],
    inputs: ['service'],
    severity: 'warning',
    docs: {
      summary: 'Services of in-scope workloads should not be published on node ports or external IPs.',
      rationale:
        'A NodePort Service opens its port on every node of the cluster, and `spec.externalIPs` makes every node accept traffic for the listed addresses: both publish the pods outside the cluster, past the ingress controller or gateway that is meant to be the one controlled entry point, and NetworkPolicies written for pod traffic may not see the client\'s address once it is translated. ' +
        '`externalIPs` also lets whoever can create a Service intercept traffic to any address (CVE-2020-8554). PCI DSS 1.3.1 asks that inbound traffic to the cardholder-data environment be restricted to what is necessary. ' +
        'With the shared setting `inScope` (a label selector), only Services that select in-scope workloads in the input are reported; without it, every NodePort Service and every Service with externalIPs is. ' +
        'LoadBalancer Services and admin ports behind any Service type have their own rules (`exposed-admin-port`).',
      fix: 'Make the Service ClusterIP and publish it through the ingress controller or gateway with TLS; for externalIPs, remove them and (from Kubernetes 1.21) enable the DenyServiceExternalIPs admission plugin.',
      references: [
        'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
        'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
        'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips',
        'https://github.com/kubernetes/kubernetes/issues/97076',
      ],
    },
    messages: {
      nodePort:
        'Service "{{service}}" is of type NodePort, so {{pods}} are reachable on that port of every node, past the ingress controller or gateway.',
      externalIps:
        'Service "{{service}}" sets externalIPs, so every node accepts traffic for those addresses and forwards it to {{pods}}; whoever can create Services can also intercept traffic this way (CVE-2020-8554).',
    },
    fixes: {
      nodePort: 'Make it ClusterIP and publish it through the ingress or gateway.',
      externalIps: 'Remove externalIPs and {{mitigation}}.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const pods = inScopePods(ctx.settings.inScope, spec);
      if (pods) ctx.record({ type: 'in-scope', ...pods });
    },
    Service(ctx, service) {
      const spec: unknown = service.value.spec;
      const name = service.name;
      if (!isPlainObject(spec) || name === undefined) return;
      const selector = stringMap(own(spec, 'selector'));
      const base = { type: 'exposure' as const, ...(service.namespace !== undefined && { namespace: service.namespace }), service: name, selector };
      if (own(spec, 'type') === 'NodePort') ctx.record({ ...base, messageId: 'nodePort', at: ctx.locate(service.pathTo('spec', 'type'), 'value') });
      const ips = own(spec, 'externalIPs');
      if (Array.isArray(ips) && ips.length > 0) ctx.record({ ...base, messageId: 'externalIps', at: ctx.locate(service.pathTo('spec', 'externalIPs'), 'key') });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const selector = ctx.settings.inScope;
    const scoped = selector !== undefined && labelSelectorProblems(selector).length === 0;
    const inScope = project.facts.filter((f): f is Extract<Fact, { type: 'in-scope' }> => f.type === 'in-scope');
    const mitigation =
      compareVersions(ctx.target, DENY_EXTERNAL_IPS_SINCE) >= 0
        ? 'enable the DenyServiceExternalIPs admission plugin'
        : 'restrict externalIPs with a policy webhook (the DenyServiceExternalIPs admission plugin arrives in 1.21)';
    for (const fact of project.facts) {
      if (fact.type !== 'exposure') continue;
      const bucket = namespaceBucket(fact.namespace, fallback).key;
      // A Service without a selector selects no pods by itself (its endpoints are managed elsewhere).
      const selects =
        Object.keys(fact.selector).length > 0 &&
        inScope.some((w) => namespaceBucket(w.namespace, fallback).key === bucket && matchesLabelSelector({ matchLabels: fact.selector }, w.labels));
      if (scoped && !selects) continue;
      const pods = scoped ? 'in-scope pods' : 'its pods';
      ctx.report({
        at: fact.at,
        messageId: fact.messageId,
        data: fact.messageId === 'nodePort' ? { service: fact.service, pods } : { service: fact.service, pods, mitigation },
        about: [objectSubject('Service', fact.namespace, fact.service)],
      });
    }
  },
});
