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

const SCHEDULE = 'kubernetes/website data/releases/schedule.yaml';
const EOL = 'kubernetes/website data/releases/eol.yaml (commit 0637786)';
const EOL_DATE_ORG = 'endoflife-date/endoflife.date products/kubernetes.md';
const CADENCE = 'estimated from the cadence (KEP-2572 three releases a year, KEP-1498 14-month support): no upstream end-of-life date was available';

/** Every minor release pci-lint can target, oldest first. */
export const RELEASES: readonly ReleaseSupport[] = [
  { minor: 19, released: '2020-08-26', endOfSupport: '2021-10-28', estimated: false, source: `${EOL}; release day ${EOL_DATE_ORG} (says 2020-08-27; release blog dated 2020-08-26)` },
  { minor: 20, released: '2020-12-08', endOfSupport: '2022-02-28', estimated: false, source: `${EOL}; release day ${EOL_DATE_ORG}` },
  { minor: 21, released: '2021-04-08', endOfSupport: '2022-06-28', estimated: false, source: `${EOL}; release day ${EOL_DATE_ORG}` },
  // eol.yaml records 2022-12-08, the day 1.22.17 shipped after the planned end of life.
  { minor: 22, released: '2021-08-04', endOfSupport: '2022-10-28', estimated: false, source: `${EOL_DATE_ORG} (planned); ${EOL} records the late final patch 2022-12-08` },
  { minor: 23, released: '2021-12-07', endOfSupport: '2023-02-28', estimated: false, source: `${EOL}; release day from ../shared/k8s-versions.md [mem]` },
  { minor: 24, released: '2022-05-03', endOfSupport: '2023-07-28', estimated: false, source: `${SCHEDULE} (commit 0008cd2)` },
  { minor: 25, released: '2022-08-23', endOfSupport: '2023-10-28', estimated: false, source: `${SCHEDULE} (commit 0008cd2)` },
  { minor: 26, released: '2022-12-09', endOfSupport: '2024-02-28', estimated: false, source: `${SCHEDULE} (commit 0008cd2)` },
  // schedule.yaml's releaseDate reads 2024-04-11 (a typo); its 1.27.0 targetDate is 2023-04-11.
  { minor: 27, released: '2023-04-11', endOfSupport: '2024-06-28', estimated: false, source: `${SCHEDULE} (commit 0008cd2); ${EOL} records 2024-07-16` },
  { minor: 28, released: '2023-08-15', endOfSupport: '2024-10-28', estimated: false, source: `${SCHEDULE} (commit 28d3e13); ${EOL} records 2024-10-22` },
  { minor: 29, released: '2023-12-13', endOfSupport: '2025-02-28', estimated: false, source: `${SCHEDULE} (commit 28d3e13); ${EOL}` },
  { minor: 30, released: '2024-04-17', endOfSupport: '2025-06-28', estimated: false, source: `${SCHEDULE} (commit 28d3e13); ${EOL} records 2025-07-15` },
  { minor: 31, released: '2024-08-13', endOfSupport: '2025-10-28', estimated: false, source: `${SCHEDULE} (commit 28d3e13); ${EOL} records 2025-11-11` },
  { minor: 32, released: '2024-12-11', endOfSupport: '2026-02-28', estimated: true, source: `release day: release blog /blog/2024/12/11/kubernetes-v1-32-release; end: ${CADENCE}` },
  { minor: 33, released: '2025-04-23', endOfSupport: '2026-06-28', estimated: true, source: `release day: release blog /blog/2025/04/23/kubernetes-v1-33-release; end: ${CADENCE}` },
  { minor: 34, released: '2025-08-27', endOfSupport: '2026-10-28', estimated: true, source: `release day: ../shared/k8s-versions.md [mem] (v1.34 sneak-peek blog: late August 2025); end: ${CADENCE}` },
  { minor: 35, released: '2025-12-17', endOfSupport: '2027-02-28', estimated: true, source: `release day: release blog /blog/2025/12/17/kubernetes-v1-35-release; end: ${CADENCE}` },
  { minor: 36, released: '2026-04-22', endOfSupport: '2027-06-28', estimated: true, source: `release day: news reports citing the v1.36 "Haru" release blog (2026-04-22); end: ${CADENCE}` },
  // No upstream or secondary record of the 1.37 release day was available: both dates follow the cadence.
  { minor: 37, released: '2026-08-26', endOfSupport: '2027-10-28', estimated: true, source: `release day and end: ${CADENCE} (August release)` },
];

/** The support window of a target, if the table has it. */
export function releaseSupportOf(version: K8sVersion): ReleaseSupport | undefined {
  if (version.major !== 1) return undefined;
  return RELEASES.find((r) => r.minor === version.minor);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date (`2026-11-24`, or the date part of a timestamp); undefined if invalid. */
export function dayNumber(isoDate: string): number | undefined {
  const match = ISO_DATE.exec(isoDate.slice(0, 10));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86_400_000);
}
