import type { Severity } from '../engine/diagnostic.js';
import type { AnyRule } from '../engine/rule.js';
import type { SharedSettings } from '../engine/rule.js';
import { type RuleSetting } from '../engine/settings.js';
import type { PlatformChoice } from '../k8s/platforms.js';
import { type K8sVersion } from '../k8s/versions.js';
import type { CliOptions } from './args.js';
/** What one run uses: the config file's values with the command line's on top. */
export interface EffectiveConfig {
    readonly configFile?: string;
    readonly target: K8sVersion;
    /** Where the target came from; `default` lets the run take the version the input states. */
    readonly targetFrom: 'flag' | 'config' | 'default';
    readonly platform: PlatformChoice;
    readonly platformFrom: 'flag' | 'config' | 'default';
    readonly failOn: Severity;
    readonly rules: Record<string, RuleSetting>;
    readonly pci?: readonly string[];
    /** Absolute ignore globs. */
    readonly ignore: readonly string[];
    /** Absolute project directories from the configuration file. */
    readonly projects?: readonly string[];
    /** Absolute path of the baseline to apply, if any. */
    readonly baseline?: string;
    readonly settings: SharedSettings;
}
/**
 * An `--ignore-pattern` as absolute globs, read as a .gitignore line relative to `cwd` (as ESLint reads
 * it): a pattern with a slash at its start or in its middle is anchored at `cwd`, one without matches at
 * any depth; a trailing slash matches directories only; a match is skipped with everything under it.
 */
export declare function ignorePatternGlobs(pattern: string, cwd: string): string[];
/** Reads the configuration file (unless --no-config) and merges the command line over it. */
export declare function effectiveConfig(options: CliOptions, cwd: string, today: string, registry: readonly AnyRule[]): EffectiveConfig;
