import { defineRule, type Path } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { objectField, stringField } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.hostProbesAndHostLifecycle;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

export default defineRule({
  meta: {
    id: 'pss-host-probes',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Probes and lifecycle hooks must not target another host (PSS baseline "Probes and lifecycle hooks", policy v1.34+).',
      rationale:
        'The kubelet runs httpGet and tcpSocket probes and lifecycle hooks from the node; a `host` field turns them into requests the node makes to any address on the pod author\'s behalf, reaching services the pod itself could not (a server-side request forgery through the kubelet). ' +
        'PCI DSS container guidance 3.1 asks that workloads cannot use the node\'s position in the network. The check exists from policy v1.34; earlier policy versions allow the field.',
      fix: 'Remove `host` from `httpGet` and `tcpSocket` in liveness, readiness and startup probes and in postStart/preStop hooks; the kubelet then targets the pod\'s own IP.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Probes / Lifecycle Hooks)',
        'kubernetes/pod-security-admission policy/check_hostProbesAndhostLifecycle.go',
      ],
    },
    messages: {
      host: 'Container "{{container}}" sets {{field}} to "{{host}}", so the kubelet sends the request from the node to that host.',
    },
    fixes: {
      host: 'Remove the host field so the probe or hook targets the pod itself.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      const check = (handler: unknown, path: Path, label: string) => {
        for (const kind of HANDLERS) {
          const host = stringField(objectField(handler, kind), 'host');
          if (host === '') continue;
          ctx.report({ at: [...path, kind, 'host'], part: 'value', messageId: 'host', data: { container: container.name, field: `${label}.${kind}.host`, host } });
        }
      };
      for (const probe of PROBES) check(objectField(container.value, probe), container.pathTo(probe), probe);
      const lifecycle = objectField(container.value, 'lifecycle');
      for (const hook of HOOKS) check(objectField(lifecycle, hook), container.pathTo('lifecycle', hook), `lifecycle.${hook}`);
    },
  },
});
