import type { Document } from 'yaml';
import { type LinePositions } from './yaml-package.js';
import type { Span } from './positions.js';
/**
 * Keys that differ in YAML and become one key in JSON. kubectl turns a manifest into JSON with
 * sigs.k8s.io/yaml, whose `convertToJSONableObject` writes each non-string key of go-yaml's map as a string
 * (an int in decimal, a bool as `true`/`false`, a float with Go's `%g`) and ranges over a Go map to do it:
 * when `1` and `"1"` (or `on` and `"true"`) are both keys of one mapping, which value survives is not
 * defined. (Source: kubernetes-sigs/yaml at aadfabb7d36952151672ec164d4220a6f0e31f63, yaml.go
 * `convertToJSONableObject`.) pci-lint checks the later one, as `yaml` and positions.ts read it, and warns.
 */
export interface JsonKeyNote {
    readonly span: Span;
    readonly code: 'JSON_KEY_COLLISION';
    readonly message: string;
}
/** A warning on each earlier key of a mapping that another key of it collides with in JSON. */
export declare function jsonKeyCollisions(text: string, doc: Document.Parsed, lineCounter: LinePositions): JsonKeyNote[];
