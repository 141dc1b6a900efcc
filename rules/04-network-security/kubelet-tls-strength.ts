import { defineRule, type Path } from '../../src/engine/rule.js';
import { CIPHER_SUITES_SOURCE, cipherStrength, isWeakTlsVersion } from '../../src/k8s/tls.js';
import { kubeletContainerFlags, kubeletExtraArgs, lastFlag, listValue, type ControlPlaneFlag } from '../../src/model/control-plane.js';

type Report = (at: Path, messageId: 'weakVersion' | 'insecureCiphers' | 'weakCiphers', data: Record<string, string>, severity?: 'warning') => void;

/** Judges a minimum version and a list of suites, as written in the flag or the field named `setting`. */
function judge(report: Report, setting: { version: string; ciphers: string }, version: { value: string; at: Path } | undefined, ciphers: { list: string[]; at: Path } | undefined): void {
  if (version && isWeakTlsVersion(version.value)) report(version.at, 'weakVersion', { setting: setting.version, value: version.value });
  if (!ciphers) return;
  const insecure = ciphers.list.filter((s) => cipherStrength(s) === 'insecure');
  const weak = ciphers.list.filter((s) => cipherStrength(s) === 'weak');
  if (insecure.length > 0) report(ciphers.at, 'insecureCiphers', { setting: setting.ciphers, suites: insecure.join(', ') });
  if (weak.length > 0) report(ciphers.at, 'weakCiphers', { setting: setting.ciphers, suites: weak.join(', ') }, 'warning');
}

function checkFlags(report: Report, args: readonly ControlPlaneFlag[]): void {
  const version = lastFlag(args, 'tls-min-version');
  const ciphers = lastFlag(args, 'tls-cipher-suites');
  judge(
    report,
    { version: '--tls-min-version', ciphers: '--tls-cipher-suites' },
    version && { value: version.value.trim(), at: version.path },
    ciphers && { list: listValue(ciphers.value), at: ciphers.path },
  );
}

export default defineRule({
  meta: {
    id: 'kubelet-tls-strength',
    pci: ['4.2', '5.1'],
    requirements: ['2.2.7', '4.2.1'],
    inputs: ['kubelet-config'],
    severity: 'error',
    docs: {
      summary: 'The kubelet must not accept TLS older than 1.2 or weak cipher suites on its API (port 10250).',
      rationale:
        'The kubelet API carries exec, attach, port-forward and log traffic, and the credentials that authorise them. PCI DSS 4.2.1 and 2.2.7 ask for strong cryptography, which excludes ' +
        'TLS 1.0 and 1.1 and cipher suites with known attacks (RC4, 3DES, CBC with SHA-256; errors) or without forward secrecy and authenticated encryption (RSA key exchange, CBC with SHA-1; warnings). ' +
        'Only settings that are written are judged: without `tlsMinVersion` the kubelet leaves the minimum to the Go release it was built with, which pci-lint does not know.',
      fix: 'Set `tlsMinVersion: VersionTLS12` (or VersionTLS13) and limit `tlsCipherSuites` to ECDHE suites with AES-GCM or ChaCha20-Poly1305; the same for `tls-min-version` / `tls-cipher-suites` in kubeadm `nodeRegistration.kubeletExtraArgs`.',
      references: ['CIS Kubernetes Benchmark 4.2.12', CIPHER_SUITES_SOURCE],
    },
    messages: {
      weakVersion: 'The kubelet sets {{setting}} {{value}}: clients may connect with TLS older than 1.2, which is not strong cryptography.',
      insecureCiphers:
        'The kubelet allows cipher suites with known attacks in {{setting}}: {{suites}} (RC4, 3DES or CBC with SHA-256).',
      weakCiphers:
        'The kubelet allows cipher suites without forward secrecy or authenticated encryption in {{setting}}: {{suites}} (RSA key exchange or CBC with SHA-1).',
    },
    fixes: {
      weakVersion: 'Set it to VersionTLS12 or VersionTLS13.',
      insecureCiphers: 'Remove them; keep ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
      weakCiphers: 'Remove them; keep ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      checkFlags((at, messageId, data, severity) => { ctx.report({ at, messageId, data, ...(severity && { severity }) }); }, kubeletExtraArgs(config));
    },
    JoinConfiguration(ctx, config) {
      checkFlags((at, messageId, data, severity) => { ctx.report({ at, messageId, data, ...(severity && { severity }) }); }, kubeletExtraArgs(config));
    },
    // A kubelet a container runs (self-hosted): its command-line flags.
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      if (flags) checkFlags((at, messageId, data, severity) => { ctx.report({ at, messageId, data, ...(severity && { severity }) }); }, flags);
    },
    KubeletConfiguration(ctx, config) {
      const { tlsMinVersion, tlsCipherSuites } = config.value;
      judge(
        (at, messageId, data, severity) => { ctx.report({ at, messageId, data, ...(severity && { severity }) }); },
        { version: 'tlsMinVersion', ciphers: 'tlsCipherSuites' },
        typeof tlsMinVersion === 'string' ? { value: tlsMinVersion.trim(), at: config.pathTo('tlsMinVersion') } : undefined,
        Array.isArray(tlsCipherSuites) ? { list: tlsCipherSuites.filter((s): s is string => typeof s === 'string'), at: config.pathTo('tlsCipherSuites') } : undefined,
      );
    },
  },
});
