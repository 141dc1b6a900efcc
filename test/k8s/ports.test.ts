import { describe, expect, it } from 'vitest';
import { ADMIN_COMPONENT_MARKERS, ADMIN_PORTS, adminPortsFor } from '../../src/k8s/ports.js';

describe('admin ports table', () => {
  it('has one row per port and component, each with a source', () => {
    const keys = ADMIN_PORTS.map((p) => `${p.port}/${p.component}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of ADMIN_PORTS) {
      expect(p.source.length, String(p.port)).toBeGreaterThan(10);
      expect(Object.keys(ADMIN_COMPONENT_MARKERS)).toContain(p.component);
    }
  });

  it('includes the ports named by the PCI guidance', () => {
    for (const port of [6443, 10250, 10255, 2379, 2380, 10257, 10259]) expect(adminPortsFor(port, []).length, String(port)).toBeGreaterThan(0);
  });

  it('counts shared port numbers only for the component they belong to', () => {
    expect(adminPortsFor(443, [])).toEqual([]);
    expect(adminPortsFor(443, ['kube-apiserver']).map((p) => p.component)).toEqual(['kube-apiserver']);
    expect(adminPortsFor(8443, [])).toEqual([]);
    expect(adminPortsFor(8443, ['kubernetes-dashboard']).map((p) => p.description)).toEqual(['the Kubernetes Dashboard']);
    expect(adminPortsFor(8080, ['kube-apiserver'])).toEqual([]);
  });
});
