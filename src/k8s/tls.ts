/**
 * TLS settings of the Kubernetes components and etcd: the version names their flags take, and how strong each
 * cipher suite name is. Names are Go's crypto/tls constant names, which component-base (cli/flag/ciphersuites_flag.go)
 * and etcd (client/pkg/tlsutil/cipher_suites.go) accept.
 */

/** `--tls-min-version` / `tlsMinVersion` values (component-base cli/flag/ciphersuites_flag.go TLSVersion), oldest first. */
export const TLS_VERSIONS = ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'] as const;

/** The oldest version PCI DSS accepts as strong cryptography (TLS 1.0 and early TLS are not; 1.1 has neither AEAD nor SHA-2 PRF). */
export const MIN_STRONG_TLS_VERSION = 'VersionTLS12';

/**
 * What kube-apiserver, kube-controller-manager and kube-scheduler use without --tls-min-version: k8s.io/apiserver
 * pkg/server/secure_serving.go tlsConfig starts from MinVersion tls.VersionTLS12 and only overrides it when the
 * flag is set. The kubelet does not share this default (it leaves MinVersion to Go), so no default is claimed for it.
 */
export const SECURE_SERVING_DEFAULT_MIN_VERSION = {
  value: 'VersionTLS12',
  source: 'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/server/secure_serving.go (tlsConfig: MinVersion tls.VersionTLS12; "Can\'t use TLSv1.0 because of POODLE and BEAST using CBC cipher")',
} as const;

/**
 * etcd's `--tls-min-version` (listed by etcd v3.5.10's --help; the exact 3.5 patch release that added it is not recorded here) takes only TLS1.2 or TLS1.3 and defaults to TLS1.2; any
 * other value stops etcd at start-up, and before the flag existed etcd's listeners required TLS 1.2. So etcd
 * cannot be configured below TLS 1.2 and only its `--cipher-suites` are judged.
 */
export const ETCD_TLS_MIN_VERSION = {
  values: ['TLS1.2', 'TLS1.3'],
  default: 'TLS1.2',
  source: 'etcd-io/etcd client/pkg/tlsutil (GetTLSVersion: TLS1.2, TLS1.3 or empty; anything else is an error); etcd --help (--tls-min-version \'TLS1.2\': "Possible values: TLS1.2, TLS1.3")',
} as const;

export type CipherStrength = 'insecure' | 'weak' | 'strong' | 'unknown';

/**
 * Go's tls.InsecureCipherSuites() (RC4, 3DES, CBC with SHA-256 HMAC: known attacks) in crypto/tls/cipher_suites.go.
 * component-base warns about these at start-up (cli/flag.InsecureTLSCiphers).
 */
const INSECURE = new Set([
  'TLS_RSA_WITH_RC4_128_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA',
  'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
  'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
]);

/** Go's other suites: RSA key exchange (no forward secrecy) or CBC with SHA-1. */
const WEAK = new Set([
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
]);

/** ECDHE key exchange with an AEAD cipher, or a TLS 1.3 suite: the suites CIS Kubernetes 1.2.x/4.2.x lists as strong. */
const STRONG = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
]);

export const CIPHER_SUITES_SOURCE =
  'golang/go src/crypto/tls/cipher_suites.go (InsecureCipherSuites: RC4, 3DES, CBC-SHA256); CIS Kubernetes Benchmark 1.2.30 / 4.2.12 (strong list: ECDHE with AES-GCM or ChaCha20-Poly1305); ' +
  'RSA key exchange and CBC-SHA1 suites lack forward secrecy or AEAD and are reported as weak';

/** How strong a cipher suite is: insecure (known attacks), weak (no forward secrecy or no AEAD), strong, or a name Go does not know. */
export function cipherStrength(name: string): CipherStrength {
  if (INSECURE.has(name)) return 'insecure';
  if (WEAK.has(name)) return 'weak';
  return STRONG.has(name) ? 'strong' : 'unknown';
}

/** True when the version name is older than TLS 1.2. Unknown names are not judged (the component refuses them at start-up). */
export function isWeakTlsVersion(name: string): boolean {
  const index = TLS_VERSIONS.indexOf(name as (typeof TLS_VERSIONS)[number]);
  return index !== -1 && index < TLS_VERSIONS.indexOf(MIN_STRONG_TLS_VERSION);
}
