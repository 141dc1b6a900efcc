import type { Path } from '../load/positions.js';
import { type Located, type PlainObject, type Resource } from './resource.js';
/** AdmissionConfiguration of apiserver.config.k8s.io (v1, v1alpha1) or the older apiserver.k8s.io (v1alpha1). */
export declare function isAdmissionConfiguration(resource: Resource): boolean;
/** A standalone PodSecurityConfiguration document (what a plugin entry's `path` names). */
export declare function isPodSecurityConfiguration(resource: Resource): boolean;
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
/** Reads a PodSecurityConfiguration value found at `base` (`at` is where a finding about it as a whole goes). */
export declare function podSecuritySettings(value: PlainObject, base: Path, at: Path): PodSecuritySettings;
/** The PodSecurity plugin entry of an AdmissionConfiguration: its inline configuration, or the file it names. */
export type PodSecurityPluginEntry = {
    readonly inline: PodSecuritySettings;
} | {
    readonly path: Located<string>;
};
export declare function podSecurityPluginEntry(resource: Resource): PodSecurityPluginEntry | undefined;
