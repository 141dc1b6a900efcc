import { type Location } from '../../src/engine/rule.js';
import { type NamespaceFact } from '../../src/model/namespaces.js';
type Fact = NamespaceFact<Location> | {
    readonly type: 'limits';
    readonly namespace?: string;
    readonly roots?: readonly string[];
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing", undefined, Fact>;
export default _default;
