import { defineRuleWithFacts, objectSubject, type Location, type Path } from '../../src/engine/rule.js';
import { ADMIN_COMPONENT_MARKERS, adminPortsFor, type AdminComponent, type AdminPort } from '../../src/k8s/ports.js';
import { imageRepository, repositoryMatches } from '../../src/model/image-names.js';
import { namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject, own, stringMap, type Resource } from '../../src/model/resource.js';
import { matchesLabelSelector, workloadLabelSets } from '../../src/model/selector.js';
import { containersOf, type PodSpecNode } from '../../src/model/workloads.js';

interface ServicePort {
  readonly name?: string;
  readonly port?: number;
  readonly targetPort?: number | string;
  readonly at: Location;
}

type Fact =
  | {
      readonly type: 'service';
      readonly namespace?: string;
      readonly name: string;
      readonly serviceType: string;
      readonly selector: Readonly<Record<string, string>>;
      readonly ports: readonly ServicePort[];
    }
  | {
      readonly type: 'workload';
      readonly namespace?: string;
      readonly labels: Readonly<Record<string, string>>;
      readonly ports: readonly { readonly name?: string; readonly port: number }[];
      readonly components: readonly AdminComponent[];
    }
  | { readonly type: 'backend'; readonly namespace?: string; readonly via: string; readonly service: string; readonly port?: number | string; readonly at: Location };

const EXTERNAL_TYPES: ReadonlySet<string> = new Set(['LoadBalancer', 'NodePort']);
const COMPONENTS = Object.keys(ADMIN_COMPONENT_MARKERS) as AdminComponent[];
/** Gateway API route kinds whose rules carry backendRefs (https://gateway-api.sigs.k8s.io/reference/spec/). */
const ROUTE_KINDS: ReadonlySet<string> = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);
const GATEWAY_GROUP = 'gateway.networking.k8s.io';

function portValue(value: unknown): number | string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && value !== '') return /^\d+$/.test(value) ? Number(value) : value;
  return undefined;
}


/** The components a set of labels names (`component: kube-apiserver`, `k8s-app: kubernetes-dashboard`). */
function componentsByLabels(labels: Readonly<Record<string, string>>): AdminComponent[] {
  return COMPONENTS.filter((c) => ADMIN_COMPONENT_MARKERS[c].labels.some(([k, v]) => own(labels, k) === v));
}

/** The components a pod spec runs, by labels, container image or command (static control-plane pods). */
function componentsOf(spec: PodSpecNode): AdminComponent[] {
  const found = new Set<AdminComponent>();
  for (const labels of workloadLabelSets(spec)) for (const c of componentsByLabels(labels)) found.add(c);
  for (const container of containersOf(spec)) {
    const image = container.value.image;
    const repository = typeof image === 'string' ? imageRepository(image) : undefined;
    const command = container.value.command?.[0];
    const binary = typeof command === 'string' ? command.slice(command.lastIndexOf('/') + 1) : undefined;
    for (const c of COMPONENTS) {
      const markers = ADMIN_COMPONENT_MARKERS[c];
      if ((repository !== undefined && markers.images.length > 0 && repositoryMatches(repository, markers.images)) || binary === c) found.add(c);
    }
  }
  return [...found];
}

function describe(ports: readonly AdminPort[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const p of ports) {
    const text = `${p.description} (${p.port})`;
    if (!seen.has(text)) parts.push(text);
    seen.add(text);
  }
  return parts.join(' and ');
}

/** The first existing field among `fields` below `base`, for pointing at the port a backend names. */
function firstPresent(value: unknown, base: Path, fields: readonly string[]): Path {
  for (const f of fields) if (isPlainObject(value) && own(value, f) !== undefined) return [...base, f];
  return base;
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'exposed-admin-port',
    pci: ['4.2'],
    requirements: ['1.4.2', '2.2.4'],
    inputs: ['service', 'ingress', 'workload'],
    severity: 'error',
    // An admin API published on node ports or external IPs is the more specific finding about that Service.
    supersedes: ['service-external-exposure', 'public-load-balancer'],
    docs: {
      summary: 'Administrative APIs (API server, kubelet, etcd, controller-manager, scheduler, dashboards) must not be exposed outside the cluster.',
      rationale:
        'The Kubernetes API server, kubelet, etcd, controller-manager, scheduler and the Kubernetes Dashboard control the whole cluster; published through a LoadBalancer or NodePort Service (or one with externalIPs), an Ingress or a Gateway API route, they become reachable from outside the management network. ' +
        'PCI DSS container guidance 4.2 asks that orchestration management interfaces be reachable only from trusted networks. ' +
        'The rule resolves Service targetPort names through the container ports of the pods the Service selects, when those pods are in the input, and recognises components by their well-known ports (src/k8s/ports.ts) or, for shared port numbers such as 443 and 8443, by their labels, images or commands. ' +
        'It also reports pods that listen on admin ports in the node\'s network (hostNetwork or hostPort) unless they are that component. LoadBalancer Services open to every address are public-load-balancer\'s (information: an ingress controller or storefront is meant to be public); on a Service that publishes an admin API, this finding replaces that one.',
      fix: 'Keep administrative components behind ClusterIP Services and reach them through a bastion, VPN or `kubectl port-forward`; remove ingress and route backends that point at them; do not run other pods on admin ports in the node network.',
      references: [
        'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
        'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
      ],
    },
    messages: {
      serviceExposesAdmin:
        'Service "{{service}}" of type {{serviceType}} publishes port {{port}} outside the cluster, and it reaches {{admin}}.',
      routeExposesAdmin:
        '{{via}} routes external traffic to Service "{{service}}" port {{port}}, which reaches {{admin}}.',
      hostAdminPort:
        'Container "{{container}}" uses {{field}} {{port}} in the node\'s network, the port of {{admin}}: it is reachable at the node\'s address and can collide with or impersonate that component.',
    },
    fixes: {
      serviceExposesAdmin: 'Administrative APIs must be reachable only from the management network: make the Service ClusterIP (or drop the port) and use a bastion, VPN or kubectl port-forward.',
      routeExposesAdmin: 'Administrative APIs must not be published through an ingress or gateway: remove this backend and use a bastion, VPN or kubectl port-forward.',
      hostAdminPort: 'Remove hostNetwork/hostPort or use another port.',
    },
  },
  visit: {
    Service(ctx, service) {
      const spec: unknown = service.value.spec;
      const name = service.name;
      if (!isPlainObject(spec) || name === undefined) return;
      const declaredType = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
      // externalIPs publish a Service's ports on addresses routed to the nodes, whatever its type.
      const hasExternalIps = Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
      const serviceType = hasExternalIps && !EXTERNAL_TYPES.has(declaredType) ? `${declaredType} with externalIPs` : declaredType;
      const ports: ServicePort[] = [];
      if (Array.isArray(spec.ports)) {
        spec.ports.forEach((p: unknown, i) => {
          if (!isPlainObject(p)) return;
          const port = portValue(p.port);
          const targetPort = portValue(p.targetPort);
          ports.push({
            ...(typeof p.name === 'string' && { name: p.name }),
            ...(typeof port === 'number' && { port }),
            ...(targetPort !== undefined && { targetPort }),
            at: ctx.locate(firstPresent(p, service.pathTo('spec', 'ports', i), ['targetPort', 'port'])),
          });
        });
      }
      ctx.record({
        type: 'service',
        ...(service.namespace !== undefined && { namespace: service.namespace }),
        name,
        serviceType,
        selector: stringMap(spec.selector),
        ports,
      });
    },
    PodSpec(ctx, spec) {
      const components = componentsOf(spec);
      const ports: { name?: string; port: number }[] = [];
      const hostNetwork = spec.value.hostNetwork === true;
      for (const container of containersOf(spec)) {
        const list: unknown = container.value.ports;
        if (!Array.isArray(list)) continue;
        list.forEach((p: unknown, j) => {
          if (!isPlainObject(p) || typeof p.containerPort !== 'number') return;
          ports.push({ ...(typeof p.name === 'string' && { name: p.name }), port: p.containerPort });
          const exposed: [field: string, port: number][] = [];
          if (typeof p.hostPort === 'number' && p.hostPort > 0) exposed.push(['hostPort', p.hostPort]);
          else if (hostNetwork) exposed.push(['containerPort', p.containerPort]);
          for (const [field, number] of exposed) {
            const admin = adminPortsFor(number, []).filter((a) => !components.includes(a.component));
            if (admin.length === 0) continue;
            ctx.report({ at: container.pathTo('ports', j, field), messageId: 'hostAdminPort', data: { container: container.name, field, port: number, admin: describe(admin) } });
          }
        });
      }
      const labels = spec.resource.kind === 'Pod' ? spec.resource.labels : (workloadLabelSets(spec)[1] ?? {});
      ctx.record({ type: 'workload', ...(spec.resource.namespace !== undefined && { namespace: spec.resource.namespace }), labels, ports, components });
    },
    Ingress(ctx, ingress) {
      const spec: unknown = ingress.value.spec;
      if (!isPlainObject(spec)) return;
      const via = `Ingress "${ingress.name ?? '(unnamed)'}"`;
      const backends: Path[] = [];
      for (const key of ['defaultBackend', 'backend']) if (isPlainObject(own(spec, key))) backends.push(ingress.pathTo('spec', key));
      if (Array.isArray(spec.rules)) {
        spec.rules.forEach((rule: unknown, i) => {
          const paths = isPlainObject(rule) && isPlainObject(rule.http) ? rule.http.paths : undefined;
          if (!Array.isArray(paths)) return;
          paths.forEach((p: unknown, j) => {
            if (isPlainObject(p) && isPlainObject(p.backend)) backends.push(ingress.pathTo('spec', 'rules', i, 'http', 'paths', j, 'backend'));
          });
        });
      }
      for (const path of backends) recordIngressBackend(ctx, ingress, path, via);
    },
    Resource(ctx, resource) {
      if (resource.group !== GATEWAY_GROUP || !ROUTE_KINDS.has(resource.kind)) return;
      const spec = resource.value.spec;
      if (!isPlainObject(spec) || !Array.isArray(spec.rules)) return;
      const via = `${resource.kind} "${resource.name ?? '(unnamed)'}"`;
      spec.rules.forEach((rule: unknown, i) => {
        const refs = isPlainObject(rule) ? rule.backendRefs : undefined;
        if (!Array.isArray(refs)) return;
        refs.forEach((ref: unknown, j) => {
          if (!isPlainObject(ref) || typeof ref.name !== 'string') return;
          // backendRefs default to core Services; other kinds (ServiceImport, custom backends) are not followed.
          if ((ref.group ?? '') !== '' || (ref.kind ?? 'Service') !== 'Service') return;
          const namespace = typeof ref.namespace === 'string' ? ref.namespace : resource.namespace;
          const port = portValue(ref.port);
          ctx.record({
            type: 'backend',
            ...(namespace !== undefined && { namespace }),
            via,
            service: ref.name,
            ...(port !== undefined && { port }),
            at: ctx.locate(firstPresent(ref, resource.pathTo('spec', 'rules', i, 'backendRefs', j), ['port', 'name'])),
          });
        });
      });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const key = (namespace: string | undefined, name: string) => `${namespaceBucket(namespace, fallback).key}/${name}`;
    const services = new Map<string, Extract<Fact, { type: 'service' }>>();
    const workloads: Extract<Fact, { type: 'workload' }>[] = [];
    for (const fact of project.facts) {
      if (fact.type === 'service' && !services.has(key(fact.namespace, fact.name))) services.set(key(fact.namespace, fact.name), fact);
      else if (fact.type === 'workload') workloads.push(fact);
    }

    /** The admin ports behind one Service port: through the selected pods' container ports when they are in the input. */
    const adminBehind = (service: Extract<Fact, { type: 'service' }>, port: { port?: number; targetPort?: number | string }): AdminPort[] => {
      const bucket = namespaceBucket(service.namespace, fallback).key;
      const hasSelector = Object.keys(service.selector).length > 0;
      const selected = hasSelector
        ? workloads.filter((w) => namespaceBucket(w.namespace, fallback).key === bucket && matchesLabelSelector({ matchLabels: service.selector }, w.labels))
        : [];
      const components = [...new Set([...componentsByLabels(service.selector), ...selected.flatMap((w) => w.components)])];
      const target = port.targetPort ?? port.port;
      let numbers: number[] = [];
      if (typeof target === 'number') numbers = [target];
      else if (typeof target === 'string') numbers = selected.flatMap((w) => w.ports.filter((p) => p.name === target).map((p) => p.port));
      // A named targetPort that no pod in the input resolves: judge by the port the Service publishes.
      if (numbers.length === 0 && port.port !== undefined) numbers = [port.port];
      return [...new Set(numbers)].flatMap((n) => adminPortsFor(n, components));
    };

    for (const fact of project.facts) {
      if (fact.type === 'service') {
        // Only these types publish ports outside the cluster by themselves; others are reached through routes.
        if (!EXTERNAL_TYPES.has(fact.serviceType) && !fact.serviceType.endsWith(' with externalIPs')) continue;
        for (const port of fact.ports) {
          const admin = adminBehind(fact, port);
          if (admin.length === 0) continue;
          ctx.report({
            at: port.at,
            messageId: 'serviceExposesAdmin',
            data: { service: fact.name, serviceType: fact.serviceType, port: port.port ?? String(port.targetPort), admin: describe(admin) },
            about: [objectSubject('Service', fact.namespace, fact.name)],
          });
        }
      } else if (fact.type === 'backend') {
        const service = services.get(key(fact.namespace, fact.service));
        const servicePort = service?.ports.find((p) => (typeof fact.port === 'number' ? p.port === fact.port : fact.port !== undefined && p.name === fact.port));
        let admin: AdminPort[];
        if (service && servicePort) admin = adminBehind(service, servicePort);
        else if (service && fact.port === undefined && service.ports.length === 1 && service.ports[0]) admin = adminBehind(service, service.ports[0]);
        else admin = typeof fact.port === 'number' ? adminPortsFor(fact.port, []) : [];
        if (admin.length === 0) continue;
        ctx.report({ at: fact.at, messageId: 'routeExposesAdmin', data: { via: fact.via, service: fact.service, port: fact.port ?? '(default)', admin: describe(admin) } });
      }
    }
  },
});

function recordIngressBackend(
  ctx: { record(fact: Fact): void; locate(at: Path): Location },
  ingress: Pick<Resource<unknown>, 'value' | 'path' | 'namespace'>,
  path: Path,
  via: string,
): void {
  let backend: unknown = ingress.value;
  for (const segment of path.slice(ingress.path.length)) backend = isPlainObject(backend) ? own(backend, String(segment)) : Array.isArray(backend) ? backend[Number(segment)] : undefined;
  if (!isPlainObject(backend)) return;
  const namespace = ingress.namespace;
  // networking.k8s.io/v1: backend.service {name, port {number | name}}
  if (isPlainObject(backend.service) && typeof backend.service.name === 'string') {
    const portSpec = backend.service.port;
    const port = isPlainObject(portSpec) ? (portValue(portSpec.number) ?? portValue(portSpec.name)) : undefined;
    ctx.record({
      type: 'backend',
      ...(namespace !== undefined && { namespace }),
      via,
      service: backend.service.name,
      ...(port !== undefined && { port }),
      at: ctx.locate(firstPresent(backend.service, [...path, 'service'], ['port', 'name'])),
    });
    return;
  }
  // extensions/v1beta1 and networking.k8s.io/v1beta1: backend {serviceName, servicePort}
  if (typeof backend.serviceName === 'string') {
    const port = portValue(backend.servicePort);
    ctx.record({
      type: 'backend',
      ...(namespace !== undefined && { namespace }),
      via,
      service: backend.serviceName,
      ...(port !== undefined && { port }),
      at: ctx.locate(firstPresent(backend, path, ['servicePort', 'serviceName'])),
    });
  }
}
