/**
 * What a rule shape's visitors need of the engine's contexts, written structurally: the model sits below
 * the engine and cannot import its types, and the engine's `VisitContext` and `FinishContext` satisfy these.
 */
import type { Path, SpanPart } from '../../load/positions.js';
import type { Located } from '../resource.js';
export type ShapeData = Readonly<Record<string, string>>;
/** The `report` of a visitor's context. */
export interface ShapeReporter<MessageId extends string> {
    report(report: {
        readonly at: Path | Located<unknown>;
        readonly messageId: MessageId;
        readonly data?: ShapeData;
        readonly part?: SpanPart;
    }): void;
}
/** The meta every rule has: a shape only needs its message ids. */
export interface ShapeMeta {
    readonly messages: Readonly<Record<string, string>>;
}
/** The message ids of a rule's meta. */
export type MessageIdOf<Meta extends ShapeMeta> = keyof Meta['messages'] & string;
