import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject, own, stringMap } from '../../src/model/resource.js';
import { inScopePods, labelSelectorProblems, matchesLabelSelector } from '../../src/model/selector.js';

/** A Service an Ingress or route sends traffic to. */
interface Backend {
  readonly namespace?: string;
  readonly service: string;
}

type Fact =
  | { readonly type: 'listener'; readonly gateway: string; readonly namespace?: string; readonly listener?: string; readonly at: Location }
  | {
      readonly type: 'route';
      readonly namespace?: string;
      readonly parents: readonly { readonly gateway: string; readonly namespace?: string; readonly sectionName?: string }[];
      /** Every rule only redirects to https. */
      readonly redirectsOnly: boolean;
      readonly backends: readonly Backend[];
    }
  /** An Ingress finding, reported in finish once it is known whether its backends run in-scope pods. */
  | {
      readonly type: 'ingress';
      readonly messageId: 'noTls' | 'hostWithoutTls' | 'kongTlsOnly';
      readonly data: Readonly<Record<string, string>>;
      readonly at: Location;
      readonly backends: readonly Backend[];
    }
  | { readonly type: 'service'; readonly namespace?: string; readonly name: string; readonly selector: Readonly<Record<string, string>> }
  | { readonly type: 'in-scope'; readonly namespace?: string; readonly labels: Readonly<Record<string, string>> };

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

/**
 * The route protocols a Kong Ingress Controller Ingress may set with `konghq.com/protocols` (a comma-separated
 * list; Kong Ingress Controller annotation reference, https://developer.konghq.com/kubernetes-ingress-controller/reference/annotations).
 * A Kong route whose protocols hold none of the plain-text ones answers a plain request that matches it otherwise
 * with its `https_redirect_status_code` (426 Upgrade Required by default, or a redirect) and never proxies it
 * (Kong Gateway's Route entity, `https_redirect_status_code`).
 */
const KONG_PROTOCOLS = 'konghq.com/protocols';
const KONG_PLAIN_PROTOCOLS: ReadonlySet<string> = new Set(['http', 'grpc', 'ws', 'tcp', 'udp']);

/** The protocols of `konghq.com/protocols` when every one of them is encrypted (`https`, `grpcs`, `wss`), else undefined. */
function kongTlsOnlyProtocols(annotations: Readonly<Record<string, string>>): string | undefined {
  const value = own(annotations, KONG_PROTOCOLS);
  if (value === undefined) return undefined;
  const protocols = value.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  if (protocols.length === 0 || protocols.some((p) => KONG_PLAIN_PROTOCOLS.has(p))) return undefined;
  return protocols.join(', ');
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  // `*.example.com` covers one label: a.example.com, not example.com or a.b.example.com.
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes('.') && host.length > suffix.length;
  }
  return false;
}

/** The Service of an Ingress backend: networking.k8s.io/v1 `service.name`, or v1beta1 `serviceName`. */
function ingressBackend(backend: unknown, namespace: string | undefined): Backend[] {
  if (!isPlainObject(backend)) return [];
  const service = own(backend, 'service');
  const name = isPlainObject(service) ? own(service, 'name') : own(backend, 'serviceName');
  return typeof name === 'string' && name !== '' ? [{ ...(namespace !== undefined && { namespace }), service: name }] : [];
}

/** The backends of one Ingress rule (`rules[i].http.paths[].backend`). */
function ruleBackends(rule: unknown, namespace: string | undefined): Backend[] {
  const http = isPlainObject(rule) ? own(rule, 'http') : undefined;
  const paths = isPlainObject(http) ? own(http, 'paths') : undefined;
  return Array.isArray(paths) ? paths.flatMap((p: unknown) => (isPlainObject(p) ? ingressBackend(own(p, 'backend'), namespace) : [])) : [];
}

/** The Services of an HTTPRoute's `rules[].backendRefs` (kind Service, the default; `namespace` defaults to the route's). */
function routeBackends(rules: readonly unknown[], namespace: string | undefined): Backend[] {
  return rules.flatMap((rule) => {
    const refs = isPlainObject(rule) ? own(rule, 'backendRefs') : undefined;
    if (!Array.isArray(refs)) return [];
    return refs.flatMap((ref: unknown) => {
      if (!isPlainObject(ref) || typeof ref.name !== 'string' || (ref.kind ?? 'Service') !== 'Service' || (ref.group ?? '') !== '') return [];
      const ns = typeof ref.namespace === 'string' ? ref.namespace : namespace;
      return [{ ...(ns !== undefined && { namespace: ns }), service: ref.name }];
    });
  });
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
        'With the shared setting `inScope` (a label selector), a finding whose Ingress or listener routes to a Service that selects in-scope pods in the input is an error (card data crosses it); the others stay warnings, ' +
        'since their backends may not be in the input. Without `inScope` every finding is a warning. ' +
        'An Ingress without `spec.tls` whose Kong `konghq.com/protocols` annotation lists only encrypted protocols (`https`, `grpcs`) gets a finding of its own: Kong refuses or redirects plain HTTP for it, but serves its hosts with a certificate no `spec.tls` names, Kong\'s self-signed default unless one is configured elsewhere. ' +
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
      kongTlsOnly:
        'Ingress "{{ingress}}" has no spec.tls; its konghq.com/protocols annotation admits only {{protocols}}, so Kong refuses plain HTTP for it, but serves its hosts with a certificate no spec.tls names (Kong\'s self-signed default unless one is configured elsewhere), which clients cannot verify.',
      httpListener:
        'Gateway "{{gateway}}" listener "{{listener}}" accepts plain HTTP and routes it on, so traffic to its routes crosses the network in clear text.',
    },
    fixes: {
      noTls: 'Add spec.tls with a certificate Secret for its hosts.',
      kongTlsOnly: 'Add spec.tls with a certificate Secret for its hosts.',
      hostWithoutTls: 'List the host in a tls entry with its certificate Secret.',
      httpListener: 'Use protocol: HTTPS with tls.certificateRefs, or attach only a route that redirects to https.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const pods = inScopePods(ctx.settings.inScope, spec);
      if (pods) ctx.record({ type: 'in-scope', ...pods });
    },
    Service(ctx, service) {
      const spec: unknown = service.value.spec;
      if (!isPlainObject(spec) || service.name === undefined) return;
      ctx.record({ type: 'service', ...(service.namespace !== undefined && { namespace: service.namespace }), name: service.name, selector: stringMap(own(spec, 'selector')) });
    },
    Ingress(ctx, ingress) {
      const spec: unknown = ingress.value.spec;
      if (!isPlainObject(spec)) return;
      if (TLS_ANNOTATIONS.some((a) => (own(ingress.annotations, a) ?? '').trim() !== '')) return;
      const name = ingress.name ?? '(unnamed)';
      const namespace = ingress.namespace;
      const rules: unknown[] = Array.isArray(spec.rules) ? spec.rules : [];
      const tls = own(spec, 'tls');
      if (!Array.isArray(tls) || tls.length === 0) {
        const backends = [...ingressBackend(own(spec, 'defaultBackend') ?? own(spec, 'backend'), namespace), ...rules.flatMap((r) => ruleBackends(r, namespace))];
        const tlsOnly = kongTlsOnlyProtocols(ingress.annotations);
        ctx.record({
          type: 'ingress',
          ...(tlsOnly === undefined ? { messageId: 'noTls', data: { ingress: name } } : { messageId: 'kongTlsOnly', data: { ingress: name, protocols: tlsOnly } }),
          at: ctx.locate(ingress.pathTo('spec'), 'key'),
          backends,
        });
        return;
      }
      const covered = tls.flatMap((t: unknown) => (isPlainObject(t) ? strings(t.hosts) : []));
      // A tls entry without hosts applies the certificate to every host (the controller's wildcard entry).
      if (tls.some((t: unknown) => isPlainObject(t) && strings(t.hosts).length === 0)) return;
      rules.forEach((rule: unknown, i) => {
        const host = isPlainObject(rule) ? own(rule, 'host') : undefined;
        if (typeof host !== 'string' || host === '') return;
        if (covered.some((pattern) => hostMatches(pattern, host))) return;
        ctx.record({
          type: 'ingress',
          messageId: 'hostWithoutTls',
          data: { ingress: name, host },
          at: ctx.locate(ingress.pathTo('spec', 'rules', i, 'host'), 'value'),
          backends: ruleBackends(rule, namespace),
        });
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
      ctx.record({ type: 'route', ...(namespace !== undefined && { namespace }), parents, redirectsOnly, backends: routeBackends(rules, namespace) });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const selector = ctx.settings.inScope;
    const scoped = selector !== undefined && labelSelectorProblems(selector).length === 0;
    const inScope = project.facts.filter((f): f is Extract<Fact, { type: 'in-scope' }> => f.type === 'in-scope');
    const services = project.facts.filter((f): f is Extract<Fact, { type: 'service' }> => f.type === 'service');
    const bucket = (namespace: string | undefined) => namespaceBucket(namespace, fallback).key;
    /** A backend Service in the input that selects an in-scope pod of its namespace. */
    const reachesInScope = (backends: readonly Backend[]) =>
      backends.some((b) =>
        services.some(
          (s) =>
            s.name === b.service &&
            bucket(s.namespace) === bucket(b.namespace) &&
            Object.keys(s.selector).length > 0 &&
            inScope.some((w) => bucket(w.namespace) === bucket(s.namespace) && matchesLabelSelector({ matchLabels: s.selector }, w.labels)),
        ),
      );
    const severity = (backends: readonly Backend[]) => (scoped && reachesInScope(backends) ? 'error' : 'warning');
    const routes = project.facts.filter((f): f is Extract<Fact, { type: 'route' }> => f.type === 'route');
    for (const fact of project.facts) {
      if (fact.type === 'ingress') {
        ctx.report({ at: fact.at, messageId: fact.messageId, data: fact.data, severity: severity(fact.backends) });
        continue;
      }
      if (fact.type !== 'listener') continue;
      const attached = routes.filter((r) =>
        r.parents.some((p) => p.gateway === fact.gateway && p.namespace === fact.namespace && (p.sectionName === undefined || p.sectionName === fact.listener)),
      );
      if (attached.length > 0 && attached.every((r) => r.redirectsOnly)) continue;
      const backends = attached.filter((r) => !r.redirectsOnly).flatMap((r) => r.backends);
      ctx.report({ at: fact.at, messageId: 'httpListener', data: { gateway: fact.gateway, listener: fact.listener ?? '(unnamed)' }, severity: severity(backends) });
    }
  },
});
