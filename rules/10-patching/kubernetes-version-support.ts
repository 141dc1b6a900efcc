import { defineRule } from '../../src/engine/rule.js';
import { dayNumber, releaseSupportOf } from '../../src/k8s/releases.js';
import { formatVersion } from '../../src/k8s/versions.js';

interface Options {
  /** Warn when support ends within this many days of the run date. */
  readonly warnDays: number;
}

const ESTIMATE_NOTE = ' (estimated from the release cadence: upstream has not published this date in the data pci-lint was built from)';

const DEFAULTS: Options = { warnDays: 60 };

export default defineRule({
  meta: {
    id: 'kubernetes-version-support',
    pci: ['10.1'],
    requirements: ['6.3.3', '12.3.4'],
    inputs: ['cluster-version'],
    severity: 'error',
    docs: {
      summary: 'The target Kubernetes version must still receive upstream security patches on the run date.',
      rationale:
        'A Kubernetes minor release gets patches for about 14 months; after its end of support, vulnerabilities in the API server, kubelet and other components stay unfixed. ' +
        'PCI DSS container guidance 10.1 asks that the orchestrator be kept on a supported, patched version. ' +
        'The check compares the target version (--k8s-version) with the run date (the `now` setting; the CLI uses today\'s date) using the release table in src/k8s/releases.ts. ' +
        'It concerns the whole input rather than one object, so it is reported once, at the first object of the input; with no objects, nothing is reported.',
      fix: 'Upgrade the cluster to a supported minor release (https://kubernetes.io/releases/) and lint with --k8s-version set to it. A vendor that backports fixes beyond upstream support (an extended-support managed service) is evidence to keep, and this rule can then be turned off.',
      references: ['https://kubernetes.io/releases/', 'https://kubernetes.io/releases/patch-releases/#support-period'],
    },
    messages: {
      ended:
        'Kubernetes {{version}} reached the end of upstream support on {{endOfSupport}}{{estimate}}, {{days}} days before this run ({{now}}), so it no longer receives security patches.',
      ending:
        'Kubernetes {{version}} reaches the end of upstream support on {{endOfSupport}}{{estimate}}, {{days}} days after this run ({{now}}); after that it receives no security patches.',
    },
    fixes: {
      ended: 'Upgrade to a supported minor release and lint with --k8s-version set to it.',
      ending: 'Plan the upgrade to a newer minor release now.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { warnDays: { type: 'integer', minimum: 0 } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: {},
  finish(ctx, project) {
    const first = project.first;
    const now = ctx.settings.now;
    if (!first || now === undefined) return;
    const today = dayNumber(now);
    const release = releaseSupportOf(ctx.target);
    if (today === undefined || !release) return;
    const end = dayNumber(release.endOfSupport);
    if (end === undefined) return;
    const data = {
      version: formatVersion(ctx.target),
      endOfSupport: release.endOfSupport,
      estimate: release.estimated ? ESTIMATE_NOTE : '',
      now: now.slice(0, 10),
    };
    if (today > end) ctx.report({ at: first.location, messageId: 'ended', data: { ...data, days: today - end } });
    else if (end - today <= ctx.options.warnDays) ctx.report({ at: first.location, messageId: 'ending', severity: 'warning', data: { ...data, days: end - today } });
  },
});
