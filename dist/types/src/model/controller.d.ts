import { type Resource } from './resource.js';
/** An object's identity as a controller reference names it: group, kind, namespace and name. */
export declare function objectKey(group: string, kind: string, namespace: string | undefined, name: string): string;
/**
 * The key (objectKey) of the object that controls this one, from its ownerReferences entry with
 * `controller: true` (at most one is allowed): a ReplicaSet's Deployment, a Pod's ReplicaSet, Job or
 * DaemonSet. The controller is in the object's namespace (owner references cannot cross namespaces).
 * Undefined for an object without one, as every manifest written by hand is; exported cluster state
 * (`kubectl get -o yaml`) has them.
 */
export declare function controllerKeyOf(resource: Resource): {
    readonly key: string;
    readonly uid?: string;
} | undefined;
/** The uid the object states (exported cluster state has one), if any. */
export declare function uidOf(resource: Resource): string | undefined;
/** What a fact recorded for one object keeps of its identity, for {@link isControlledCopy}. */
export interface ObjectIdentity {
    readonly self?: string;
    readonly controller?: string;
}
/**
 * The identity fields of a fact about `resource` (none for an unnamed object). Each carries the uid when
 * stated (exported state always does): a reference whose uid is not the named object's is to another
 * object of that name, one deleted and made again.
 */
export declare function identityOf(resource: Resource): ObjectIdentity;
/**
 * For a finish phase that reports per object from facts: a predicate that is true for a fact whose
 * object's controller has a fact of its own among `facts` saying the same (`said`: what the finding
 * would say, beyond the object), as in exported cluster state the ReplicaSet of a Deployment and the
 * Pods of a ReplicaSet do: their findings would repeat the controller's.
 */
export declare function isControlledCopy<F extends ObjectIdentity>(facts: readonly F[], said?: (fact: F) => string): (fact: F) => boolean;
