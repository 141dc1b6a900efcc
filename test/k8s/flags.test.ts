import { describe, expect, it } from 'vitest';
import { ADMISSION_PLUGINS, FLAG_LIFECYCLE, flagDefault, flagStatus, isDefaultAdmissionPlugin, isRemovedAdmissionPlugin } from '../../src/k8s/flags.js';
import { KUBEADM_DEFAULT_FLAGS } from '../../src/k8s/kubeadm.js';
import { compareVersions, mustParse, parseVersion } from '../../src/k8s/versions.js';

const v = (text: string) => mustParse(text);

describe('FLAG_LIFECYCLE', () => {
  it('is sorted by component then flag, without duplicates', () => {
    const keys = FLAG_LIFECYCLE.map((r) => `${r.component} ${r.flag}`);
    expect(keys).toEqual([...new Set(keys)].sort());
  });

  it.each(FLAG_LIFECYCLE.map((r) => [`${r.component} --${r.flag}`, r] as const))('%s is well-formed', (_, row) => {
    expect(row.flag).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(row.source.length).toBeGreaterThan(10);
    for (const version of [row.added, row.deprecated, row.removed]) if (version !== undefined) expect(parseVersion(version)).toBeDefined();
    if (row.added && row.deprecated) expect(compareVersions(v(row.deprecated), v(row.added))).toBeGreaterThanOrEqual(0);
    if (row.deprecated && row.removed) expect(compareVersions(v(row.removed), v(row.deprecated))).toBeGreaterThan(0);
    if (row.added && row.removed) expect(compareVersions(v(row.removed), v(row.added))).toBeGreaterThan(0);
    const sinces = (row.defaults ?? []).map((d) => d.since);
    for (const s of sinces) expect(parseVersion(s)).toBeDefined();
    for (let i = 1; i < sinces.length; i++) expect(compareVersions(v(sinces[i]!), v(sinces[i - 1]!))).toBeGreaterThan(0);
  });
});

describe('flagStatus and flagDefault', () => {
  it('knows when a flag was removed', () => {
    expect(flagStatus('kube-apiserver', 'insecure-port', v('1.23'))).toBe('deprecated');
    expect(flagStatus('kube-apiserver', 'insecure-port', v('1.24'))).toBe('removed');
    expect(flagStatus('kube-apiserver', 'basic-auth-file', v('1.19'))).toBe('removed');
    expect(flagStatus('kube-apiserver', 'kubelet-https', v('1.21'))).toBe('deprecated');
    expect(flagStatus('kube-apiserver', 'kubelet-https', v('1.22'))).toBe('removed');
    expect(flagStatus('kube-apiserver', 'no-such-flag-in-table', v('1.30'))).toBe('current');
    expect(flagStatus('kube-controller-manager', 'port', v('1.24'))).toBe('removed');
  });

  it('follows defaults that changed', () => {
    expect(flagDefault('kube-apiserver', 'insecure-port', v('1.19'))).toBe('8080');
    expect(flagDefault('kube-apiserver', 'insecure-port', v('1.20'))).toBe('0');
    expect(flagDefault('kube-apiserver', 'insecure-port', v('1.24'))).toBeUndefined();
    expect(flagDefault('kube-controller-manager', 'port', v('1.21'))).toBe('10252');
    expect(flagDefault('kube-controller-manager', 'port', v('1.22'))).toBe('0');
    expect(flagDefault('kube-apiserver', 'anonymous-auth', v('1.30'))).toBe('true');
  });
});

describe('ADMISSION_PLUGINS', () => {
  it('is unique and sorted, with a source per row', () => {
    const names = ADMISSION_PLUGINS.map((p) => p.plugin);
    expect(names).toEqual([...new Set(names)].sort());
    for (const p of ADMISSION_PLUGINS) expect(p.source.length).toBeGreaterThan(10);
  });

  it('turns PodSecurity on by default from 1.23 and removes PodSecurityPolicy in 1.25', () => {
    expect(isDefaultAdmissionPlugin('PodSecurity', v('1.22'))).toBe(false);
    expect(isDefaultAdmissionPlugin('PodSecurity', v('1.23'))).toBe(true);
    expect(isRemovedAdmissionPlugin('PodSecurityPolicy', v('1.24'))).toBe(false);
    expect(isRemovedAdmissionPlugin('PodSecurityPolicy', v('1.25'))).toBe(true);
  });
});

describe('KUBEADM_DEFAULT_FLAGS', () => {
  it('is sorted, unique per window and names a source per row', () => {
    const keys = KUBEADM_DEFAULT_FLAGS.map((r) => `${r.component} ${r.flag}`);
    expect(keys).toEqual([...new Set(keys)].sort());
    for (const r of KUBEADM_DEFAULT_FLAGS) {
      expect(r.source.length).toBeGreaterThan(10);
      if (r.since && r.until) expect(compareVersions(v(r.until), v(r.since))).toBeGreaterThan(0);
    }
  });
});

describe('version facts corrected against upstream', () => {
  it('extends token expiration by default from 1.20, not 1.19', () => {
    expect(flagDefault('kube-apiserver', 'service-account-extend-token-expiration', v('1.19'))).toBe('false');
    expect(flagDefault('kube-apiserver', 'service-account-extend-token-expiration', v('1.20'))).toBe('true');
  });

  it('removes the scheduler insecure flags in 1.24 and knows structured authn/authz from 1.29', () => {
    expect(flagStatus('kube-scheduler', 'address', v('1.23'))).toBe('deprecated');
    expect(flagStatus('kube-scheduler', 'port', v('1.24'))).toBe('removed');
    expect(flagStatus('kube-apiserver', 'authentication-config', v('1.28'))).toBe('not-yet-added');
    expect(flagStatus('kube-apiserver', 'authorization-config', v('1.29'))).toBe('current');
  });

  it('removes DenyEscalatingExec and DenyExecOnPrivileged in 1.21 and PodPreset in 1.20', () => {
    expect(isRemovedAdmissionPlugin('DenyEscalatingExec', v('1.20'))).toBe(false);
    expect(isRemovedAdmissionPlugin('DenyEscalatingExec', v('1.21'))).toBe(true);
    expect(isRemovedAdmissionPlugin('DenyExecOnPrivileged', v('1.21'))).toBe(true);
    expect(isRemovedAdmissionPlugin('PodPreset', v('1.19'))).toBe(false);
    expect(isRemovedAdmissionPlugin('PodPreset', v('1.20'))).toBe(true);
  });
});
