import type { LocatedSpan, Path, Span, SpanPart } from './positions.js';
/**
 * A faster load path for manifests: js-yaml's loader (about ten times the throughput of `yaml`'s parse +
 * toJS here) with its `listener` hook, from whose open/close events an index of key and value spans is
 * built. It answers `locate` with exactly the semantics of `locatePath` (positions.ts) and gives the same
 * plain values as the `yaml` path, but only for text it surely reads the same way. What is outside that is
 * decided from the nodes the parser meets, not from characters anywhere in the text: anchors, aliases and
 * the tags that change nothing (`!!str`, `!!map`, `!!seq`) are indexed (an alias stands for its anchored
 * node, as `locatePath` derefs it); multi-line scalars and flow collections are read when `yaml` would
 * accept their indentation. Other tags, merge keys, aliases inside anchored nodes, properties on keys,
 * complex or non-string keys, comments where `yaml` stretches a node's range over them, comments glued to
 * a quote or a flow indicator, directives, `...` markers, tabs, CRs, empty sequence items and any js-yaml
 * error return `undefined`, and the caller parses the whole file with `yaml` (which also reports every
 * syntax error).
 */
export interface FastDocument {
    readonly value: unknown;
    /** Offset of the document's content, as `yaml` reports it. */
    readonly start: number;
    /** Offset where the text that precedes the content (the header, read for `# Source:`) begins. */
    readonly headerStart: number;
    locate(path: Path, part?: SpanPart): LocatedSpan | undefined;
}
/** A key repeated in one mapping: Kubernetes' decoder keeps the value of its last occurrence. */
export interface DuplicateKey {
    /** The key, as a string (the fast path reads only string keys). */
    readonly key: string;
    /** The span of an earlier occurrence of the key, whose value is ignored. */
    readonly at: Span;
    /** The span of the key's last occurrence, whose value is the one kept. */
    readonly effective: Span;
}
/**
 * Parses `text` (already BOM-free and with lone CRs normalised) with js-yaml, or returns `undefined` when
 * the text is outside what this path reproduces exactly; the caller then uses `yaml`.
 */
export declare function fastParse(text: string): FastDocument[] | undefined;
/**
 * The js-yaml read of a text `yaml` rejects, where Kubernetes' own decoder (sigs.k8s.io/yaml over go-yaml)
 * accepts it: a quoted scalar or flow collection whose continuation lines are indented no deeper than the
 * block node holding it. go-yaml's scanner (scannerc.go, `yaml_parser_scan_flow_scalar`, a port of libyaml)
 * checks such lines only for a document marker at column 0 and for the end of the stream, and checks no
 * indentation inside flow collections; js-yaml does the same. `relaxed` holds the offset of each such node.
 *
 * And a key repeated in a mapping: sigs.k8s.io/yaml's `YAMLToJSON` (what kubectl decodes manifests with,
 * through k8s.io/apimachinery's util/yaml) calls go-yaml v2's non-strict `yaml.Unmarshal`, which keeps the
 * last value of a repeated key, the whole of it, with no merge of the earlier one (kubernetes-sigs/yaml at
 * aadfabb7d36952151672ec164d4220a6f0e31f63: yaml.go `YAMLToJSON`; yaml_test.go, `TestYAMLToJSONStrictFails`
 * "duplicate struct value" and "decode duplicate into nested string map"; only `YAMLToJSONStrict` fails).
 * js-yaml's `json` option does the same, and locate resolves a path to the last occurrence. `duplicates`
 * holds every earlier occurrence. Keys are compared as the strings they resolve to; the fast path reads only
 * keys that resolve to strings, as go-yaml compares two string keys.
 *
 * Undefined when the text needs anything else the fast path leaves to `yaml`.
 */
export declare function fastParseLenient(text: string): {
    readonly documents: FastDocument[];
    readonly relaxed: readonly number[];
    readonly duplicates: readonly DuplicateKey[];
} | undefined;
