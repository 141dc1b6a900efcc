/** The platform facts are data the coverage report trusts: every reference in them must be valid. */
import { describe, expect, it } from 'vitest';
import { INPUT_KIND_NAMES } from '../../src/k8s/input-kinds.js';
import { isPlatformChoice, PLATFORM_NAMES, PLATFORMS } from '../../src/k8s/platforms.js';

describe('platforms', () => {
  it.each(PLATFORM_NAMES)('%s names only known input kinds and cites its sources', (name) => {
    const p = PLATFORMS[name];
    expect(p.name).toBe(name);
    for (const k of p.providerManaged) expect(INPUT_KIND_NAMES).toContain(k);
    for (const k of Object.keys(p.whereToFind ?? {})) expect(INPUT_KIND_NAMES).toContain(k);
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of [...p.sources, ...(p.defaults ?? []).map((d) => d.source)]) expect(s).toMatch(/^https:\/\//);
    // A published default is shown for what the provider runs; a provider that runs something names the evidence to ask for.
    for (const d of p.defaults ?? []) expect(p.providerManaged).toContain(d.input);
    if (p.providerManaged.length > 0) expect(p.providerEvidence).toMatch(/Attestation of Compliance/);
  });

  it('managed control planes are the provider\'s; self-managed distributions manage nothing for the customer', () => {
    for (const name of ['eks', 'aks', 'gke'] as const) expect(PLATFORMS[name].providerManaged).toEqual(expect.arrayContaining(['kube-apiserver', 'etcd', 'audit-policy']));
    for (const name of ['self-managed', 'openshift', 'k3s', 'rke2'] as const) expect(PLATFORMS[name].providerManaged).toEqual([]);
    // Kubelets run on the customer's nodes on every platform (except serverless nodes, which the docs name).
    for (const name of PLATFORM_NAMES) expect(PLATFORMS[name].providerManaged).not.toContain('kubelet-config');
  });

  it('accepts auto and the platform names, nothing else', () => {
    expect(isPlatformChoice('auto')).toBe(true);
    expect(isPlatformChoice('eks')).toBe(true);
    expect(isPlatformChoice('EKS')).toBe(false);
    expect(isPlatformChoice('kubeadm')).toBe(false);
  });
});
