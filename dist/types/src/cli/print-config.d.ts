import type { AnyRule } from '../engine/rule.js';
import type { CliOptions } from './args.js';
/**
 * `--print-config FILE`: the configuration a run from `cwd` applies to FILE, as JSON: the configuration
 * file found (or none), each setting with the command line over the file, whether a walk would skip FILE
 * (`ignored`: null when there is no such file), and every rule with its state, severity and options.
 */
export declare function printConfig(file: string, options: CliOptions, cwd: string, today: string, registry: readonly AnyRule[]): Promise<string>;
