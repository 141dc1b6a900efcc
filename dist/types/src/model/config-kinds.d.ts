/**
 * TypeScript shapes of the component configuration kinds pci-lint reads from files. kubernetes-types has
 * no types for these; fields follow the upstream Go types (kubelet.config.k8s.io/v1beta1 KubeletConfiguration,
 * audit.k8s.io/v1 Policy, apiserver.config.k8s.io/v1 EncryptionConfiguration and AuthenticationConfiguration,
 * kubeadm.k8s.io/v1beta3+v1beta4 ClusterConfiguration). Only fields that rules read are spelled out; every
 * field is optional because the files are unvalidated input.
 */
interface TypeMeta {
    apiVersion?: string;
    kind?: string;
}
/** kubelet.config.k8s.io/v1beta1 KubeletConfiguration (pkg/kubelet/apis/config/v1beta1). */
export interface KubeletConfiguration extends TypeMeta {
    authentication?: {
        anonymous?: {
            enabled?: boolean;
        };
        webhook?: {
            enabled?: boolean;
            cacheTTL?: string;
        };
        x509?: {
            clientCAFile?: string;
        };
    };
    authorization?: {
        mode?: string;
        webhook?: {
            cacheAuthorizedTTL?: string;
            cacheUnauthorizedTTL?: string;
        };
    };
    readOnlyPort?: number;
    rotateCertificates?: boolean;
    serverTLSBootstrap?: boolean;
    protectKernelDefaults?: boolean;
    tlsCertFile?: string;
    tlsPrivateKeyFile?: string;
    tlsMinVersion?: string;
    tlsCipherSuites?: string[];
    staticPodPath?: string;
    featureGates?: Record<string, boolean>;
    [field: string]: unknown;
}
/** One audit.k8s.io GroupResources selector. */
export interface AuditGroupResources {
    group?: string;
    resources?: string[];
    resourceNames?: string[];
}
export type AuditLevel = 'None' | 'Metadata' | 'Request' | 'RequestResponse';
export type AuditStage = 'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic';
/** audit.k8s.io PolicyRule. */
export interface AuditPolicyRule {
    /** One of {@link AuditLevel}; kept as string because the file is unvalidated input. */
    level?: string;
    users?: string[];
    userGroups?: string[];
    verbs?: string[];
    resources?: AuditGroupResources[];
    namespaces?: string[];
    nonResourceURLs?: string[];
    /** Values of {@link AuditStage}. */
    omitStages?: string[];
    omitManagedFields?: boolean;
}
/** audit.k8s.io/v1 Policy (staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go). */
export interface AuditPolicy extends TypeMeta {
    rules?: AuditPolicyRule[];
    /** Values of {@link AuditStage}. */
    omitStages?: string[];
    omitManagedFields?: boolean;
}
export interface EncryptionKey {
    name?: string;
    secret?: string;
}
/** One provider entry: exactly one of its keys is set. */
export interface EncryptionProvider {
    identity?: Record<string, never>;
    aescbc?: {
        keys?: EncryptionKey[];
    };
    aesgcm?: {
        keys?: EncryptionKey[];
    };
    secretbox?: {
        keys?: EncryptionKey[];
    };
    kms?: {
        apiVersion?: string;
        name?: string;
        endpoint?: string;
        cachesize?: number;
        timeout?: string;
    };
}
/** apiserver.config.k8s.io/v1 EncryptionConfiguration (staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types_encryption.go). */
export interface EncryptionConfiguration extends TypeMeta {
    resources?: {
        resources?: string[];
        providers?: EncryptionProvider[];
    }[];
}
/** apiserver.config.k8s.io AuthenticationConfiguration (v1alpha1 1.29, v1beta1 1.30, v1 1.34). */
export interface AuthenticationConfiguration extends TypeMeta {
    jwt?: {
        issuer?: {
            url?: string;
            audiences?: string[];
        };
        claimMappings?: unknown;
    }[];
    anonymous?: {
        enabled?: boolean;
        conditions?: {
            path?: string;
        }[];
    };
}
/** apiserver.config.k8s.io AuthorizationConfiguration (--authorization-config; v1alpha1 1.29, v1beta1 1.30, v1 1.32). */
export interface AuthorizationConfiguration extends TypeMeta {
    authorizers?: {
        type?: string;
        name?: string;
        webhook?: unknown;
    }[];
}
/**
 * kubescheduler.config.k8s.io KubeSchedulerConfiguration (--config; v1beta1 1.19 … v1 1.25). Its debugging
 * fields are inline (component-base DebuggingConfiguration).
 */
export interface KubeSchedulerConfiguration extends TypeMeta {
    enableProfiling?: boolean;
    enableContentionProfiling?: boolean;
    [field: string]: unknown;
}
/** kubeadm.k8s.io ClusterConfiguration (v1beta3 extraArgs map; v1beta4 list of {name, value}). */
export type KubeadmExtraArgs = Record<string, string> | {
    name?: string;
    value?: string;
}[];
export interface KubeadmClusterConfiguration extends TypeMeta {
    kubernetesVersion?: string;
    apiServer?: {
        extraArgs?: KubeadmExtraArgs;
        [field: string]: unknown;
    };
    controllerManager?: {
        extraArgs?: KubeadmExtraArgs;
        [field: string]: unknown;
    };
    scheduler?: {
        extraArgs?: KubeadmExtraArgs;
        [field: string]: unknown;
    };
    etcd?: {
        local?: {
            extraArgs?: KubeadmExtraArgs;
            [field: string]: unknown;
        };
        external?: unknown;
    };
    [field: string]: unknown;
}
/** True when an audit rule matches every request: it has no user, group, verb, resource, namespace or URL selector. */
export declare function isCatchAllAuditRule(rule: AuditPolicyRule): boolean;
/** kubeadm.k8s.io InitConfiguration and JoinConfiguration: the node's kubelet flags live in nodeRegistration. */
export interface KubeadmNodeConfiguration extends TypeMeta {
    nodeRegistration?: {
        name?: string;
        kubeletExtraArgs?: KubeadmExtraArgs;
        [field: string]: unknown;
    };
    [field: string]: unknown;
}
export {};
