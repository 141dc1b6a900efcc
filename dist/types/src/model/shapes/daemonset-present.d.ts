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
    readonly messages: {
        readonly missing: MessageId;
    };
}
/** A "DaemonSet of this kind is present" rule: hand the result to `defineRuleWithFacts<DaemonSetFact>()`. */
export declare function daemonSetPresentRule<const Meta extends ShapeMeta>(rule: {
    readonly meta: Meta;
} & DaemonSetPresent<MessageIdOf<Meta>>): {
    meta: Meta & {
        options: {
            schema: {
                type: string;
                properties: {
                    additionalImages: {
                        type: string;
                        items: {
                            type: string;
                            minLength: number;
                        };
                    };
                };
                additionalProperties: boolean;
            };
            defaults: DaemonSetPresentOptions;
        };
    };
    visit: {
        PodSpec(ctx: {
            readonly options: DaemonSetPresentOptions;
            record(fact: DaemonSetFact): void;
        }, spec: PodSpecNode): void;
    };
    finish<L>(ctx: {
        report(report: {
            readonly at: L;
            readonly messageId: MessageIdOf<Meta>;
        }): void;
    }, project: {
        readonly first: {
            readonly location: L;
        } | undefined;
        readonly facts: readonly DaemonSetFact[];
    }): void;
};
