import { type Location } from '../../src/engine/rule.js';
/** One named object: who it is (API group, kind, namespace, name) and where its name is written. */
interface Fact {
    readonly identity: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
    /** The kustomize build roots whose build holds the object; absent outside kustomize builds. */
    readonly roots?: readonly string[];
    readonly at: Location;
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"duplicate", undefined, Fact>;
export default _default;
