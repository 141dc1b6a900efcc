/**
 * Facts about the certificates.k8s.io API that pci-lint's rules read: the signers whose certificates the
 * kube-apiserver accepts as client credentials, and when a CSR could ask for a short lifetime.
 */

/** Issues client certificates that authenticate to the kube-apiserver as any user and groups the subject names. */
export const CLIENT_SIGNER = {
  name: 'kubernetes.io/kube-apiserver-client',
  source: 'kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#kubernetes-signers',
} as const;

/**
 * The default signer of certificates.k8s.io/v1beta1 CSRs that are not a kubelet's, requestable only through
 * v1beta1 (served until 1.22). kube-controller-manager's csrsigning controller signs it with the
 * --cluster-signing-cert-file CA unless --cluster-signing-legacy-unknown-cert-file is given, so where that CA is
 * also the apiserver's --client-ca-file (kubeadm) the certificate authenticates like a kube-apiserver-client one.
 */
export const LEGACY_UNKNOWN_SIGNER = {
  name: 'kubernetes.io/legacy-unknown',
  /** First release without the certificates.k8s.io/v1beta1 CSR API: v1 refuses the signer. */
  until: '1.22',
  source:
    'kubernetes/kubernetes pkg/apis/certificates/v1beta1/defaults.go (SignerName nil: DefaultSignerNameFromSpec, legacy-unknown unless a kubelet client or serving CSR); ' +
    'kubernetes/website PR "CSR API to GA" (1.19: "This signerName can only be requested in CertificateSigningRequests created via the certificates.k8s.io/v1beta1 API version"); ' +
    'kube-controller-manager reference (--cluster-signing-legacy-unknown-cert-file, else --cluster-signing-cert-file); CHANGELOG-1.22 (certificates.k8s.io/v1beta1 CSR removed)',
} as const;

/** `spec.expirationSeconds`: a CSR may ask for a shorter certificate lifetime from `since` (beta, gate CSRDuration on; GA 1.24). */
export const CSR_EXPIRATION_SECONDS = {
  since: '1.22',
  /** What limits the lifetime before `since`: every certificate the controller-manager signs gets this duration. */
  before: "kube-controller-manager's --cluster-signing-duration (default 8760h, one year)",
  source:
    'kubernetes/kubernetes PR #91154 (--cluster-signing-duration, 1.19), PR #99494 ("csr: add expirationSeconds field to control cert lifetime", 1.22, gate CSRDuration) and #108782 (GA 1.24); ' +
    'CertificateSigningRequestSpec docs ("The v1.22+ in-tree implementations of the well-known Kubernetes signers will honor this field")',
} as const;
