import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isPlainObject, own } from '../../src/model/resource.js';

type Fact =
  | { readonly type: 'listener'; readonly gateway: string; readonly namespace?: string; readonly listener?: string; readonly at: Location }
  | {
      readonly type: 'route';
      readonly namespace?: string;
      readonly parents: readonly { readonly gateway: string; readonly namespace?: string; readonly sectionName?: string }[];
      /** Every rule only redirects to https. */
      readonly redirectsOnly: boolean;
    };

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/**
 * Annotations with which a cloud load-balancer controller terminates TLS for an Ingress that has no
 * `spec.tls`: AWS Load Balancer Controller (alb.ingress.kubernetes.io/certificate-arn), GKE pre-shared and
 * Google-managed certificates (ingress.gcp.kubernetes.io/pre-shared-cert, networking.gke.io/managed-certificates),
 * Azure Application Gateway (appgw.ingress.kubernetes.io/appgw-ssl-certificate).
 */
const TLS_ANNOTATIONS: readonly string[] = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
];

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  // `*.example.com` covers one label: a.example.com, not example.com or a.b.example.com.
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes('.') && host.length > suffix.length;
  }
  return false;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'ingress-tls',
    pci: ['4.2'],
    requirements: ['4.2.1'],
    inputs: ['ingress'],
    severity: 'warning',
    docs: {
      summary: 'Ingresses and Gateway listeners that accept traffic from outside the cluster must terminate TLS.',
      rationale:
        'An Ingress without `spec.tls` serves its hosts over plain HTTP, and one whose `tls` entries do not list a host serves that host without the certificate; a Gateway listener with `protocol: HTTP` does the same. ' +
        'Card data and credentials then cross the network, often the internet, in clear text. PCI DSS 4.2.1 asks for strong cryptography on every transmission of account data over open, public networks. ' +
        'Not reported: Ingresses whose cloud load balancer terminates TLS by annotation (AWS certificate-arn, GKE pre-shared or managed certificates, Azure Application Gateway certificate), and HTTP listeners whose every attached HTTPRoute only redirects to https. The strength of the TLS itself is the ingress controller\'s configuration, which this rule does not see.',
      fix: 'Add `spec.tls` with a Secret holding the certificate for every host of the Ingress (cert-manager can issue it), or set the Gateway listener to `protocol: HTTPS` with `tls.certificateRefs`; keep a plain HTTP listener only for a redirect to https.',
      references: [
        'https://kubernetes.io/docs/concepts/services-networking/ingress/#tls',
        'https://gateway-api.sigs.k8s.io/reference/spec/#listener',
        'https://gateway-api.sigs.k8s.io/guides/http-redirect-rewrite/',
      ],
    },
    messages: {
      noTls:
        'Ingress "{{ingress}}" has no spec.tls, so its hosts are served over plain HTTP and card data or credentials cross the network in clear text.',
      hostWithoutTls:
        'Ingress "{{ingress}}" serves host {{host}}, which no spec.tls entry lists, so that host is served without its certificate (plain HTTP or the controller\'s default certificate).',
      httpListener:
        'Gateway "{{gateway}}" listener "{{listener}}" accepts plain HTTP and routes it on, so traffic to its routes crosses the network in clear text.',
    },
    fixes: {
      noTls: 'Add spec.tls with a certificate Secret for its hosts.',
      hostWithoutTls: 'List the host in a tls entry with its certificate Secret.',
      httpListener: 'Use protocol: HTTPS with tls.certificateRefs, or attach only a route that redirects to https.',
    },
  },
  visit: {
    Ingress(ctx, ingress) {
      const spec: unknown = ingress.value.spec;
      if (!isPlainObject(spec)) return;
      if (TLS_ANNOTATIONS.some((a) => (own(ingress.annotations, a) ?? '').trim() !== '')) return;
      const name = ingress.name ?? '(unnamed)';
      const tls = own(spec, 'tls');
      if (!Array.isArray(tls) || tls.length === 0) {
        ctx.report({ at: ingress.pathTo('spec'), part: 'key', messageId: 'noTls', data: { ingress: name } });
        return;
      }
      const covered = tls.flatMap((t: unknown) => (isPlainObject(t) ? strings(t.hosts) : []));
      // A tls entry without hosts applies the certificate to every host (the controller's wildcard entry).
      if (tls.some((t: unknown) => isPlainObject(t) && strings(t.hosts).length === 0)) return;
      const rules = own(spec, 'rules');
      if (!Array.isArray(rules)) return;
      rules.forEach((rule: unknown, i) => {
        const host = isPlainObject(rule) ? own(rule, 'host') : undefined;
        if (typeof host !== 'string' || host === '') return;
        if (covered.some((pattern) => hostMatches(pattern, host))) return;
        ctx.report({ at: ingress.pathTo('spec', 'rules', i, 'host'), part: 'value', messageId: 'hostWithoutTls', data: { ingress: name, host } });
      });
    },
    Resource(ctx, resource) {
      if (resource.group !== GATEWAY_GROUP) return;
      const spec: unknown = resource.value.spec;
      if (!isPlainObject(spec)) return;
      const namespace = resource.namespace;
      if (resource.kind === 'Gateway') {
        const listeners = own(spec, 'listeners');
        if (!Array.isArray(listeners)) return;
        listeners.forEach((listener: unknown, i) => {
          if (!isPlainObject(listener) || own(listener, 'protocol') !== 'HTTP') return;
          const name = own(listener, 'name');
          ctx.record({
            type: 'listener',
            gateway: resource.name ?? '(unnamed)',
            ...(namespace !== undefined && { namespace }),
            ...(typeof name === 'string' && { listener: name }),
            at: ctx.locate(resource.pathTo('spec', 'listeners', i, 'protocol'), 'value'),
          });
        });
        return;
      }
      if (resource.kind !== 'HTTPRoute') return;
      const parents = (Array.isArray(spec.parentRefs) ? spec.parentRefs : []).flatMap((ref: unknown) => {
        if (!isPlainObject(ref) || typeof ref.name !== 'string' || (ref.kind ?? 'Gateway') !== 'Gateway') return [];
        const ns = typeof ref.namespace === 'string' ? ref.namespace : namespace;
        return [{ gateway: ref.name, ...(ns !== undefined && { namespace: ns }), ...(typeof ref.sectionName === 'string' && { sectionName: ref.sectionName }) }];
      });
      const rules: unknown[] = Array.isArray(spec.rules) ? spec.rules : [];
      const redirectsOnly =
        rules.length > 0 &&
        rules.every((rule) => {
          const filters = isPlainObject(rule) ? own(rule, 'filters') : undefined;
          return (
            Array.isArray(filters) &&
            filters.some((f: unknown) => isPlainObject(f) && f.type === 'RequestRedirect' && isPlainObject(f.requestRedirect) && f.requestRedirect.scheme === 'https')
          );
        });
      ctx.record({ type: 'route', ...(namespace !== undefined && { namespace }), parents, redirectsOnly });
    },
  },
  finish(ctx, project) {
    const routes = project.facts.filter((f): f is Extract<Fact, { type: 'route' }> => f.type === 'route');
    for (const fact of project.facts) {
      if (fact.type !== 'listener') continue;
      const attached = routes.filter((r) =>
        r.parents.some((p) => p.gateway === fact.gateway && p.namespace === fact.namespace && (p.sectionName === undefined || p.sectionName === fact.listener)),
      );
      if (attached.length > 0 && attached.every((r) => r.redirectsOnly)) continue;
      ctx.report({ at: fact.at, messageId: 'httpListener', data: { gateway: fact.gateway, listener: fact.listener ?? '(unnamed)' } });
    }
  },
});
