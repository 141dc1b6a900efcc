import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'secret';
    readonly name: string;
    readonly field: 'data' | 'stringData';
    readonly at: Location;
} | {
    readonly type: 'manager';
    readonly kind: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"inline" | "inlineBesideManager", undefined, Fact>;
export default _default;
