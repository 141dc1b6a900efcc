import path from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../engine/config.js';
import type { Severity } from '../engine/diagnostic.js';
import type { AnyRule } from '../engine/rule.js';
import type { SharedSettings } from '../engine/rule.js';
import { ConfigError, type RuleSetting } from '../engine/settings.js';
import type { PlatformChoice } from '../k8s/platforms.js';
import { DEFAULT_TARGET, type K8sVersion } from '../k8s/versions.js';
import { ConfigFileError, findConfigFile, isInside, readConfigFile, repositoryRoot } from '../load/config-file.js';
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

function loadConfig(options: CliOptions, cwd: string, registry: readonly AnyRule[]): ResolvedConfig | undefined {
  if (options.noConfig) return undefined;
  try {
    const file = options.config !== undefined ? path.resolve(cwd, options.config) : findConfigFile(cwd);
    if (file === undefined) return undefined;
    const resolved = resolveConfig(readConfigFile(file, path.relative(cwd, file) || file), registry);
    return { ...resolved, file };
  } catch (error) {
    if (error instanceof ConfigFileError) throw new ConfigError(error.message);
    throw error;
  }
}

function toGlob(absolute: string): string {
  return absolute.split(path.sep).join('/');
}

/**
 * An `--ignore-pattern` as absolute globs, read as a .gitignore line relative to `cwd` (as ESLint reads
 * it): a pattern with a slash at its start or in its middle is anchored at `cwd`, one without matches at
 * any depth; a trailing slash matches directories only; a match is skipped with everything under it.
 */
export function ignorePatternGlobs(pattern: string, cwd: string): string[] {
  let p = pattern.trim();
  const dirOnly = p.endsWith('/');
  while (p.endsWith('/')) p = p.slice(0, -1);
  const anchored = p.includes('/');
  p = p.replace(/^\.\//, '').replace(/^\/+/, '');
  const stem = `${toGlob(path.resolve(cwd))}/${anchored ? '' : '**/'}${p}`;
  return dirOnly ? [`${stem}/**`] : [stem, `${stem}/**`];
}

/** Reads the configuration file (unless --no-config) and merges the command line over it. */
export function effectiveConfig(options: CliOptions, cwd: string, today: string, registry: readonly AnyRule[]): EffectiveConfig {
  const config = loadConfig(options, cwd, registry);
  const base = config ? path.dirname(config.file) : cwd;
  const baseline = options.baseline !== undefined ? path.resolve(cwd, options.baseline) : config?.baseline !== undefined ? path.resolve(base, config.baseline) : undefined;
  // A baseline named by a configuration file is part of the repository: one outside it (`/etc/shadow`, or a
  // link to it) would be read on the repository's say-so, and a baseline hides findings.
  if (options.baseline === undefined && config?.baseline !== undefined && baseline !== undefined && !isInside(repositoryRoot(base), baseline)) {
    throw new ConfigError(`${path.relative(cwd, config.file) || config.file}: baseline must name a file inside the repository; refusing to read it.`);
  }
  const pci = options.pci ?? config?.pci;
  return {
    ...(config && { configFile: config.file }),
    target: options.target ?? config?.target ?? DEFAULT_TARGET,
    targetFrom: options.target ? 'flag' : config?.target ? 'config' : 'default',
    platform: options.platform ?? config?.platform ?? 'auto',
    platformFrom: options.platform ? 'flag' : config?.platform ? 'config' : 'default',
    failOn: options.failOn ?? config?.failOn ?? 'error',
    rules: { ...config?.rules, ...options.rules },
    ...(pci && { pci }),
    ignore: [...(config?.ignore ?? []).map((p) => toGlob(path.resolve(base, p))), ...options.ignorePatterns.flatMap((p) => ignorePatternGlobs(p, cwd))],
    ...(baseline !== undefined && { baseline }),
    ...(config?.projects && { projects: config.projects.map((p) => path.resolve(base, p)) }),
    // The run date is the one input that is not in the files or the options.
    settings: { now: today, ...config?.settings, ...(options.pssLevel !== undefined && { pssLevel: options.pssLevel }) },
  };
}
