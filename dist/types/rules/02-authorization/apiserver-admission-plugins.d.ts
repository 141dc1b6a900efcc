declare const _default: import("../../src/engine/rule.js").RuleDefinition<"alwaysAdmit" | "removedPlugin" | "noNodeRestriction" | "podSecurityDisabled" | "noPodSecurityPolicy" | "noPodSecurity", undefined, never>;
export default _default;
