import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'in-scope';
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
} | {
    readonly type: 'exposure';
    readonly namespace?: string;
    readonly service: string;
    readonly selector: Readonly<Record<string, string>>;
    readonly messageId: 'nodePort' | 'externalIps';
    readonly at: Location;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"nodePort" | "externalIps", undefined, Fact>;
export default _default;
