/**
 * Patterns the tenth corpus of real manifests turned up (docs/precision.md, "Tenth corpus"), in fixtures
 * written for this repository in the shapes those projects use.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/run/lint.js';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function findings(...inputs: string[]): Promise<Diagnostic[]> {
  return (await lint(inputs, { cwd, settings: { now: '2026-06-01' } })).diagnostics;
}

const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`;
const PROJECT_WIDE = ['image-signature-policy', 'log-shipping-present', 'runtime-monitoring-present'];

describe('an OLM bundle', () => {
  it('judges the deployments a ClusterServiceVersion installs as the Deployments OLM makes of them, in the CSV\'s namespace', async () => {
    const found = (await findings('olm-bundle')).filter((d) => !PROJECT_WIDE.includes(d.ruleId));
    const csv = 'olm-bundle/manifests/ledger-operator.clusterserviceversion.yaml';
    expect(found.map(line)).toEqual([
      `${csv}:5:3 namespace-resource-quota Namespace "payments" runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster's CPU and memory.`,
      `${csv}:5:3 network-default-deny Namespace "payments" runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.`,
      `${csv}:42:15 automount-service-account-token ClusterServiceVersion "ledger-operator.v0.4.1" (install.spec.deployments[0] "ledger-operator") mounts the token of ServiceAccount "ledger-operator" automatically.`,
      `${csv}:74:15 automount-service-account-token ClusterServiceVersion "ledger-operator.v0.4.1" (install.spec.deployments[1] "ledger-webhook") mounts the token of ServiceAccount "ledger-operator" automatically.`,
      `${csv}:78:28 image-digest Container "webhook" uses image "quay.io/example/ledger-webhook:v0.4.1" pinned only by tag; tags are mutable.`,
      `${csv}:81:21 pss-capabilities-restricted Container "webhook" does not drop all capabilities, so it keeps the runtime's default set.`,
      `${csv}:81:21 pss-privilege-escalation Container "webhook" does not set securityContext.allowPrivilegeEscalation: false, so its processes can gain privileges through set-user-ID binaries.`,
      `${csv}:81:21 pss-run-as-non-root Container "webhook" runs as UID 1001, but neither it nor the pod sets securityContext.runAsNonRoot: true, which the restricted Pod Security Standard requires whatever the UID: admission rejects the pod.`,
      `${csv}:81:21 pss-seccomp-restricted Container "webhook" runs without a seccomp profile: neither it nor the pod sets securityContext.seccompProfile.`,
      `${csv}:81:21 read-only-root-filesystem Container "webhook" does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable and a compromised process can change the container's files unnoticed.`,
      `${csv}:83:21 resource-limits Container "webhook" has no cpu limit or memory limit, so it can take CPU or memory from every other workload on its node.`,
    ]);
  });
});
