/**
 * The shape of an evidence rule "a DaemonSet of this kind is present": a node agent (a log shipper, a
 * runtime security sensor) recognised by its image. Every pod spec records whether it is a DaemonSet's that
 * runs one of the images; a project (the unit cross-file checks join facts in) that runs workloads but no
 * such DaemonSet is reported once, at its first object. A project without workloads gets no note.
 * Users name more images in the rule's `additionalImages` option (added to the meta here). A rule of this
 * shape is its meta plus the images:
 *
 *   export default defineRuleWithFacts<DaemonSetFact>()(daemonSetPresentRule({
 *     meta: { id: 'runtime-monitoring-present', …, messages: { missing: 'No runtime security DaemonSet …' } },
 *     images: ['falcosecurity/falco', 'aquasec/tracee', 'cilium/tetragon'],
 *     messages: { missing: 'missing' },
 *   }));
 */
import { podRunsImage } from '../image-names.js';
import type { PodSpecNode } from '../workloads.js';
import type { MessageIdOf, ShapeMeta } from './context.js';

/** The fact every pod spec records: whether it is a DaemonSet's that runs one of the images. */
export interface DaemonSetFact {
  readonly found: boolean;
}

export interface DaemonSetPresentOptions {
  /** More image repositories (`vendor/sensor`) that count. */
  readonly additionalImages: readonly string[];
}

export interface DaemonSetPresent<MessageId extends string> {
  /** Image repositories that count, compared as `imageMatches` does (`falcosecurity/falco` matches its variants and mirrors). */
  readonly images: readonly string[];
  /** Reported once per project that runs workloads, at its first object, when no DaemonSet of it runs one of them. */
  readonly messages: { readonly missing: MessageId };
}

const OPTIONS = {
  schema: {
    type: 'object',
    properties: { additionalImages: { type: 'array', items: { type: 'string', minLength: 1 } } },
    additionalProperties: false,
  },
  defaults: { additionalImages: [] } as DaemonSetPresentOptions,
};

/** A "DaemonSet of this kind is present" rule: hand the result to `defineRuleWithFacts<DaemonSetFact>()`. */
export function daemonSetPresentRule<const Meta extends ShapeMeta>(rule: { readonly meta: Meta } & DaemonSetPresent<MessageIdOf<Meta>>) {
  const { images, messages } = rule;
  return {
    meta: { ...rule.meta, options: OPTIONS },
    visit: {
      // Every pod spec is recorded: a project that runs no workload has no containers to watch, and gets no note.
      PodSpec(ctx: { readonly options: DaemonSetPresentOptions; record(fact: DaemonSetFact): void }, spec: PodSpecNode) {
        ctx.record({ found: spec.resource.kind === 'DaemonSet' && podRunsImage(spec, [...images, ...ctx.options.additionalImages]) });
      },
    },
    finish<L>(
      ctx: { report(report: { readonly at: L; readonly messageId: MessageIdOf<Meta> }): void },
      project: { readonly first: { readonly location: L } | undefined; readonly facts: readonly DaemonSetFact[] },
    ) {
      const first = project.first;
      if (!first || project.facts.length === 0 || project.facts.some((f) => f.found)) return;
      ctx.report({ at: first.location, messageId: messages.missing });
    },
  };
}
