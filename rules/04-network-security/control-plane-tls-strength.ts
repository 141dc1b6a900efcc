import { defineRule } from '../../src/engine/rule.js';
import { CIPHER_SUITES_SOURCE, cipherStrength, ETCD_TLS_MIN_VERSION, isWeakTlsVersion, SECURE_SERVING_DEFAULT_MIN_VERSION } from '../../src/k8s/tls.js';

/** The flag naming each component's TLS cipher suites (etcd: etcd.io configuration flags, --cipher-suites). */
const CIPHER_FLAG = { 'kube-apiserver': 'tls-cipher-suites', 'kube-controller-manager': 'tls-cipher-suites', 'kube-scheduler': 'tls-cipher-suites', etcd: 'cipher-suites' } as const;

export default defineRule({
  meta: {
    id: 'control-plane-tls-strength',
    pci: ['4.2', '5.1'],
    requirements: ['2.2.7', '4.2.1'],
    inputs: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'],
    severity: 'error',
    docs: {
      summary: 'kube-apiserver, kube-controller-manager, kube-scheduler and etcd must not accept TLS older than 1.2 or weak cipher suites.',
      rationale:
        'Every administrative request, token and Secret crosses these TLS connections. PCI DSS 4.2.1 and 2.2.7 ask for strong cryptography, which excludes TLS 1.0 and 1.1 and cipher suites with ' +
        'known attacks (RC4, 3DES, CBC with SHA-256: Go\'s insecure list) or without forward secrecy and authenticated encryption (RSA key exchange, CBC with SHA-1, reported as warnings). ' +
        'The Kubernetes components already refuse anything below TLS 1.2 unless `--tls-min-version` lowers it (k8s.io/apiserver secure_serving.go), so only an explicit older version is reported; ' +
        'a cipher list is judged only where it is given (Go\'s defaults are strong). etcd\'s own `--tls-min-version` takes only TLS1.2 or TLS1.3 (default TLS1.2) and refuses to start with anything ' +
        'else, so for etcd only `--cipher-suites` is judged.',
      fix: 'Drop `--tls-min-version=VersionTLS10/11` (or set VersionTLS12 or VersionTLS13), and limit `--tls-cipher-suites` (etcd: `--cipher-suites`) to ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
      references: ['CIS Kubernetes Benchmark 1.2.30, 2.x (etcd cipher suites)', SECURE_SERVING_DEFAULT_MIN_VERSION.source, ETCD_TLS_MIN_VERSION.source, CIPHER_SUITES_SOURCE],
    },
    messages: {
      weakVersion:
        '{{component}} sets --tls-min-version={{value}}: clients may connect with TLS older than 1.2, which is not strong cryptography.',
      insecureCiphers:
        '{{component}} allows cipher suites with known attacks in --{{flag}}: {{suites}} (RC4, 3DES or CBC with SHA-256).',
      weakCiphers:
        '{{component}} allows cipher suites without forward secrecy or authenticated encryption in --{{flag}}: {{suites}} (RSA key exchange or CBC with SHA-1).',
    },
    fixes: {
      weakVersion: 'Set --tls-min-version=VersionTLS12 (or VersionTLS13), or remove the flag.',
      insecureCiphers: 'Remove them; keep ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
      weakCiphers: 'Remove them; keep ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      const component = node.component;
      // etcd's --tls-min-version cannot go below TLS 1.2 (ETCD_TLS_MIN_VERSION).
      if (component !== 'etcd') {
        const version = node.flag('tls-min-version');
        if (version && isWeakTlsVersion(version.value.trim())) ctx.report({ at: version.path, messageId: 'weakVersion', data: { component, value: version.value.trim() } });
      }
      const flag = CIPHER_FLAG[component];
      const ciphers = node.flag(flag);
      if (!ciphers) return;
      const suites = node.list(flag);
      const insecure = suites.filter((s) => cipherStrength(s) === 'insecure');
      const weak = suites.filter((s) => cipherStrength(s) === 'weak');
      if (insecure.length > 0) ctx.report({ at: ciphers.path, messageId: 'insecureCiphers', data: { component, flag, suites: insecure.join(', ') } });
      if (weak.length > 0) ctx.report({ at: ciphers.path, messageId: 'weakCiphers', data: { component, flag, suites: weak.join(', ') }, severity: 'warning' });
    },
  },
});
