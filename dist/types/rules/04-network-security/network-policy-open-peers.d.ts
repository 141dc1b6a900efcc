import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'in-scope';
    readonly namespace?: string;
} | {
    readonly type: 'open';
    readonly namespace?: string;
    readonly at: Location;
    readonly messageId: 'anyAddress' | 'allNamespaces';
    readonly data: Readonly<Record<string, string>>;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"anyAddress" | "allNamespaces", undefined, Fact>;
export default _default;
