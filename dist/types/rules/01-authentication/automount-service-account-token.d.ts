import { type Location } from '../../src/engine/rule.js';
import { type ObjectIdentity } from '../../src/model/controller.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
type Fact = RbacFact<Location> | ({
    readonly type: 'pod';
    readonly namespace?: string;
    readonly serviceAccount: string;
    readonly owner: string;
    readonly at: Location;
} & ObjectIdentity) | {
    readonly type: 'serviceAccount';
    readonly namespace?: string;
    readonly name: string;
    readonly decides: boolean;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"tokenMounted", undefined, Fact>;
export default _default;
