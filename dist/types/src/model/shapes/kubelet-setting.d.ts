/**
 * The shape of a kubelet setting rule: one setting, read from a KubeletConfiguration field, from the
 * kubelet flag kubeadm passes in an InitConfiguration's or JoinConfiguration's
 * `nodeRegistration.kubeletExtraArgs`, and from the flags of a kubelet a container runs (a self-hosted
 * kubelet; flags beat the config file, so each is checked where it is written). A rule of this shape is its
 * meta plus the setting:
 *
 *   export default defineRule(kubeletSettingRule({
 *     meta: { id: 'kubelet-read-only-port', …, messages: { flagOpen: '… --read-only-port={{value}} …', open: '… readOnlyPort: {{value}} …' } },
 *     flag: 'read-only-port', unsafeFlag: (v) => Number(v) !== 0,
 *     field: ['readOnlyPort'], unsafeField: (v) => (typeof v === 'number' || typeof v === 'string') && Number(v) !== 0,
 *     messages: { flag: 'flagOpen', field: 'open', container: 'containerOpen' },
 *   }));
 */
import { type K8sVersion } from '../../k8s/versions.js';
import { type Resource } from '../resource.js';
import type { ContainerNode } from '../workloads.js';
import type { MessageIdOf, ShapeMeta, ShapeReporter } from './context.js';
export interface KubeletSetting<MessageId extends string> {
    /** The kubelet flag without its dashes (`read-only-port`). */
    readonly flag: string;
    /**
     * Whether the flag's value (its last occurrence, the one that takes effect) is unsafe on the target
     * release (for a setting whose default changed between releases; most predicates ignore it).
     */
    readonly unsafeFlag: (value: string, target: K8sVersion) => boolean;
    /** The KubeletConfiguration field as a path from the document root (`['authentication', 'anonymous', 'enabled']`). */
    readonly field: readonly string[];
    /**
     * Whether the field's value is unsafe. It gets the value as written (any YAML value: the input is not
     * validated), or `undefined` when the field is absent, for a setting whose default is unsafe; and the
     * target release, as for `unsafeFlag`.
     */
    readonly unsafeField: (value: unknown, target: K8sVersion) => boolean;
    readonly messages: {
        /** On the flag's entry when `unsafeFlag`; data: `value`. */
        readonly flag: MessageId;
        /** On the flag's entry of a container that runs the kubelet, when `unsafeFlag`; data: `container`, `value`. */
        readonly container: MessageId;
        /** On the field when `unsafeField`; data: `value` (the value as text). */
        readonly field: MessageId;
        /** On the KubeletConfiguration object when the field is absent and `unsafeField(undefined)`; required then. */
        readonly unset?: MessageId;
    };
}
/** A visitor's context as the shape uses it: report, and the target release the predicates get. */
type KubeletContext<MessageId extends string> = ShapeReporter<MessageId> & {
    readonly target: K8sVersion;
};
/** The visitors of a kubelet setting rule. */
export declare function kubeletSettingVisitors<MessageId extends string>(setting: KubeletSetting<MessageId>): {
    InitConfiguration: (ctx: KubeletContext<MessageId>, config: Resource) => void;
    JoinConfiguration: (ctx: KubeletContext<MessageId>, config: Resource) => void;
    Container(ctx: KubeletContext<MessageId>, container: Pick<ContainerNode, "value" | "path" | "name">): void;
    KubeletConfiguration(ctx: KubeletContext<MessageId>, config: Resource): void;
};
/** A kubelet setting rule: hand the result to `defineRule`. */
export declare function kubeletSettingRule<const Meta extends ShapeMeta>(rule: {
    readonly meta: Meta;
} & KubeletSetting<MessageIdOf<Meta>>): {
    meta: Meta;
    visit: {
        InitConfiguration: (ctx: KubeletContext<MessageIdOf<Meta>>, config: Resource) => void;
        JoinConfiguration: (ctx: KubeletContext<MessageIdOf<Meta>>, config: Resource) => void;
        Container(ctx: KubeletContext<MessageIdOf<Meta>>, container: Pick<ContainerNode, "value" | "path" | "name">): void;
        KubeletConfiguration(ctx: KubeletContext<MessageIdOf<Meta>>, config: Resource): void;
    };
};
export {};
