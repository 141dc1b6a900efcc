import { defineRule } from '../../src/engine/rule.js';
import { compareVersions, mustParse } from '../../src/k8s/versions.js';
import { hasEffectiveRequest, POD_LEVEL_RESOURCES } from '../../src/k8s/workload-defaults.js';
import { isPlainObject, own } from '../../src/model/resource.js';

const POD_LEVEL_RESOURCES_ON = mustParse(POD_LEVEL_RESOURCES.onByDefaultSince);

/** A quantity as written; an empty value (`cpu:` or `cpu: ""`) counts as missing. */
function entry(list: unknown, name: string): unknown {
  const value = isPlainObject(list) ? own(list, name) : undefined;
  return value === null || value === '' ? undefined : value;
}

export default defineRule({
  meta: {
    id: 'resource-limits',
    pci: ['11.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Every container and init container must set CPU and memory limits and requests.',
      rationale:
        'Containers share their node\'s CPU and memory. Without limits one compromised or misbehaving container can starve everything else on the node, ' +
        'including security agents and other cardholder-data workloads; without requests the scheduler cannot place pods so that they get what they need. ' +
        'PCI DSS container guidance 11.1 asks that all workloads have resource limits. The rule reports one finding per container listing everything that is missing. ' +
        'A request left out while the matching limit is set is not reported: the API server copies the limit into the request when it creates the pod (`SetDefaults_Pod`). ' +
        'Ephemeral (debug) containers are exempt because the API does not allow them to set resources. A namespace LimitRange can inject defaults at admission, but that is not visible in the workload and is not counted. ' +
        `Pod-level \`spec.resources\` (feature PodLevelResources) count for every container of the pod on targets from ${POD_LEVEL_RESOURCES.onByDefaultSince}, where the feature is on by default; ` +
        `from ${POD_LEVEL_RESOURCES.alphaSince} until then it is alpha and off by default, so the API server drops the field and it is not counted.`,
      fix: 'Add `resources.requests` and `resources.limits` with `cpu` and `memory` to every container and init container, e.g. `resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: 500m, memory: 256Mi } }`.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing:
        'Container "{{container}}" has no {{missing}}, so it can take {{resource}} from every other workload on its node.',
    },
    fixes: {
      missing: 'Set resources.requests and resources.limits for cpu and memory.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (container.group === 'ephemeralContainers') return;
      const resources: unknown = container.value.resources;
      const requests = isPlainObject(resources) ? resources.requests : undefined;
      const limits = isPlainObject(resources) ? resources.limits : undefined;
      // Pod-level resources bound every container once the API server keeps them (PodLevelResources on).
      const podResources: unknown = compareVersions(ctx.target, POD_LEVEL_RESOURCES_ON) >= 0 ? (container.podSpec.value as { resources?: unknown }).resources : undefined;
      const podRequests = isPlainObject(podResources) ? podResources.requests : undefined;
      const podLimits = isPlainObject(podResources) ? podResources.limits : undefined;
      const limitOf = (name: string) => entry(limits, name) ?? entry(podLimits, name);
      const missing: string[] = [];
      for (const name of ['cpu', 'memory']) {
        if (!hasEffectiveRequest(entry(requests, name) ?? entry(podRequests, name), limitOf(name))) missing.push(`${name} request`);
      }
      for (const name of ['cpu', 'memory']) if (limitOf(name) === undefined) missing.push(`${name} limit`);
      if (missing.length === 0) return;
      const list = missing.length === 1 ? (missing[0] ?? '') : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1] ?? ''}`;
      ctx.report({
        at: isPlainObject(resources) ? container.pathTo('resources') : container,
        part: 'key',
        messageId: 'missing',
        // Only what is unbounded: a container missing only its cpu limit cannot take memory for that.
        data: { container: container.name, missing: list, resource: missing.some((m) => m.startsWith('cpu')) ? (missing.some((m) => m.startsWith('memory')) ? 'CPU or memory' : 'CPU') : 'memory' },
      });
    },
  },
});
