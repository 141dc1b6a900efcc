import { type CustomResourceSchema } from '../../src/model/custom-schemas.js';
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unknownField" | "unknownFieldSuggestion" | "fieldNotYetAvailable" | "wrongType" | "missingField" | "invalidValue" | "invalidValueSuggestion" | "noLongerServed" | "unknownKind" | "unknownKindSuggestion" | "notYetServed", {
    customResources: readonly CustomResourceSchema[];
}, never>;
export default _default;
