import { type Location } from '../../src/engine/rule.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"selfApproval" | "clientCertificateRequest" | "legacyDefaultRequest", undefined, RbacFact<Location>>;
export default _default;
