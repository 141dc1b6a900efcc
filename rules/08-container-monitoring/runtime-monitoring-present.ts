import { defineRuleWithFacts } from '../../src/engine/rule.js';
import { daemonSetPresentRule, type DaemonSetFact } from '../../src/model/shapes/daemonset-present.js';

/**
 * Runtime security agents and the image repositories their projects publish: Falco (falcosecurity/falco,
 * falco-no-driver, falco-distroless; https://falco.org/docs/setup/container/), Tracee (aquasec/tracee,
 * https://aquasecurity.github.io/tracee/latest/docs/install/kubernetes/), Tetragon (quay.io/cilium/tetragon,
 * https://tetragon.io/docs/installation/kubernetes/).
 */
const RUNTIME_AGENTS: readonly string[] = ['falcosecurity/falco', 'aquasec/tracee', 'cilium/tetragon'];

export default defineRuleWithFacts<DaemonSetFact>()(
  daemonSetPresentRule({
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
          'No runtime security DaemonSet (Falco, Tracee or Tetragon) is in this project, so nothing here watches containers for malicious behaviour at run time. (Reported once per project.)',
      },
      fixes: {
        missing: 'Deploy one on every node, or keep evidence of the service that does this for the assessor.',
      },
    },
    images: RUNTIME_AGENTS,
    messages: { missing: 'missing' },
  }),
);
