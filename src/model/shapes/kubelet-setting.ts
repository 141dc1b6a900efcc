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
import { NEWEST_TARGET, OLDEST_TARGET, type K8sVersion } from '../../k8s/versions.js';
import { isPlainObject, own, type Resource } from '../resource.js';
import { kubeletContainerFlags, lastFlag, kubeletExtraArgs } from '../control-plane.js';
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

function fieldValue(value: unknown, field: readonly string[]): unknown {
  let current = value;
  for (const key of field) {
    if (!isPlainObject(current)) return undefined;
    current = own(current, key);
  }
  return current;
}

/** A visitor's context as the shape uses it: report, and the target release the predicates get. */
type KubeletContext<MessageId extends string> = ShapeReporter<MessageId> & { readonly target: K8sVersion };

/** The visitors of a kubelet setting rule. */
export function kubeletSettingVisitors<MessageId extends string>(setting: KubeletSetting<MessageId>) {
  if ([OLDEST_TARGET, NEWEST_TARGET].some((t) => setting.unsafeField(undefined, t)) && setting.messages.unset === undefined) {
    throw new Error(`kubelet setting ${setting.field.join('.')}: an absent field is unsafe, so messages.unset is needed`);
  }
  const checkFlag = (ctx: KubeletContext<MessageId>, config: Resource) => {
    const flag = lastFlag(kubeletExtraArgs(config), setting.flag);
    if (flag && setting.unsafeFlag(flag.value, ctx.target)) ctx.report({ at: flag.path, messageId: setting.messages.flag, data: { value: flag.value } });
  };
  return {
    InitConfiguration: checkFlag,
    JoinConfiguration: checkFlag,
    Container(ctx: KubeletContext<MessageId>, container: Pick<ContainerNode, 'value' | 'path' | 'name'>) {
      const flags = kubeletContainerFlags(container.value, container.path);
      const flag = flags && lastFlag(flags, setting.flag);
      if (flag && setting.unsafeFlag(flag.value, ctx.target)) ctx.report({ at: flag.path, messageId: setting.messages.container, data: { container: container.name, value: flag.value } });
    },
    KubeletConfiguration(ctx: KubeletContext<MessageId>, config: Resource) {
      const value = fieldValue(config.value, setting.field);
      if (!setting.unsafeField(value, ctx.target)) return;
      if (value === undefined) ctx.report({ at: config, messageId: setting.messages.unset ?? setting.messages.field });
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar as written; kept as the rules printed any value before this shape
      else ctx.report({ at: config.pathTo(...setting.field), messageId: setting.messages.field, data: { value: String(value) } });
    },
  };
}

/** A kubelet setting rule: hand the result to `defineRule`. */
export function kubeletSettingRule<const Meta extends ShapeMeta>(rule: { readonly meta: Meta } & KubeletSetting<MessageIdOf<Meta>>) {
  const { meta, ...setting } = rule;
  return { meta, visit: kubeletSettingVisitors(setting) };
}
