/**
 * Every built-in rule, sorted by id. This list is the registry: the CLI, the docs, SARIF rule descriptors
 * and the coverage report all read it. A test keeps it sorted and in step with the files under rules/.
 */
import type { AnyRule } from '../src/engine/rule.js';
export declare const builtinRules: readonly AnyRule[];
