import { type Location } from '../../src/engine/rule.js';
import { type NamespaceFact } from '../../src/model/namespaces.js';
type Fact = 
/** Every workload: `inScope` false only when settings.inScope is set and does not select it. */
(Extract<NamespaceFact<Location>, {
    type: 'workload';
}> & {
    readonly inScope: boolean;
})
/** Every Namespace object, and whether it opts in to the Sigstore policy-controller. */
 | (Extract<NamespaceFact<Location>, {
    type: 'namespace';
}> & {
    readonly sigstoreIncluded: boolean;
})
/** A policy that applies to every namespace (Kyverno, Sigstore: `sigstore` marks the opt-in one). */
 | {
    readonly type: 'policy';
    readonly enforced: boolean;
    readonly what: string;
    readonly at: Location;
    readonly mode: string;
    readonly sigstore: boolean;
}
/** A Ratify Verifier: evidence only together with the Gatekeeper constraint that calls Ratify. */
 | {
    readonly type: 'ratify-verifier';
    readonly what: string;
    readonly at: Location;
}
/** A Gatekeeper ConstraintTemplate whose Rego calls Ratify's external data provider: its constraint kind. */
 | {
    readonly type: 'ratify-template';
    readonly kind: string;
}
/** A Gatekeeper constraint (constraints.gatekeeper.sh): counts when its kind is Ratify's. */
 | {
    readonly type: 'constraint';
    readonly kind: string;
    readonly name: string;
    readonly action: string;
    readonly at: Location;
    readonly actionAt: Location;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing" | "auditOnly" | "notOptedIn" | "namespaceNotInInput" | "ratifyWithoutConstraint", undefined, Fact>;
export default _default;
