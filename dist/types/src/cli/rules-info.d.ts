import type { AnyRule } from '../engine/rule.js';
import { type K8sVersion } from '../k8s/versions.js';
export declare function ruleListJson(rules: readonly AnyRule[], target: K8sVersion): string;
export declare function ruleListText(rules: readonly AnyRule[], target: K8sVersion): string;
export declare function explainRule(rule: AnyRule): string;
