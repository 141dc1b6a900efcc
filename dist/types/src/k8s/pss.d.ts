/**
 * Pod Security Standards as pod-security-admission (PSA) implements them: one entry per upstream check, each
 * a list of versioned implementations `{ minimumVersion, ... }` in strictly increasing order. An
 * implementation applies from its minimumVersion up to the next one's; the last one applies to every later
 * policy version. A restricted implementation may `override` baseline checks: at the restricted level the
 * overridden baseline check does not run at that version (PSA policy/registry.go, populate()).
 *
 * Source of every row: kubernetes/pod-security-admission (= kubernetes/kubernetes
 * staging/src/k8s.io/pod-security-admission) policy/check_*.go at commit 8f84a87 (read 2026-11-24).
 * Where upstream patched an implementation in place (AppArmor fields in the 1.0 check, `image` volumes in
 * restrictedVolumes 1.0), the table follows the newest upstream code, as a current API server does.
 */
import { type K8sVersion } from './versions.js';
export type PssLevel = 'baseline' | 'restricted';
export interface PssVersionedCheck {
    /** First policy version (`1.25`) this implementation applies to. */
    readonly minimumVersion: string;
    /** Baseline check ids this restricted implementation replaces at the restricted level. */
    readonly overrides?: readonly string[];
}
export interface PssCheck<V extends PssVersionedCheck = PssVersionedCheck> {
    /** The upstream check id (`hostNamespaces`, `capabilities_restricted`). */
    readonly id: string;
    readonly level: PssLevel;
    readonly versions: readonly V[];
}
export declare const PSS_CHECKS: {
    readonly hostNamespaces: {
        readonly id: "hostNamespaces";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
        }];
    };
    readonly privileged: {
        readonly id: "privileged";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
        }];
    };
    readonly capabilitiesBaseline: {
        readonly id: "capabilities_baseline";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly allowedCapabilities: readonly ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"];
        }];
    };
    readonly hostPathVolumes: {
        readonly id: "hostPathVolumes";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
        }];
    };
    readonly hostPorts: {
        readonly id: "hostPorts";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
        }];
    };
    readonly appArmorProfile: {
        readonly id: "appArmorProfile";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly allowedTypes: readonly ["RuntimeDefault", "Localhost"];
            readonly annotationPrefix: "container.apparmor.security.beta.kubernetes.io/";
            readonly allowedAnnotationValues: readonly ["", "runtime/default"];
            readonly allowedAnnotationValuePrefix: "localhost/";
        }];
    };
    readonly seLinuxOptions: {
        readonly id: "seLinuxOptions";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly allowedTypes: string[];
        }, {
            readonly minimumVersion: "1.31";
            readonly allowedTypes: string[];
        }];
    };
    readonly procMount: {
        readonly id: "procMount";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly relaxForUserNamespace: false;
        }, {
            readonly minimumVersion: "1.35";
            readonly relaxForUserNamespace: true;
        }];
    };
    readonly seccompBaseline: {
        readonly id: "seccompProfile_baseline";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly source: "annotations";
            readonly podAnnotation: "seccomp.security.alpha.kubernetes.io/pod";
            readonly containerAnnotationPrefix: "container.seccomp.security.alpha.kubernetes.io/";
            readonly allowedAnnotationValues: readonly ["runtime/default", "docker/default"];
            readonly allowedAnnotationValuePrefix: "localhost/";
        }, {
            readonly minimumVersion: "1.19";
            readonly source: "fields";
            readonly allowedTypes: readonly ["RuntimeDefault", "Localhost"];
        }];
    };
    readonly sysctls: {
        readonly id: "sysctls";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly allowedSysctls: string[];
        }, {
            readonly minimumVersion: "1.27";
            readonly allowedSysctls: string[];
        }, {
            readonly minimumVersion: "1.29";
            readonly allowedSysctls: string[];
        }, {
            readonly minimumVersion: "1.32";
            readonly allowedSysctls: string[];
        }, {
            readonly minimumVersion: "1.37";
            readonly allowedSysctls: string[];
        }];
    };
    readonly windowsHostProcess: {
        readonly id: "windowsHostProcess";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
        }];
    };
    readonly hostProbesAndHostLifecycle: {
        readonly id: "hostProbesAndHostLifecycle";
        readonly level: "baseline";
        readonly versions: readonly [{
            readonly minimumVersion: "1.34";
        }];
    };
    readonly restrictedVolumes: {
        readonly id: "restrictedVolumes";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly overrides: readonly ["hostPathVolumes"];
            readonly allowedSources: readonly ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"];
            readonly forbiddenSources: readonly ["hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos"];
        }];
    };
    readonly allowPrivilegeEscalation: {
        readonly id: "allowPrivilegeEscalation";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.8";
            readonly exemptWindows: false;
        }, {
            readonly minimumVersion: "1.25";
            readonly exemptWindows: true;
        }];
    };
    readonly runAsNonRoot: {
        readonly id: "runAsNonRoot";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.0";
            readonly relaxForUserNamespace: false;
        }, {
            readonly minimumVersion: "1.35";
            readonly relaxForUserNamespace: true;
        }];
    };
    readonly runAsUser: {
        readonly id: "runAsUser";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.23";
            readonly relaxForUserNamespace: false;
        }, {
            readonly minimumVersion: "1.35";
            readonly relaxForUserNamespace: true;
        }];
    };
    readonly seccompRestricted: {
        readonly id: "seccompProfile_restricted";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.19";
            readonly overrides: readonly ["seccompProfile_baseline"];
            readonly exemptWindows: false;
            readonly allowedTypes: readonly ["RuntimeDefault", "Localhost"];
        }, {
            readonly minimumVersion: "1.25";
            readonly overrides: readonly ["seccompProfile_baseline"];
            readonly exemptWindows: true;
            readonly allowedTypes: readonly ["RuntimeDefault", "Localhost"];
        }];
    };
    readonly capabilitiesRestricted: {
        readonly id: "capabilities_restricted";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.22";
            readonly overrides: readonly ["capabilities_baseline"];
            readonly exemptWindows: false;
            readonly allowedAdd: readonly ["NET_BIND_SERVICE"];
        }, {
            readonly minimumVersion: "1.25";
            readonly overrides: readonly ["capabilities_baseline"];
            readonly exemptWindows: true;
            readonly allowedAdd: readonly ["NET_BIND_SERVICE"];
        }];
    };
    readonly procMountRestricted: {
        readonly id: "procMount_restricted";
        readonly level: "restricted";
        readonly versions: readonly [{
            readonly minimumVersion: "1.35";
            readonly overrides: readonly ["procMount"];
        }];
    };
};
export type PssCheckKey = keyof typeof PSS_CHECKS;
/** Every check, for tests and docs. */
export declare const ALL_PSS_CHECKS: readonly PssCheck[];
/** The newest policy version any check defines; newer requested versions evaluate as this one (registry.go maxVersion). */
export declare const NEWEST_PSS_VERSION: K8sVersion;
/** The level and policy version the PSS rules evaluate. */
export interface PssPolicy {
    readonly level: PssLevel;
    readonly version: K8sVersion;
}
/** The settings PSS rules read (a structural subset of the engine's SharedSettings). */
export interface PssSettings {
    readonly pssLevel?: string;
    readonly pssVersion?: string;
}
/**
 * The policy to evaluate: level from `pssLevel` (default restricted); version from `pssVersion` (`1.25`,
 * `v1.25` or `latest`) or else the target, clamped to the newest version upstream defines.
 */
export declare function resolvePssPolicy(settings: PssSettings, target: K8sVersion): PssPolicy;
/**
 * The implementation of a check that runs under a policy, or undefined when it does not run: a restricted
 * check under the baseline level, a policy version older than the check, or a baseline check a restricted
 * implementation overrides at that version.
 */
export declare function pssImplementation<V extends PssVersionedCheck>(check: PssCheck<V>, policy: PssPolicy): V | undefined;
/** `v1.25` style, as PSA prints versions. */
export declare function formatPssVersion(v: K8sVersion): string;
/** Namespace labels that configure PSA (api/constants.go EnforceLevelLabel, EnforceVersionLabel). */
export declare const PSS_NAMESPACE_LABELS: {
    readonly enforce: "pod-security.kubernetes.io/enforce";
    readonly enforceVersion: "pod-security.kubernetes.io/enforce-version";
};
/** Levels from weakest to strongest (api/helpers.go CompareLevels; api/constants.go validLevels). */
export declare const PSS_LEVEL_ORDER: readonly ["privileged", "baseline", "restricted"];
/**
 * A namespace `*-version` label value as PSA parses it (api/helpers.go ParseVersion): `latest`, or `v1.<minor>`
 * exactly (no patch, no missing `v`). Undefined when PSA rejects the value.
 */
export declare function parsePssVersionLabel(value: string): K8sVersion | 'latest' | undefined;
/**
 * The PodSecurity admission plugin's own configuration (PodSecurityConfiguration, inline in the AdmissionConfiguration
 * that `--admission-control-config-file` names, or in a file its plugin entry's `path` names): cluster-wide defaults
 * for namespaces without a mode label, and exemptions by username, runtime class and namespace.
 */
export declare const PSA_CONFIGURATION: {
    readonly group: "pod-security.admission.config.k8s.io";
    /** Pod Security Admission exists (alpha, gate PodSecurity) from `since`; on by default from `onByDefaultSince`. */
    readonly since: "1.22";
    readonly onByDefaultSince: "1.23";
    /** API versions of PodSecurityConfiguration and the first release that reads each. */
    readonly apiVersions: {
        readonly v1alpha1: "1.22";
        readonly v1beta1: "1.23";
        readonly v1: "1.25";
    };
    /** What `defaults.enforce` is when the file (or the whole configuration) leaves it out. */
    readonly defaultEnforce: "privileged";
    readonly source: string;
};
