/**
 * The shape of a control-plane flag rule: one flag of kube-apiserver, kube-controller-manager,
 * kube-scheduler or etcd, from a static pod or a kubeadm ClusterConfiguration (kubeadm's own default flags
 * included), that is unsafe with some values and possibly when left out. A rule of this shape is its meta
 * plus the flag:
 *
 *   export default defineRule(controlPlaneFlagRule({
 *     meta: { id: 'apiserver-service-account-lookup', …, messages: { disabled: '… --service-account-lookup={{value}} …' } },
 *     components: ['kube-apiserver'], flag: 'service-account-lookup',
 *     unsafe: (value) => value.toLowerCase() === 'false',
 *     messages: { unsafe: 'disabled' },
 *   }));
 *
 * A rule that checks several flags calls {@link checkControlPlaneFlag} for each from its own visitor.
 */
import { type ControlPlaneComponentName } from '../../k8s/flags.js';
import type { K8sVersion } from '../../k8s/versions.js';
import type { ControlPlaneNode } from '../control-plane.js';
import type { MessageIdOf, ShapeMeta, ShapeReporter } from './context.js';
export interface ControlPlaneFlagSetting<MessageId extends string> {
    /** The components that have the flag; other components are not looked at. */
    readonly components: readonly ControlPlaneComponentName[];
    /** The flag without its dashes (`profiling`). */
    readonly flag: string;
    /** Whether a value the component is given (the last occurrence, the one that takes effect) is unsafe. */
    readonly unsafe: (value: string) => boolean;
    /**
     * When the flag is not given: `'default'` reports when the component's default on the target release
     * (`flagDefault`, src/k8s/flags.ts) is known and unsafe; `'always'` reports (a flag that must be set);
     * `'never'` (the default) does not.
     */
    readonly unset?: 'default' | 'always' | 'never';
    readonly messages: {
        /** On the flag when its value is unsafe; data: `value`, `component`. */
        readonly unsafe: MessageId;
        /** On the component (its `command`/`args` key, or kubeadm's `extraArgs`) when left out is unsafe; data: `component`. */
        readonly unset?: MessageId;
    };
}
/** Reports the flag of one component when its value, or its absence, is unsafe. */
export declare function checkControlPlaneFlag<MessageId extends string>(ctx: ShapeReporter<MessageId> & {
    readonly target: K8sVersion;
}, node: ControlPlaneNode, setting: ControlPlaneFlagSetting<MessageId>): void;
/** A control-plane flag rule: hand the result to `defineRule`. */
export declare function controlPlaneFlagRule<const Meta extends ShapeMeta>(rule: {
    readonly meta: Meta;
} & ControlPlaneFlagSetting<MessageIdOf<Meta>>): {
    meta: Meta;
    visit: {
        ControlPlaneComponent(ctx: ShapeReporter<MessageIdOf<Meta>> & {
            readonly target: K8sVersion;
        }, node: ControlPlaneNode): void;
    };
};
