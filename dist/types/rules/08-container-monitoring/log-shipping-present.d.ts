import { type DaemonSetFact } from '../../src/model/shapes/daemonset-present.js';
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing", import("../../src/model/shapes/daemonset-present.js").DaemonSetPresentOptions, DaemonSetFact>;
export default _default;
