import { own } from '../load/own.js';

/**
 * Annotations that make a cloud provider give a LoadBalancer Service an address inside the private
 * network instead of a public one, and the values that do it. Sources: each provider's documentation of
 * its Service annotations (GKE "Internal passthrough Network Load Balancer", AWS Load Balancer Controller
 * "Service annotations" and the in-tree AWS provider's `ServiceAnnotationLoadBalancerInternal`, AKS
 * "Use an internal load balancer", OCI "Creating internal load balancers", cloud-provider-openstack
 * `ServiceAnnotationLoadBalancerInternal`).
 */
const INTERNAL_LOAD_BALANCER: ReadonlyArray<readonly [annotation: string, internal: (value: string) => boolean]> = [
  ['networking.gke.io/load-balancer-type', (v) => v === 'internal'],
  ['cloud.google.com/load-balancer-type', (v) => v === 'internal'],
  // The in-tree AWS provider: any value but "false" (old charts write `0.0.0.0/0`).
  ['service.beta.kubernetes.io/aws-load-balancer-internal', (v) => v !== '' && v !== 'false'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', (v) => v === 'internal'],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', (v) => v === 'true'],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', (v) => v === 'true'],
  ['oci-network-load-balancer.oraclecloud.com/internal', (v) => v === 'true'],
  ['service.beta.kubernetes.io/openstack-internal-load-balancer', (v) => v === 'true'],
];

/** The annotation that makes this Service's load balancer internal, if one does. */
export function internalLoadBalancerAnnotation(annotations: Readonly<Record<string, string>>): string | undefined {
  for (const [annotation, internal] of INTERNAL_LOAD_BALANCER) {
    const value = own(annotations, annotation);
    if (value !== undefined && internal(value.trim().toLowerCase())) return annotation;
  }
  return undefined;
}
