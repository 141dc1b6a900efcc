import { defineRuleWithFacts } from '../../src/engine/rule.js';
import { podRunsImage } from '../../src/model/image-names.js';

interface Options {
  /** More image repositories (`vendor/sensor`) that count as a runtime security agent. */
  readonly additionalImages: readonly string[];
}

/**
 * Runtime security agents and the image repositories their projects publish: Falco (falcosecurity/falco,
 * falco-no-driver, falco-distroless; https://falco.org/docs/setup/container/), Tracee (aquasec/tracee,
 * https://aquasecurity.github.io/tracee/latest/docs/install/kubernetes/), Tetragon (quay.io/cilium/tetragon,
 * https://tetragon.io/docs/installation/kubernetes/).
 */
const RUNTIME_AGENTS: readonly string[] = ['falcosecurity/falco', 'aquasec/tracee', 'cilium/tetragon'];

const DEFAULTS: Options = { additionalImages: [] };

export default defineRuleWithFacts<{ readonly found: boolean }>()({
  meta: {
    id: 'runtime-monitoring-present',
    pci: ['8.2'],
    requirements: ['11.5.1'],
    inputs: ['workload'],
    severity: 'info',
    docs: {
      summary: 'The cluster manifests should include a runtime security DaemonSet (Falco, Tracee, Tetragon).',
      rationale:
        'PCI DSS container guidance 8.1 and 8.2 ask for monitoring of container activity that can detect and alert on malicious behaviour (unexpected processes, file access, network connections) on every node. ' +
        'A DaemonSet running a runtime security agent is the usual way to get it. When none is in a project that runs workloads this is reported once for the project, as an evidence request (info, at its first object): the agent may be deployed from elsewhere, and the assessor will ask for proof.',
      fix: 'Deploy a runtime security agent as a DaemonSet on every node (Falco, Tracee or Tetragon, or a commercial sensor — name its image in the `additionalImages` option), or keep evidence of the managed service that provides it.',
      references: ['https://falco.org/docs/', 'https://tetragon.io/docs/', 'https://aquasecurity.github.io/tracee/'],
    },
    messages: {
      missing:
        'No runtime security DaemonSet (Falco, Tracee or Tetragon) is in this project, so nothing here watches containers for malicious behaviour at run time. Deploy one on every node, or keep evidence of the service that does this for the assessor. (Reported once per project.)',
    },
    options: {
      schema: {
        type: 'object',
        properties: { additionalImages: { type: 'array', items: { type: 'string', minLength: 1 } } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: {
    // Every pod spec is recorded: a project that runs no workload has no containers to watch, and gets no note.
    PodSpec(ctx, spec) {
      const names = [...RUNTIME_AGENTS, ...ctx.options.additionalImages];
      ctx.record({ found: spec.resource.kind === 'DaemonSet' && podRunsImage(spec, names) });
    },
  },
  finish(ctx, project) {
    const first = project.first;
    if (!first || project.facts.length === 0 || project.facts.some((f) => f.found)) return;
    ctx.report({ at: first.location, messageId: 'missing' });
  },
});
