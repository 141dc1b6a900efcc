import { type Location } from '../../src/engine/rule.js';
/**
 * A kubeadm configuration in the input (Init, Join or ClusterConfiguration), or a KubeletConfiguration that does not
 * turn rotation on, kept until `finish` knows whether kubeadm writes that KubeletConfiguration.
 */
type Fact = {
    readonly type: 'kubeadm';
    readonly file: string;
} | {
    readonly type: 'config';
    readonly file: string;
    readonly at: Location;
    readonly value?: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"off" | "offByDefault" | "flagOff" | "containerOff", undefined, Fact>;
export default _default;
