declare const _default: import("../../src/engine/rule.js").RuleDefinition<"latest" | "untagged" | "tagOnly" | "badDigest", undefined, never>;
export default _default;
