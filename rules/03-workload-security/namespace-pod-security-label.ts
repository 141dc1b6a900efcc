import { defineRule } from '../../src/engine/rule.js';
import { formatPssVersion, parsePssVersionLabel, PSS_LEVEL_ORDER, PSS_NAMESPACE_LABELS, resolvePssPolicy } from '../../src/k8s/pss.js';
import { compareVersions } from '../../src/k8s/versions.js';
import { scalarText } from '../../src/model/pod-security.js';
import { isPlainObject } from '../../src/model/resource.js';

const { enforce: ENFORCE, enforceVersion: ENFORCE_VERSION } = PSS_NAMESPACE_LABELS;

export default defineRule({
  meta: {
    id: 'namespace-pod-security-label',
    pci: ['3.1'],
    requirements: ['2.2.1', '2.2.6'],
    inputs: ['namespace'],
    severity: 'error',
    docs: {
      summary: 'Namespaces must enforce the configured Pod Security Standards level with the pod-security.kubernetes.io/enforce label, without pinning an old policy version.',
      rationale:
        'Pod Security Admission only rejects pods in namespaces whose `pod-security.kubernetes.io/enforce` label asks it to; a namespace without the label, or with a weaker level than the organisation\'s standard, admits privileged pods whatever the manifests in this repository look like. ' +
        'PCI DSS container guidance 3.1 asks that workload security settings are enforced, not only written down. ' +
        'The required level is `--pss-level` (default restricted; privileged < baseline < restricted). An `enforce-version` older than the policy version pci-lint checks against (the target Kubernetes version unless a PSS version is pinned in the settings) keeps the namespace on an older, weaker policy and is reported as a warning; `latest` is fine. Values Pod Security Admission cannot parse make the API server reject the namespace.',
      fix: 'Add `pod-security.kubernetes.io/enforce: restricted` (or the configured level) to the namespace labels, and set `pod-security.kubernetes.io/enforce-version` to `latest` or remove it.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces',
        'kubernetes/pod-security-admission api/helpers.go (PolicyToEvaluate, ParseVersion)',
      ],
    },
    messages: {
      missing:
        'Namespace "{{namespace}}" has no pod-security.kubernetes.io/enforce label, so Pod Security Admission admits any pod there. Add the label pod-security.kubernetes.io/enforce: {{level}}.',
      weaker:
        'Namespace "{{namespace}}" enforces the {{actual}} Pod Security Standard, weaker than the required {{level}}. Set pod-security.kubernetes.io/enforce to {{level}}.',
      invalidLevel:
        'Namespace "{{namespace}}" sets pod-security.kubernetes.io/enforce to "{{value}}", which is not a level (privileged, baseline, restricted); the API server rejects the namespace. Set it to {{level}}.',
      invalidVersion:
        'Namespace "{{namespace}}" sets pod-security.kubernetes.io/enforce-version to "{{value}}", which Pod Security Admission cannot parse (use latest or v1.N, such as v1.30); the API server rejects the namespace. Set it to latest.',
      oldVersion:
        'Namespace "{{namespace}}" pins pod-security.kubernetes.io/enforce-version to {{value}}, older than policy {{version}}, so newer Pod Security Standards checks are not enforced there. Set it to latest (or remove it).',
    },
  },
  visit: {
    Namespace(ctx, namespace) {
      const metadata = (namespace.value as { metadata?: unknown }).metadata;
      const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
      const policy = resolvePssPolicy(ctx.settings, ctx.target);
      const name = namespace.name ?? '(unnamed)';
      const labelPath = (label: string) => namespace.pathTo('metadata', 'labels', label);

      if (labels[ENFORCE] === undefined || labels[ENFORCE] === null) {
        ctx.report({ at: labelPath(ENFORCE), part: 'key', messageId: 'missing', data: { namespace: name, level: policy.level } });
      } else {
        const level = scalarText(labels[ENFORCE]);
        const rank = PSS_LEVEL_ORDER.indexOf(level as (typeof PSS_LEVEL_ORDER)[number]);
        if (rank === -1) {
          ctx.report({ at: labelPath(ENFORCE), messageId: 'invalidLevel', data: { namespace: name, value: level, level: policy.level } });
        } else if (rank < PSS_LEVEL_ORDER.indexOf(policy.level)) {
          ctx.report({ at: labelPath(ENFORCE), messageId: 'weaker', data: { namespace: name, actual: level, level: policy.level } });
        }
      }

      if (labels[ENFORCE_VERSION] === undefined || labels[ENFORCE_VERSION] === null) return;
      const pinned = scalarText(labels[ENFORCE_VERSION]);
      const version = parsePssVersionLabel(pinned);
      if (version === undefined) {
        ctx.report({ at: labelPath(ENFORCE_VERSION), messageId: 'invalidVersion', data: { namespace: name, value: pinned } });
      } else if (version !== 'latest' && compareVersions(version, policy.version) < 0) {
        ctx.report({
          at: labelPath(ENFORCE_VERSION),
          messageId: 'oldVersion',
          severity: 'warning',
          data: { namespace: name, value: pinned, version: formatPssVersion(policy.version) },
        });
      }
    },
  },
});
