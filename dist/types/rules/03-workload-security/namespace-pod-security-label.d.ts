import { type Location } from '../../src/engine/rule.js';
/** What the rule keeps of a PodSecurityConfiguration: the cluster-wide enforce level and the exempted namespaces. */
interface ClusterDefaults {
    readonly file: string;
    readonly enforce: string;
    readonly exemptNamespaces: readonly string[];
}
type Fact = {
    readonly type: 'namespace';
    readonly name: string;
    /** The enforce label's value when it is a level; absent when the namespace has no label. */
    readonly level?: string;
    readonly at: Location;
} | {
    readonly type: 'apiserver';
    readonly admissionConfig?: string;
} | ({
    readonly type: 'admission';
} & ({
    readonly file: string;
    readonly inline: ClusterDefaults;
} | {
    readonly file: string;
    readonly path: string;
} | {
    readonly file: string;
    readonly none: true;
})) | {
    readonly type: 'pod-security';
    readonly settings: ClusterDefaults;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing" | "weakDefault" | "weaker" | "invalidLevel" | "invalidVersion" | "oldVersion" | "exemptNamespace" | "exemptUsername" | "exemptRuntimeClass", undefined, Fact>;
export default _default;
