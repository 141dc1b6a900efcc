import { type Location } from '../../src/engine/rule.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
type Fact = RbacFact<Location> | {
    readonly type: 'account';
    readonly namespace?: string;
    readonly name: string;
    readonly at: Location;
    readonly messageId: 'unset' | 'notBoolean';
    readonly value?: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unset" | "notBoolean", undefined, Fact>;
export default _default;
