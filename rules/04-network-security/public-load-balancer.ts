import { defineRule, objectSubject } from '../../src/engine/rule.js';
import { internalLoadBalancerAnnotation } from '../../src/model/internal-load-balancers.js';
import { isPlainObject } from '../../src/model/resource.js';

/** The legacy annotation does the job of spec.loadBalancerSourceRanges (configure-cloud-provider-firewall). */
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const ANY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  meta: {
    id: 'public-load-balancer',
    pci: ['4.2'],
    requirements: ['1.4.2'],
    inputs: ['service'],
    severity: 'info',
    docs: {
      summary: 'LoadBalancer Services should list the client networks that may connect (loadBalancerSourceRanges).',
      rationale:
        'A LoadBalancer Service without `spec.loadBalancerSourceRanges` (or the legacy `service.beta.kubernetes.io/load-balancer-source-ranges` annotation) accepts connections from any address. ' +
        'That is what an ingress controller, a gateway or a public storefront is for, so it is reported as information, for the assessor to confirm that each public entry point is meant to be one (PCI DSS container guidance 4.2: only the needed network paths). ' +
        'A Service annotated for an internal load balancer (GKE, AWS, AKS, OCI, OpenStack) gets a private address and is not reported. ' +
        'A source range such as `0.0.0.0/0` looks like a restriction and admits every address: that is a warning. ' +
        'When the Service publishes an administrative API, exposed-admin-port reports it as an error and this finding is dropped in favour of that one.',
      fix: 'List the client networks in `spec.loadBalancerSourceRanges`, or restrict them at the cloud firewall and keep that as evidence; remove ranges that admit every address.',
      references: ['https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/'],
    },
    messages: {
      openLoadBalancer:
        'Service "{{service}}" is of type LoadBalancer without spec.loadBalancerSourceRanges, so its load balancer accepts connections from any address.',
      anySourceRange: 'Service "{{service}}" lists {{range}} in spec.loadBalancerSourceRanges, which admits every address, so the range restricts nothing.',
    },
    fixes: {
      openLoadBalancer: 'If it is not a public entry point, list the client networks in loadBalancerSourceRanges.',
      anySourceRange: 'List only the client networks that may connect.',
    },
  },
  visit: {
    Service(ctx, service) {
      const spec: unknown = service.value.spec;
      const name = service.name;
      if (!isPlainObject(spec) || name === undefined || spec.type !== 'LoadBalancer') return;
      const about = [objectSubject('Service', service.namespace, name)];
      const ranges: unknown[] = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
      const annotated = service.annotations[SOURCE_RANGES_ANNOTATION];
      // An internal load balancer's address is in the private network: not a public entry point.
      if (ranges.length === 0 && (annotated === undefined || annotated.trim() === '') && internalLoadBalancerAnnotation(service.annotations) === undefined) {
        ctx.report({ at: service.pathTo('spec', 'type'), part: 'value', messageId: 'openLoadBalancer', data: { service: name }, about });
      }
      ranges.forEach((range, i) => {
        if (typeof range === 'string' && ANY_ADDRESS.has(range.trim())) {
          ctx.report({ at: service.pathTo('spec', 'loadBalancerSourceRanges', i), messageId: 'anySourceRange', severity: 'warning', data: { service: name, range: range.trim() }, about });
        }
      });
    },
  },
});
