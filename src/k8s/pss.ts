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
import { compareVersions, formatVersion, parseVersion, type K8sVersion } from './versions.js';

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

/** Capabilities a baseline container may add: the container runtime's default set (check_capabilities_baseline.go). */
const BASELINE_CAPABILITIES = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
] as const;

// check_sysctls.go: sysctlsAllowedV1Dot0 and the sets each later version adds.
const SYSCTLS_1_0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [...SYSCTLS_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS_1_37 = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

// check_seLinuxOptions.go: selinuxAllowedTypes1_0 / selinuxAllowedTypes1_31 ("" = unset type).
const SELINUX_TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, 'container_engine_t'];

export const PSS_CHECKS = {
  // check_hostNamespaces.go, check "hostNamespaces": spec.hostNetwork/hostPID/hostIPC must be unset or false.
  hostNamespaces: { id: 'hostNamespaces', level: 'baseline', versions: [{ minimumVersion: '1.0' }] },
  // check_privileged.go, check "privileged": securityContext.privileged must be unset or false.
  privileged: { id: 'privileged', level: 'baseline', versions: [{ minimumVersion: '1.0' }] },
  // check_capabilities_baseline.go, check "capabilities_baseline": capabilities.add within the default set.
  capabilitiesBaseline: {
    id: 'capabilities_baseline',
    level: 'baseline',
    versions: [{ minimumVersion: '1.0', allowedCapabilities: BASELINE_CAPABILITIES }],
  },
  // check_hostPathVolumes.go, check "hostPathVolumes": no volume may set hostPath.
  hostPathVolumes: { id: 'hostPathVolumes', level: 'baseline', versions: [{ minimumVersion: '1.0' }] },
  // check_hostPorts.go, check "hostPorts": ports[*].hostPort must be unset or 0.
  hostPorts: { id: 'hostPorts', level: 'baseline', versions: [{ minimumVersion: '1.0' }] },
  // check_appArmorProfile.go, check "appArmorProfile": field types and beta annotation values.
  appArmorProfile: {
    id: 'appArmorProfile',
    level: 'baseline',
    versions: [
      {
        minimumVersion: '1.0',
        allowedTypes: ['RuntimeDefault', 'Localhost'],
        annotationPrefix: 'container.apparmor.security.beta.kubernetes.io/',
        // allowedAnnotationValue(): empty, runtime/default, or localhost/<profile>.
        allowedAnnotationValues: ['', 'runtime/default'],
        allowedAnnotationValuePrefix: 'localhost/',
      },
    ],
  },
  // check_seLinuxOptions.go, check "seLinuxOptions": type within the allowed set; user and role empty.
  seLinuxOptions: {
    id: 'seLinuxOptions',
    level: 'baseline',
    versions: [
      { minimumVersion: '1.0', allowedTypes: SELINUX_TYPES_1_0 },
      { minimumVersion: '1.31', allowedTypes: SELINUX_TYPES_1_31 },
    ],
  },
  // check_procMount_baseline.go, check "procMount": procMount unset or Default; from 1.35 any value when hostUsers is false.
  procMount: {
    id: 'procMount',
    level: 'baseline',
    versions: [
      { minimumVersion: '1.0', relaxForUserNamespace: false },
      { minimumVersion: '1.35', relaxForUserNamespace: true },
    ],
  },
  // check_seccompProfile_baseline.go, check "seccompProfile_baseline": 1.0 reads the alpha annotations,
  // 1.19 the seccompProfile fields.
  seccompBaseline: {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    versions: [
      {
        minimumVersion: '1.0',
        source: 'annotations',
        podAnnotation: 'seccomp.security.alpha.kubernetes.io/pod',
        containerAnnotationPrefix: 'container.seccomp.security.alpha.kubernetes.io/',
        // validSeccompAnnotationValue(): runtime/default, docker/default or localhost/<profile> (not empty).
        allowedAnnotationValues: ['runtime/default', 'docker/default'],
        allowedAnnotationValuePrefix: 'localhost/',
      },
      {
        minimumVersion: '1.19',
        source: 'fields',
        // validSeccomp(): Localhost or RuntimeDefault.
        allowedTypes: ['RuntimeDefault', 'Localhost'],
      },
    ],
  },
  // check_sysctls.go, check "sysctls": spec.securityContext.sysctls[*].name within the safe set.
  sysctls: {
    id: 'sysctls',
    level: 'baseline',
    versions: [
      { minimumVersion: '1.0', allowedSysctls: SYSCTLS_1_0 },
      { minimumVersion: '1.27', allowedSysctls: SYSCTLS_1_27 },
      { minimumVersion: '1.29', allowedSysctls: SYSCTLS_1_29 },
      { minimumVersion: '1.32', allowedSysctls: SYSCTLS_1_32 },
      { minimumVersion: '1.37', allowedSysctls: SYSCTLS_1_37 },
    ],
  },
  // check_windowsHostProcess.go, check "windowsHostProcess": windowsOptions.hostProcess unset or false.
  windowsHostProcess: { id: 'windowsHostProcess', level: 'baseline', versions: [{ minimumVersion: '1.0' }] },
  // check_hostProbesAndhostLifecycle.go, check "hostProbesAndHostLifecycle": probe and lifecycle handlers
  // must not set httpGet.host or tcpSocket.host (from 1.34).
  hostProbesAndHostLifecycle: { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ minimumVersion: '1.34' }] },

  // check_restrictedVolumes.go, check "restrictedVolumes": only the listed inline volume sources.
  restrictedVolumes: {
    id: 'restrictedVolumes',
    level: 'restricted',
    versions: [
      {
        minimumVersion: '1.0',
        overrides: ['hostPathVolumes'],
        allowedSources: ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'],
        // The order restrictedVolumes_1_0 names a forbidden source in; anything else is "unknown".
        forbiddenSources: [
          'hostPath',
          'gcePersistentDisk',
          'awsElasticBlockStore',
          'gitRepo',
          'nfs',
          'iscsi',
          'glusterfs',
          'rbd',
          'flexVolume',
          'cinder',
          'cephfs',
          'flocker',
          'fc',
          'azureFile',
          'vsphereVolume',
          'quobyte',
          'azureDisk',
          'photonPersistentDisk',
          'portworxVolume',
          'scaleIO',
          'storageos',
        ],
      },
    ],
  },
  // check_allowPrivilegeEscalation.go, check "allowPrivilegeEscalation": must be false on every container
  // (from 1.8); from 1.25 pods with spec.os.name windows are exempt.
  allowPrivilegeEscalation: {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    versions: [
      { minimumVersion: '1.8', exemptWindows: false },
      { minimumVersion: '1.25', exemptWindows: true },
    ],
  },
  // check_runAsNonRoot.go, check "runAsNonRoot": true at pod level or on every container; from 1.35 any
  // value when hostUsers is false.
  runAsNonRoot: {
    id: 'runAsNonRoot',
    level: 'restricted',
    versions: [
      { minimumVersion: '1.0', relaxForUserNamespace: false },
      { minimumVersion: '1.35', relaxForUserNamespace: true },
    ],
  },
  // check_runAsUser.go, check "runAsUser": runAsUser must not be 0 (from 1.23); from 1.35 any value when
  // hostUsers is false.
  runAsUser: {
    id: 'runAsUser',
    level: 'restricted',
    versions: [
      { minimumVersion: '1.23', relaxForUserNamespace: false },
      { minimumVersion: '1.35', relaxForUserNamespace: true },
    ],
  },
  // check_seccompProfile_restricted.go, check "seccompProfile_restricted": RuntimeDefault or Localhost at pod
  // level or on every container (from 1.19); from 1.25 windows pods are exempt.
  seccompRestricted: {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    versions: [
      { minimumVersion: '1.19', overrides: ['seccompProfile_baseline'], exemptWindows: false, allowedTypes: ['RuntimeDefault', 'Localhost'] },
      { minimumVersion: '1.25', overrides: ['seccompProfile_baseline'], exemptWindows: true, allowedTypes: ['RuntimeDefault', 'Localhost'] },
    ],
  },
  // check_capabilities_restricted.go, check "capabilities_restricted": drop ALL, add at most
  // NET_BIND_SERVICE (from 1.22); from 1.25 windows pods are exempt.
  capabilitiesRestricted: {
    id: 'capabilities_restricted',
    level: 'restricted',
    versions: [
      { minimumVersion: '1.22', overrides: ['capabilities_baseline'], exemptWindows: false, allowedAdd: ['NET_BIND_SERVICE'] },
      { minimumVersion: '1.25', overrides: ['capabilities_baseline'], exemptWindows: true, allowedAdd: ['NET_BIND_SERVICE'] },
    ],
  },
  // check_procMount_restricted.go, check "procMount_restricted": from 1.35 the unconditional procMount check,
  // replacing the baseline one that relaxes for user-namespace pods.
  procMountRestricted: {
    id: 'procMount_restricted',
    level: 'restricted',
    versions: [{ minimumVersion: '1.35', overrides: ['procMount'] }],
  },
} as const satisfies Record<string, PssCheck<PssVersionedCheck & { readonly [parameter: string]: unknown }>>;

export type PssCheckKey = keyof typeof PSS_CHECKS;

/** Every check, for tests and docs. */
export const ALL_PSS_CHECKS: readonly PssCheck[] = Object.values(PSS_CHECKS);

/** Every minimumVersion of the table, parsed once (the rules look them up for each pod). */
const MINIMUM_VERSIONS: ReadonlyMap<string, K8sVersion> = new Map(
  ALL_PSS_CHECKS.flatMap((c) => c.versions.map((v) => v.minimumVersion)).map((text) => {
    const v = parseVersion(text);
    if (!v) throw new Error(`invalid PSS minimumVersion "${text}"`);
    return [text, v] as const;
  }),
);

function versionOf(text: string): K8sVersion {
  const v = MINIMUM_VERSIONS.get(text);
  if (!v) throw new Error(`unknown PSS minimumVersion "${text}"`);
  return v;
}

/** The newest policy version any check defines; newer requested versions evaluate as this one (registry.go maxVersion). */
export const NEWEST_PSS_VERSION: K8sVersion = ALL_PSS_CHECKS.flatMap((c) => c.versions.map((v) => versionOf(v.minimumVersion))).reduce((a, b) =>
  compareVersions(a, b) >= 0 ? a : b,
);

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
export function resolvePssPolicy(settings: PssSettings, target: K8sVersion): PssPolicy {
  const level: PssLevel = settings.pssLevel === 'baseline' ? 'baseline' : 'restricted';
  const pinned = settings.pssVersion === undefined ? undefined : settings.pssVersion.trim() === 'latest' ? NEWEST_PSS_VERSION : parseVersion(settings.pssVersion);
  const requested = pinned ?? target;
  return { level, version: compareVersions(requested, NEWEST_PSS_VERSION) > 0 ? NEWEST_PSS_VERSION : requested };
}

function implementationAt<V extends PssVersionedCheck>(check: PssCheck<V>, version: K8sVersion): V | undefined {
  let found: V | undefined;
  for (const v of check.versions) if (compareVersions(versionOf(v.minimumVersion), version) <= 0) found = v;
  return found;
}

// Each PSS rule asks for every pod, and the answer depends only on the check, level and version, which stay
// the same through a run: the last answer is kept per check.
const lastImplementation = new WeakMap<PssCheck, { readonly level: PssLevel; readonly version: K8sVersion; readonly impl: PssVersionedCheck | undefined }>();

/**
 * The implementation of a check that runs under a policy, or undefined when it does not run: a restricted
 * check under the baseline level, a policy version older than the check, or a baseline check a restricted
 * implementation overrides at that version.
 */
export function pssImplementation<V extends PssVersionedCheck>(check: PssCheck<V>, policy: PssPolicy): V | undefined {
  const last = lastImplementation.get(check);
  if (last && last.level === policy.level && compareVersions(last.version, policy.version) === 0) return last.impl as V | undefined;
  const impl = implementationUnder(check, policy);
  lastImplementation.set(check, { level: policy.level, version: policy.version, impl });
  return impl;
}

function implementationUnder<V extends PssVersionedCheck>(check: PssCheck<V>, policy: PssPolicy): V | undefined {
  if (check.level === 'restricted' && policy.level === 'baseline') return undefined;
  const impl = implementationAt(check, policy.version);
  if (!impl) return undefined;
  if (check.level === 'baseline' && policy.level === 'restricted') {
    for (const other of ALL_PSS_CHECKS) {
      if (other.level !== 'restricted') continue;
      if (implementationAt(other, policy.version)?.overrides?.includes(check.id)) return undefined;
    }
  }
  return impl;
}

/** `v1.25` style, as PSA prints versions. */
export function formatPssVersion(v: K8sVersion): string {
  return `v${formatVersion(v)}`;
}

/** Namespace labels that configure PSA (api/constants.go EnforceLevelLabel, EnforceVersionLabel). */
export const PSS_NAMESPACE_LABELS = {
  enforce: 'pod-security.kubernetes.io/enforce',
  enforceVersion: 'pod-security.kubernetes.io/enforce-version',
} as const;

/** Levels from weakest to strongest (api/helpers.go CompareLevels; api/constants.go validLevels). */
export const PSS_LEVEL_ORDER = ['privileged', 'baseline', 'restricted'] as const;

/**
 * A namespace `*-version` label value as PSA parses it (api/helpers.go ParseVersion): `latest`, or `v1.<minor>`
 * exactly (no patch, no missing `v`). Undefined when PSA rejects the value.
 */
export function parsePssVersionLabel(value: string): K8sVersion | 'latest' | undefined {
  if (value === 'latest') return 'latest';
  const match = /^v1\.([0-9]|[1-9][0-9]*)$/.exec(value);
  return match ? { major: 1, minor: Number(match[1]) } : undefined;
}

/**
 * The PodSecurity admission plugin's own configuration (PodSecurityConfiguration, inline in the AdmissionConfiguration
 * that `--admission-control-config-file` names, or in a file its plugin entry's `path` names): cluster-wide defaults
 * for namespaces without a mode label, and exemptions by username, runtime class and namespace.
 */
export const PSA_CONFIGURATION = {
  group: 'pod-security.admission.config.k8s.io',
  /** Pod Security Admission exists (alpha, gate PodSecurity) from `since`; on by default from `onByDefaultSince`. */
  since: '1.22',
  onByDefaultSince: '1.23',
  /** API versions of PodSecurityConfiguration and the first release that reads each. */
  apiVersions: { v1alpha1: '1.22', v1beta1: '1.23', v1: '1.25' },
  /** What `defaults.enforce` is when the file (or the whole configuration) leaves it out. */
  defaultEnforce: 'privileged',
  source:
    'kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/api/v1/types.go (defaults, exemptions.usernames/namespaces/runtimeClasses) and v1/defaults.go ' +
    '(empty enforce: privileged; empty enforce-version: latest); kubernetes.io enforce-standards-admission-controller ("v1 configuration requires v1.25+. For v1.23 and v1.24, use v1beta1. For v1.22, use v1alpha1")',
} as const;
