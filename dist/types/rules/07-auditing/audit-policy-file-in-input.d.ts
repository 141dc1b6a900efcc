import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'apiserver';
    readonly policyFile: string;
    readonly at: Location;
} | {
    readonly type: 'policy';
    readonly file: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notInInput", undefined, Fact>;
export default _default;
