import type { K8sVersion } from './versions.js';
/**
 * Upstream support window of one Kubernetes minor release. Dates are ISO `YYYY-MM-DD` (UTC days).
 * `endOfSupport` is the *planned* end of life from kubernetes/website `data/releases/schedule.yaml`
 * (`endOfLifeDate`); `eol.yaml` sometimes records a later day because a final patch shipped after the
 * planned date, but support ends on the planned day (see ../shared/k8s-versions.md section 10).
 */
export interface ReleaseSupport {
    readonly minor: number;
    /** Day x.y.0 was released. */
    readonly released: string;
    /** Day upstream patch support ends (planned end of life). */
    readonly endOfSupport: string;
    /**
     * True when `endOfSupport` (and, for 1.37, `released`) is not read from upstream data but derived from the published cadence
     * (releases in April/August/December; support ends on the 28th, 14 months after the release month,
     * KEP-1498 "Kubernetes Yearly Support Period"). Rules say so in their messages.
     */
    readonly estimated: boolean;
    /** Where the dates come from. */
    readonly source: string;
}
/** Every minor release pci-lint can target, oldest first. */
export declare const RELEASES: readonly ReleaseSupport[];
/** The support window of a target, if the table has it. */
export declare function releaseSupportOf(version: K8sVersion): ReleaseSupport | undefined;
/** Days since 1970-01-01 of an ISO date (`2026-11-24`, or the date part of a timestamp); undefined if invalid. */
export declare function dayNumber(isoDate: string): number | undefined;
