/**
 * TLS settings of the Kubernetes components and etcd: the version names their flags take, and how strong each
 * cipher suite name is. Names are Go's crypto/tls constant names, which component-base (cli/flag/ciphersuites_flag.go)
 * and etcd (client/pkg/tlsutil/cipher_suites.go) accept.
 */
/** `--tls-min-version` / `tlsMinVersion` values (component-base cli/flag/ciphersuites_flag.go TLSVersion), oldest first. */
export declare const TLS_VERSIONS: readonly ["VersionTLS10", "VersionTLS11", "VersionTLS12", "VersionTLS13"];
/** The oldest version PCI DSS accepts as strong cryptography (TLS 1.0 and early TLS are not; 1.1 has neither AEAD nor SHA-2 PRF). */
export declare const MIN_STRONG_TLS_VERSION = "VersionTLS12";
/**
 * What kube-apiserver, kube-controller-manager and kube-scheduler use without --tls-min-version: k8s.io/apiserver
 * pkg/server/secure_serving.go tlsConfig starts from MinVersion tls.VersionTLS12 and only overrides it when the
 * flag is set. The kubelet does not share this default (it leaves MinVersion to Go), so no default is claimed for it.
 */
export declare const SECURE_SERVING_DEFAULT_MIN_VERSION: {
    readonly value: "VersionTLS12";
    readonly source: "kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/server/secure_serving.go (tlsConfig: MinVersion tls.VersionTLS12; \"Can't use TLSv1.0 because of POODLE and BEAST using CBC cipher\")";
};
/**
 * etcd's `--tls-min-version` (listed by etcd v3.5.10's --help; the exact 3.5 patch release that added it is not recorded here) takes only TLS1.2 or TLS1.3 and defaults to TLS1.2; any
 * other value stops etcd at start-up, and before the flag existed etcd's listeners required TLS 1.2. So etcd
 * cannot be configured below TLS 1.2 and only its `--cipher-suites` are judged.
 */
export declare const ETCD_TLS_MIN_VERSION: {
    readonly values: readonly ["TLS1.2", "TLS1.3"];
    readonly default: "TLS1.2";
    readonly source: "etcd-io/etcd client/pkg/tlsutil (GetTLSVersion: TLS1.2, TLS1.3 or empty; anything else is an error); etcd --help (--tls-min-version 'TLS1.2': \"Possible values: TLS1.2, TLS1.3\")";
};
export type CipherStrength = 'insecure' | 'weak' | 'strong' | 'unknown';
export declare const CIPHER_SUITES_SOURCE: string;
/** How strong a cipher suite is: insecure (known attacks), weak (no forward secrecy or no AEAD), strong, or a name Go does not know. */
export declare function cipherStrength(name: string): CipherStrength;
/** True when the version name is older than TLS 1.2. Unknown names are not judged (the component refuses them at start-up). */
export declare function isWeakTlsVersion(name: string): boolean;
