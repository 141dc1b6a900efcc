import { type Location } from '../../src/engine/rule.js';
import { type NamespaceFact } from '../../src/model/namespaces.js';
type Direction = 'Ingress' | 'Egress';
type Fact = NamespaceFact<Location> | {
    readonly type: 'policy';
    readonly namespace?: string;
    readonly denies: readonly Direction[];
    readonly clusterWide?: true;
    readonly roots?: readonly string[];
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing" | "allowAll", undefined, Fact>;
export default _default;
