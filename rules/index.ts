/**
 * Every built-in rule, sorted by id. This list is the registry: the CLI, the docs, SARIF rule descriptors
 * and the coverage report all read it. A test keeps it sorted and in step with the files under rules/.
 */
import type { AnyRule } from '../src/engine/rule.js';
import apiserverAdmissionPlugins from './02-authorization/apiserver-admission-plugins.js';
import apiserverAlwaysPullImages from './03-workload-security/apiserver-always-pull-images.js';
import apiserverAnonymousAuth from './01-authentication/apiserver-anonymous-auth.js';
import apiserverAuditLogRetention from './07-auditing/apiserver-audit-log-retention.js';
import apiserverAuditLogging from './07-auditing/apiserver-audit-logging.js';
import apiserverAuditWebhookMode from './07-auditing/apiserver-audit-webhook-mode.js';
import apiserverAuthorizationMode from './02-authorization/apiserver-authorization-mode.js';
import apiserverEncryptionProviderConfig from './06-secrets-management/apiserver-encryption-provider-config.js';
import apiserverExternalAuthn from './01-authentication/apiserver-external-authn.js';
import apiserverKubeletCertificateAuthority from './05-pki/apiserver-kubelet-certificate-authority.js';
import apiserverServiceAccountLookup from './01-authentication/apiserver-service-account-lookup.js';
import apiserverServiceAccountTokenExpiration from './01-authentication/apiserver-service-account-token-expiration.js';
import apiserverTokenAuthFile from './01-authentication/apiserver-token-auth-file.js';
import auditPolicyApiVersion from './07-auditing/audit-policy-api-version.js';
import auditPolicyCatchAll from './07-auditing/audit-policy-catch-all.js';
import auditPolicyFileInInput from './07-auditing/audit-policy-file-in-input.js';
import auditPolicyOmitRequestReceived from './07-auditing/audit-policy-omit-request-received.js';
import auditPolicyRequiredLevels from './07-auditing/audit-policy-required-levels.js';
import auditPolicySensitiveBodies from './07-auditing/audit-policy-sensitive-bodies.js';
import automountServiceAccountToken from './01-authentication/automount-service-account-token.js';
import controlPlaneAlwaysAllowPaths from './01-authentication/control-plane-always-allow-paths.js';
import controlPlaneBindAddress from './04-network-security/control-plane-bind-address.js';
import controlPlaneFlagLifecycle from './10-patching/control-plane-flag-lifecycle.js';
import controlPlaneInsecurePort from './04-network-security/control-plane-insecure-port.js';
import controlPlaneProfiling from './02-authorization/control-plane-profiling.js';
import controlPlaneTlsStrength from './04-network-security/control-plane-tls-strength.js';
import controllerManagerServiceAccountCredentials from './02-authorization/controller-manager-service-account-credentials.js';
import controllerManagerServiceAccountPki from './05-pki/controller-manager-service-account-pki.js';
import dedicatedNodePool from './16-segmentation/dedicated-node-pool.js';
import defaultServiceAccount from './01-authentication/default-service-account.js';
import deprecatedApi from './10-patching/deprecated-api.js';
import duplicateObject from './15-configuration-management/duplicate-object.js';
import encryptionConfigAescbc from './06-secrets-management/encryption-config-aescbc.js';
import encryptionConfigIdentityFirst from './06-secrets-management/encryption-config-identity-first.js';
import encryptionConfigKmsV1 from './06-secrets-management/encryption-config-kms-v1.js';
import encryptionConfigOtherResources from './06-secrets-management/encryption-config-other-resources.js';
import encryptionConfigPlaceholderKey from './06-secrets-management/encryption-config-placeholder-key.js';
import encryptionConfigSecrets from './06-secrets-management/encryption-config-secrets.js';
import etcdClientCertAuth from './01-authentication/etcd-client-cert-auth.js';
import etcdPeerCertAuth from './01-authentication/etcd-peer-cert-auth.js';
import etcdTls from './05-pki/etcd-tls.js';
import exposedAdminPort from './04-network-security/exposed-admin-port.js';
import imageDigest from './03-workload-security/image-digest.js';
import imagePullPolicy from './03-workload-security/image-pull-policy.js';
import imageRegistryAllowlist from './03-workload-security/image-registry-allowlist.js';
import imageSignaturePolicy from './03-workload-security/image-signature-policy.js';
import ingressTls from './04-network-security/ingress-tls.js';
import kubeconfigCredentials from './01-authentication/kubeconfig-credentials.js';
import kubeletAnonymousAuth from './01-authentication/kubelet-anonymous-auth.js';
import kubeletAuthorizationMode from './02-authorization/kubelet-authorization-mode.js';
import kubeletClientAuthentication from './01-authentication/kubelet-client-authentication.js';
import kubeletEventQps from './08-container-monitoring/kubelet-event-qps.js';
import kubeletIptablesUtilChains from './04-network-security/kubelet-iptables-util-chains.js';
import kubeletProtectKernelDefaults from './03-workload-security/kubelet-protect-kernel-defaults.js';
import kubeletReadOnlyPort from './04-network-security/kubelet-read-only-port.js';
import kubeletRotateCertificates from './05-pki/kubelet-rotate-certificates.js';
import kubeletSeccompDefault from './03-workload-security/kubelet-seccomp-default.js';
import kubeletServingCertificate from './05-pki/kubelet-serving-certificate.js';
import kubeletStreamingIdleTimeout from './04-network-security/kubelet-streaming-idle-timeout.js';
import kubeletTlsStrength from './04-network-security/kubelet-tls-strength.js';
import kubernetesVersionSupport from './10-patching/kubernetes-version-support.js';
import legacyServiceAccountToken from './01-authentication/legacy-service-account-token.js';
import logShippingPresent from './08-container-monitoring/log-shipping-present.js';
import namespacePodSecurityLabel from './03-workload-security/namespace-pod-security-label.js';
import namespaceResourceQuota from './11-resource-management/namespace-resource-quota.js';
import networkDefaultDeny from './04-network-security/network-default-deny.js';
import networkPolicyOpenPeers from './04-network-security/network-policy-open-peers.js';
import persistentVolumeHostPath from './03-workload-security/persistent-volume-host-path.js';
import podSecurityPolicyRemoved from './03-workload-security/pod-security-policy-removed.js';
import privilegedContainer from './03-workload-security/privileged-container.js';
import projectedTokenExpiration from './01-authentication/projected-token-expiration.js';
import pssApparmor from './03-workload-security/pss-apparmor.js';
import pssCapabilitiesBaseline from './03-workload-security/pss-capabilities-baseline.js';
import pssCapabilitiesRestricted from './03-workload-security/pss-capabilities-restricted.js';
import pssHostNamespaces from './03-workload-security/pss-host-namespaces.js';
import pssHostPathVolumes from './03-workload-security/pss-host-path-volumes.js';
import pssHostPorts from './03-workload-security/pss-host-ports.js';
import pssHostProbes from './03-workload-security/pss-host-probes.js';
import pssPrivilegeEscalation from './03-workload-security/pss-privilege-escalation.js';
import pssProcMount from './03-workload-security/pss-proc-mount.js';
import pssProcMountRestricted from './03-workload-security/pss-proc-mount-restricted.js';
import pssRunAsNonRoot from './03-workload-security/pss-run-as-non-root.js';
import pssRunAsUser from './03-workload-security/pss-run-as-user.js';
import pssSeccompBaseline from './03-workload-security/pss-seccomp-baseline.js';
import pssSeccompRestricted from './03-workload-security/pss-seccomp-restricted.js';
import pssSelinux from './03-workload-security/pss-selinux.js';
import pssSysctls from './03-workload-security/pss-sysctls.js';
import pssVolumeTypes from './03-workload-security/pss-volume-types.js';
import pssWindowsHostProcess from './03-workload-security/pss-windows-host-process.js';
import publicLoadBalancer from './04-network-security/public-load-balancer.js';
import rbacAnonymousAccess from './01-authentication/rbac-anonymous-access.js';
import rbacClusterAdminBinding from './02-authorization/rbac-cluster-admin-binding.js';
import rbacCsrApproval from './01-authentication/rbac-csr-approval.js';
import rbacEscalationRole from './02-authorization/rbac-escalation-role.js';
import rbacGenericAdmin from './01-authentication/rbac-generic-admin.js';
import rbacPrivilegeEscalation from './02-authorization/rbac-privilege-escalation.js';
import rbacSystemMasters from './01-authentication/rbac-system-masters.js';
import rbacWildcard from './02-authorization/rbac-wildcard.js';
import readOnlyRootFilesystem from './12-container-image-building/read-only-root-filesystem.js';
import removedApi from './10-patching/removed-api.js';
import resourceLimits from './11-resource-management/resource-limits.js';
import runAsNonRoot from './12-container-image-building/run-as-non-root.js';
import runtimeMonitoringPresent from './08-container-monitoring/runtime-monitoring-present.js';
import sandboxedRuntime from './09-container-runtime-security/sandboxed-runtime.js';
import schema from './15-configuration-management/schema.js';
import secretEnvReference from './06-secrets-management/secret-env-reference.js';
import secretInConfigmap from './06-secrets-management/secret-in-configmap.js';
import secretInEnv from './06-secrets-management/secret-in-env.js';
import secretManagement from './06-secrets-management/secret-management.js';
import serviceAccountAutomount from './01-authentication/service-account-automount.js';
import serviceAccountPrivileges from './01-authentication/service-account-privileges.js';
import serviceExternalExposure from './04-network-security/service-external-exposure.js';
import windowsHostProcess from './09-container-runtime-security/windows-host-process.js';
import windowsProcessIsolation from './09-container-runtime-security/windows-process-isolation.js';

export const builtinRules: readonly AnyRule[] = [
  apiserverAdmissionPlugins,
  apiserverAlwaysPullImages,
  apiserverAnonymousAuth,
  apiserverAuditLogRetention,
  apiserverAuditLogging,
  apiserverAuditWebhookMode,
  apiserverAuthorizationMode,
  apiserverEncryptionProviderConfig,
  apiserverExternalAuthn,
  apiserverKubeletCertificateAuthority,
  apiserverServiceAccountLookup,
  apiserverServiceAccountTokenExpiration,
  apiserverTokenAuthFile,
  auditPolicyApiVersion,
  auditPolicyCatchAll,
  auditPolicyFileInInput,
  auditPolicyOmitRequestReceived,
  auditPolicyRequiredLevels,
  auditPolicySensitiveBodies,
  automountServiceAccountToken,
  controlPlaneAlwaysAllowPaths,
  controlPlaneBindAddress,
  controlPlaneFlagLifecycle,
  controlPlaneInsecurePort,
  controlPlaneProfiling,
  controlPlaneTlsStrength,
  controllerManagerServiceAccountCredentials,
  controllerManagerServiceAccountPki,
  dedicatedNodePool,
  defaultServiceAccount,
  deprecatedApi,
  duplicateObject,
  encryptionConfigAescbc,
  encryptionConfigIdentityFirst,
  encryptionConfigKmsV1,
  encryptionConfigOtherResources,
  encryptionConfigPlaceholderKey,
  encryptionConfigSecrets,
  etcdClientCertAuth,
  etcdPeerCertAuth,
  etcdTls,
  exposedAdminPort,
  imageDigest,
  imagePullPolicy,
  imageRegistryAllowlist,
  imageSignaturePolicy,
  ingressTls,
  kubeconfigCredentials,
  kubeletAnonymousAuth,
  kubeletAuthorizationMode,
  kubeletClientAuthentication,
  kubeletEventQps,
  kubeletIptablesUtilChains,
  kubeletProtectKernelDefaults,
  kubeletReadOnlyPort,
  kubeletRotateCertificates,
  kubeletSeccompDefault,
  kubeletServingCertificate,
  kubeletStreamingIdleTimeout,
  kubeletTlsStrength,
  kubernetesVersionSupport,
  legacyServiceAccountToken,
  logShippingPresent,
  namespacePodSecurityLabel,
  namespaceResourceQuota,
  networkDefaultDeny,
  networkPolicyOpenPeers,
  persistentVolumeHostPath,
  podSecurityPolicyRemoved,
  privilegedContainer,
  projectedTokenExpiration,
  pssApparmor,
  pssCapabilitiesBaseline,
  pssCapabilitiesRestricted,
  pssHostNamespaces,
  pssHostPathVolumes,
  pssHostPorts,
  pssHostProbes,
  pssPrivilegeEscalation,
  pssProcMount,
  pssProcMountRestricted,
  pssRunAsNonRoot,
  pssRunAsUser,
  pssSeccompBaseline,
  pssSeccompRestricted,
  pssSelinux,
  pssSysctls,
  pssVolumeTypes,
  pssWindowsHostProcess,
  publicLoadBalancer,
  rbacAnonymousAccess,
  rbacClusterAdminBinding,
  rbacCsrApproval,
  rbacEscalationRole,
  rbacGenericAdmin,
  rbacPrivilegeEscalation,
  rbacSystemMasters,
  rbacWildcard,
  readOnlyRootFilesystem,
  removedApi,
  resourceLimits,
  runAsNonRoot,
  runtimeMonitoringPresent,
  sandboxedRuntime,
  schema,
  secretEnvReference,
  secretInConfigmap,
  secretInEnv,
  secretManagement,
  serviceAccountAutomount,
  serviceAccountPrivileges,
  serviceExternalExposure,
  windowsHostProcess,
  windowsProcessIsolation,
];
