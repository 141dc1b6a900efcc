import { type Location } from '../../src/engine/rule.js';
/** A Service an Ingress or route sends traffic to. */
interface Backend {
    readonly namespace?: string;
    readonly service: string;
}
type Fact = {
    readonly type: 'listener';
    readonly gateway: string;
    readonly namespace?: string;
    readonly listener?: string;
    readonly at: Location;
} | {
    readonly type: 'route';
    readonly namespace?: string;
    readonly parents: readonly {
        readonly gateway: string;
        readonly namespace?: string;
        readonly sectionName?: string;
    }[];
    /** Every rule only redirects to https. */
    readonly redirectsOnly: boolean;
    readonly backends: readonly Backend[];
}
/** An Ingress finding, reported in finish once it is known whether its backends run in-scope pods. */
 | {
    readonly type: 'ingress';
    readonly messageId: 'noTls' | 'hostWithoutTls' | 'kongTlsOnly';
    readonly data: Readonly<Record<string, string>>;
    readonly at: Location;
    readonly backends: readonly Backend[];
} | {
    readonly type: 'service';
    readonly namespace?: string;
    readonly name: string;
    readonly selector: Readonly<Record<string, string>>;
} | {
    readonly type: 'in-scope';
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noTls" | "hostWithoutTls" | "kongTlsOnly" | "httpListener", undefined, Fact>;
export default _default;
