import { type Location } from '../../src/engine/rule.js';
type Fact = {
    readonly type: 'apiserver';
    /** The --authentication-config path. */
    readonly config: string;
    /** Set when --anonymous-auth is given: where, for the start-up conflict with an `anonymous:` stanza. */
    readonly flagAt?: Location;
    /** Where to report the default (anonymous on) when the config file has no `anonymous:` stanza. */
    readonly missingAt: Location;
} | {
    readonly type: 'config';
    readonly file: string;
    readonly anonymous: boolean;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"enabled" | "enabledByDefault" | "configWithoutAnonymous" | "configNotInInput" | "conflict" | "configUnrestricted" | "configPath", undefined, Fact>;
export default _default;
