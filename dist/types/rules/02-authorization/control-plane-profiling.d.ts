import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'scheduler';
    /** The --config path: the file decides profiling, the --profiling flag is ignored. */
    readonly config: string;
    /** The ignored --profiling flag when given, else where the flag would go. */
    readonly at: Location;
} | {
    readonly type: 'config';
    readonly file: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"enabled" | "enabledByDefault" | "configNotInInput" | "configEnabled" | "configEnabledByDefault", undefined, Fact>;
export default _default;
