import schema from '../../schemas/config.schema.json';
import type { PlatformChoice } from '../k8s/platforms.js';
import { type K8sVersion } from '../k8s/versions.js';
import type { ConfigSource } from '../load/config-file.js';
import type { Severity } from './diagnostic.js';
import type { AnyRule } from './rule.js';
import type { SharedSettings } from './rule.js';
import { type RuleSetting } from './settings.js';
/** A validated configuration file, in the terms the linter and CLI use. */
export interface ResolvedConfig {
    readonly file: string;
    readonly target?: K8sVersion;
    readonly platform?: PlatformChoice;
    readonly failOn?: Severity;
    readonly pci?: string[];
    /** Ignore globs as written, relative to the config file's directory. */
    readonly ignore?: string[];
    /** Baseline path as written, relative to the config file's directory. */
    readonly baseline?: string;
    /** Project directories as written, relative to the config file's directory. */
    readonly projects?: string[];
    readonly rules?: Record<string, RuleSetting>;
    readonly settings?: SharedSettings;
}
export { schema as configSchema };
/**
 * Validates a configuration file against schemas/config.schema.json and the rule registry. Every mistake is
 * a ConfigError that starts with `file:line:col` of the offending key or value.
 */
export declare function resolveConfig(source: ConfigSource, registry: readonly AnyRule[]): ResolvedConfig;
