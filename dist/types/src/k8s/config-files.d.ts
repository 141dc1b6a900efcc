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
export declare const AUDIT_POLICY_API_VERSIONS: readonly {
    apiVersion: string;
    deprecated: string;
    removed: string;
    source: string;
}[];
/** KMS v1 encryption providers: deprecated, then off unless the KMSv1 feature gate is turned back on. */
export declare const KMS_V1_DEPRECATED: VersionedFact;
export declare const KMS_V1_DISABLED_BY_DEFAULT: VersionedFact;
/** Wildcards `*.*` and `*.<group>` in EncryptionConfiguration `resources`. */
export declare const ENCRYPTION_WILDCARDS: VersionedFact;
/**
 * `anonymous:` in AuthenticationConfiguration: honoured by default from `since` (gate AnonymousAuthConfigurableEndpoints
 * beta and on), from `alphaSince` only with the gate turned on.
 */
export declare const AUTHN_CONFIG_ANONYMOUS: VersionedFact & {
    readonly alphaSince: string;
    readonly gate: string;
};
/** Paths the health checks of kubelets and load balancers need without credentials. */
export declare const HEALTH_PATHS: readonly string[];
/** Key lengths (decoded bytes) each local-key provider accepts. */
export declare const ENCRYPTION_KEY_BYTES: Readonly<Record<'aescbc' | 'aesgcm' | 'secretbox', readonly number[]>>;
/** Entries of EncryptionConfiguration `resources[].resources` that include Secrets on the target. */
export declare function encryptionResourcesCoverSecrets(resources: readonly unknown[], wildcards: boolean): boolean;
/**
 * How the kube-apiserver rotates its audit log file: with lumberjack (staging/src/k8s.io/apiserver/pkg/server/options/audit.go
 * getWriter builds a lumberjack.Logger from --audit-log-maxage/-maxbackup/-maxsize whenever --audit-log-path is a file).
 * lumberjack's documented defaults (natefinch/lumberjack lumberjack.go, Logger fields): MaxSize 0 means 100 megabytes;
 * MaxBackups 0 retains all old files; MaxAge 0 removes no file by age.
 */
export declare const AUDIT_LOG_ROTATION: {
    readonly defaultMaxSizeMB: 100;
    readonly source: "kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/server/options/audit.go; natefinch/lumberjack lumberjack.go";
};
