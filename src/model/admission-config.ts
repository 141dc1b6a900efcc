/**
 * The admission plugin configuration a kube-apiserver reads from `--admission-control-config-file`
 * (AdmissionConfiguration: one entry per plugin, its configuration inline or in a file named by `path`),
 * and the PodSecurity plugin's PodSecurityConfiguration, inline or standalone. Each value keeps its path.
 */
import { PSA_CONFIGURATION } from '../k8s/pss.js';
import type { Path } from '../load/positions.js';
import { isPlainObject, own, type Located, type PlainObject, type Resource } from './resource.js';

/** AdmissionConfiguration of apiserver.config.k8s.io (v1, v1alpha1) or the older apiserver.k8s.io (v1alpha1). */
export function isAdmissionConfiguration(resource: Resource): boolean {
  return resource.kind === 'AdmissionConfiguration' && (resource.group === 'apiserver.config.k8s.io' || resource.group === 'apiserver.k8s.io');
}

function isPodSecurityConfigurationValue(value: unknown): value is PlainObject {
  if (!isPlainObject(value) || value.kind !== 'PodSecurityConfiguration' || typeof value.apiVersion !== 'string') return false;
  return value.apiVersion.startsWith(`${PSA_CONFIGURATION.group}/`);
}

/** A standalone PodSecurityConfiguration document (what a plugin entry's `path` names). */
export function isPodSecurityConfiguration(resource: Resource): boolean {
  return isPodSecurityConfigurationValue(resource.value);
}

/** What a PodSecurityConfiguration sets, each value with its path. */
export interface PodSecuritySettings {
  /** `defaults.enforce` when written as a string. */
  readonly enforce?: Located<string>;
  /** Where the configuration starts (its `kind:` line, or the plugin entry's `configuration:` key). */
  readonly at: Path;
  readonly exemptions: {
    readonly namespaces: readonly Located<string>[];
    readonly usernames: readonly Located<string>[];
    readonly runtimeClasses: readonly Located<string>[];
  };
}

function stringItems(list: unknown, base: Path): Located<string>[] {
  if (!Array.isArray(list)) return [];
  const out: Located<string>[] = [];
  list.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push({ value: item, path: [...base, i] });
  });
  return out;
}

/** Reads a PodSecurityConfiguration value found at `base` (`at` is where a finding about it as a whole goes). */
export function podSecuritySettings(value: PlainObject, base: Path, at: Path): PodSecuritySettings {
  const defaults = own(value, 'defaults');
  const enforce = isPlainObject(defaults) ? own(defaults, 'enforce') : undefined;
  const exemptions = own(value, 'exemptions');
  const list = (key: string) => stringItems(isPlainObject(exemptions) ? own(exemptions, key) : undefined, [...base, 'exemptions', key]);
  return {
    ...(typeof enforce === 'string' && enforce !== '' && { enforce: { value: enforce, path: [...base, 'defaults', 'enforce'] } }),
    at,
    exemptions: { namespaces: list('namespaces'), usernames: list('usernames'), runtimeClasses: list('runtimeClasses') },
  };
}

/** The PodSecurity plugin entry of an AdmissionConfiguration: its inline configuration, or the file it names. */
export type PodSecurityPluginEntry = { readonly inline: PodSecuritySettings } | { readonly path: Located<string> };

export function podSecurityPluginEntry(resource: Resource): PodSecurityPluginEntry | undefined {
  const plugins = own(resource.value, 'plugins');
  if (!Array.isArray(plugins)) return undefined;
  let found: PodSecurityPluginEntry | undefined;
  plugins.forEach((plugin: unknown, i) => {
    if (!isPlainObject(plugin) || own(plugin, 'name') !== 'PodSecurity') return;
    const base = resource.pathTo('plugins', i);
    const configuration = own(plugin, 'configuration');
    const path = own(plugin, 'path');
    // The apiserver prefers inline configuration over path (apiserver/pkg/admission/config.go GetAdmissionPluginConfigurationFor).
    if (isPodSecurityConfigurationValue(configuration)) found = { inline: podSecuritySettings(configuration, [...base, 'configuration'], [...base, 'configuration']) };
    else if (typeof path === 'string' && path.trim() !== '') found = { path: { value: path.trim(), path: [...base, 'path'] } };
  });
  return found;
}
