import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajvConstructor } from './ajv.js';
import { closest, distance } from 'fastest-levenshtein';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import type { PlatformChoice } from '../k8s/platforms.js';
import { isSupportedTarget, parseVersion, type K8sVersion } from '../k8s/versions.js';
import type { ConfigSource } from '../load/config-file.js';
import type { Path, PathSegment } from '../load/positions.js';
import type { Severity } from './diagnostic.js';
import type { AnyRule } from './rule.js';
import type { SharedSettings } from './rule.js';
import { ConfigError, resolveOptions, suggestRuleId, type RuleSetting } from './settings.js';

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

interface RawConfig {
  k8sVersion?: string;
  platform?: PlatformChoice;
  failOn?: Severity;
  pci?: string[];
  ignore?: string[];
  baseline?: string;
  projects?: string[];
  rules?: Record<string, RuleSetting>;
  settings?: SharedSettings;
}

// Compiled on first use: runs without a configuration file should not pay for it at start-up.
let validateSchema: ValidateFunction<RawConfig> | undefined;
function configValidator(): ValidateFunction<RawConfig> {
  validateSchema ??= new (ajvConstructor())({ allErrors: true, strict: false, verbose: true }).compile<RawConfig>(schema);
  return validateSchema;
}

export { schema as configSchema };

function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s): PathSegment => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? Number(key) : key;
    });
}

function describe(error: ErrorObject): { path: Path; message: string; part: 'key' | 'pair' } {
  const path = pointerToPath(error.instancePath);
  const where = error.instancePath === '' ? 'the configuration' : `"${path.join('.')}"`;
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  const hint = description ? ` (${description})` : '';
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
    const guess = known.length ? closest(key, known) : undefined;
    const suggestion = guess && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean "${guess}"?` : '';
    return { path: [...path, key], part: 'key', message: `Unknown key "${key}" in ${where}.${suggestion} Allowed: ${known.join(', ')}.` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return { path, part: 'pair', message: `${where} must be one of ${allowed}.` };
  }
  if (error.keyword === 'oneOf' && path[0] === 'rules') {
    return { path, part: 'pair', message: `${where} must be off, error, warning, info, or { severity, options }.` };
  }
  return { path, part: 'pair', message: `${where} ${error.message ?? 'is invalid'}${hint}.` };
}

function fail(source: ConfigSource, path: Path, message: string, part: 'key' | 'pair' = 'pair'): never {
  const at = source.position(path, part);
  throw new ConfigError(`${source.file}${at ? `:${at.line}:${at.column}` : ''}: ${message}`);
}

// Errors nested under a failed oneOf repeat it in other words; the oneOf itself says it best.
function mostUseful(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const oneOf = errors.find((e) => e.keyword === 'oneOf');
  if (oneOf) return oneOf;
  return errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
}

/**
 * Validates a configuration file against schemas/config.schema.json and the rule registry. Every mistake is
 * a ConfigError that starts with `file:line:col` of the offending key or value.
 */
export function resolveConfig(source: ConfigSource, registry: readonly AnyRule[]): ResolvedConfig {
  const value = source.value;
  const validate = configValidator();
  if (!validate(value)) {
    const error = mostUseful(validate.errors ?? []);
    if (!error) fail(source, [], 'invalid configuration.');
    const { path, message, part } = describe(error);
    fail(source, path, message, part);
  }
  let target: K8sVersion | undefined;
  if (value.k8sVersion !== undefined) {
    target = parseVersion(value.k8sVersion);
    if (!target || !isSupportedTarget(target)) fail(source, ['k8sVersion'], `k8sVersion "${value.k8sVersion}" is not a supported target (1.19 to 1.37).`);
  }
  const ids = registry.map((r) => r.meta.id);
  for (const [id, setting] of Object.entries(value.rules ?? {})) {
    const rule = registry.find((r) => r.meta.id === id);
    if (!rule) {
      const hint = suggestRuleId(id, ids);
      fail(source, ['rules', id], `Unknown rule "${id}".${hint ? ` Did you mean "${hint}"?` : ''} Run pci-lint --list-rules to see them all.`, 'key');
    }
    if (typeof setting === 'object' && setting.options !== undefined) {
      try {
        resolveOptions(rule, setting.options);
      } catch (error) {
        fail(source, ['rules', id, 'options'], error instanceof Error ? error.message : String(error));
      }
    }
  }
  return {
    file: source.file,
    ...(target && { target }),
    ...(value.platform && { platform: value.platform }),
    ...(value.failOn && { failOn: value.failOn }),
    ...(value.pci && { pci: value.pci }),
    ...(value.ignore && { ignore: value.ignore }),
    ...(value.baseline !== undefined && { baseline: value.baseline }),
    ...(value.projects && { projects: value.projects }),
    ...(value.rules && { rules: value.rules }),
    ...(value.settings && { settings: value.settings }),
  };
}
