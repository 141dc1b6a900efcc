/**
 * Version facts about the configuration files the kube-apiserver reads (audit policy, encryption
 * configuration, structured authentication). Each fact names its source (../shared/k8s-versions.md §1, §5, §6).
 */

export interface VersionedFact {
  /** First release where the fact holds. */
  readonly since: string;
  readonly source: string;
}

/** Audit Policy API versions that are going away: deprecated in `deprecated`, not loadable from `removed`. */
export const AUDIT_POLICY_API_VERSIONS: readonly { apiVersion: string; deprecated: string; removed: string; source: string }[] = [
  { apiVersion: 'audit.k8s.io/v1alpha1', deprecated: '1.21', removed: '1.24', source: 'kubernetes/kubernetes PR #98858 (deprecated 1.21), PR #108092 (removed 1.24)' },
  { apiVersion: 'audit.k8s.io/v1beta1', deprecated: '1.21', removed: '1.24', source: 'kubernetes/kubernetes PR #98858 (deprecated 1.21), PR #108092 (removed 1.24)' },
];

/** KMS v1 encryption providers: deprecated, then off unless the KMSv1 feature gate is turned back on. */
export const KMS_V1_DEPRECATED: VersionedFact = { since: '1.28', source: 'kubernetes/kubernetes PR #119007 (KMSv1 gate deprecated in 1.28)' };
export const KMS_V1_DISABLED_BY_DEFAULT: VersionedFact = {
  since: '1.29',
  source: 'kubernetes/kubernetes PR #121485 (KMSv1 feature gate defaults to false in 1.29; KMS v2 GA)',
};

/** Wildcards `*.*` and `*.<group>` in EncryptionConfiguration `resources`. */
export const ENCRYPTION_WILDCARDS: VersionedFact = {
  since: '1.27',
  source: 'kubernetes/kubernetes PR #115149 ("Allow encryption for all resources", merged for 1.27); kubernetes.io encrypt-data task',
};

/**
 * `anonymous:` in AuthenticationConfiguration: honoured by default from `since` (gate AnonymousAuthConfigurableEndpoints
 * beta and on), from `alphaSince` only with the gate turned on.
 */
export const AUTHN_CONFIG_ANONYMOUS: VersionedFact & { readonly alphaSince: string; readonly gate: string } = {
  since: '1.32',
  alphaSince: '1.31',
  gate: 'AnonymousAuthConfigurableEndpoints',
  source:
    'kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-authenticator-configuration (KEP-4633: alpha 1.31, beta 1.32, GA 1.34); kubernetes/kubernetes PR #127009 (beta, on by default)',
};

/** Paths the health checks of kubelets and load balancers need without credentials. */
export const HEALTH_PATHS: readonly string[] = ['/healthz', '/livez', '/readyz'];

/** Key lengths (decoded bytes) each local-key provider accepts. */
export const ENCRYPTION_KEY_BYTES: Readonly<Record<'aescbc' | 'aesgcm' | 'secretbox', readonly number[]>> = {
  // AES accepts 128-, 192- and 256-bit keys (crypto/aes.NewCipher); the docs recommend 32 bytes.
  aescbc: [16, 24, 32],
  aesgcm: [16, 24, 32],
  // staging/src/k8s.io/apiserver/pkg/server/options/encryptionconfig: secretbox keys must be exactly 32 bytes.
  secretbox: [32],
};

/** Entries of EncryptionConfiguration `resources[].resources` that include Secrets on the target. */
export function encryptionResourcesCoverSecrets(resources: readonly unknown[], wildcards: boolean): boolean {
  return resources.some((r) => r === 'secrets' || (wildcards && (r === '*.*' || r === '*.')));
}

/**
 * How the kube-apiserver rotates its audit log file: with lumberjack (staging/src/k8s.io/apiserver/pkg/server/options/audit.go
 * getWriter builds a lumberjack.Logger from --audit-log-maxage/-maxbackup/-maxsize whenever --audit-log-path is a file).
 * lumberjack's documented defaults (natefinch/lumberjack lumberjack.go, Logger fields): MaxSize 0 means 100 megabytes;
 * MaxBackups 0 retains all old files; MaxAge 0 removes no file by age.
 */
export const AUDIT_LOG_ROTATION = { defaultMaxSizeMB: 100, source: 'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/server/options/audit.go; natefinch/lumberjack lumberjack.go' } as const;
