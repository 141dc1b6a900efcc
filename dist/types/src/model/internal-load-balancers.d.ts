/** The annotation that makes this Service's load balancer internal, if one does. */
export declare function internalLoadBalancerAnnotation(annotations: Readonly<Record<string, string>>): string | undefined;
