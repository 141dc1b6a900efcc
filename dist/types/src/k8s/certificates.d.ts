/**
 * Facts about the certificates.k8s.io API that pci-lint's rules read: the signers whose certificates the
 * kube-apiserver accepts as client credentials, and when a CSR could ask for a short lifetime.
 */
/** Issues client certificates that authenticate to the kube-apiserver as any user and groups the subject names. */
export declare const CLIENT_SIGNER: {
    readonly name: "kubernetes.io/kube-apiserver-client";
    readonly source: "kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#kubernetes-signers";
};
/**
 * The default signer of certificates.k8s.io/v1beta1 CSRs that are not a kubelet's, requestable only through
 * v1beta1 (served until 1.22). kube-controller-manager's csrsigning controller signs it with the
 * --cluster-signing-cert-file CA unless --cluster-signing-legacy-unknown-cert-file is given, so where that CA is
 * also the apiserver's --client-ca-file (kubeadm) the certificate authenticates like a kube-apiserver-client one.
 */
export declare const LEGACY_UNKNOWN_SIGNER: {
    readonly name: "kubernetes.io/legacy-unknown";
    /** First release without the certificates.k8s.io/v1beta1 CSR API: v1 refuses the signer. */
    readonly until: "1.22";
    readonly source: string;
};
/** `spec.expirationSeconds`: a CSR may ask for a shorter certificate lifetime from `since` (beta, gate CSRDuration on; GA 1.24). */
export declare const CSR_EXPIRATION_SECONDS: {
    readonly since: "1.22";
    /** What limits the lifetime before `since`: every certificate the controller-manager signs gets this duration. */
    readonly before: "kube-controller-manager's --cluster-signing-duration (default 8760h, one year)";
    readonly source: string;
};
