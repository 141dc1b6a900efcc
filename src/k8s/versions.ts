
/**
 * A Kubernetes minor release, the unit every version fact in pci-lint is expressed in.
 * Patch levels never change what pci-lint checks, so they are dropped on parsing.
 */
export interface K8sVersion {
  readonly major: number;
  readonly minor: number;
}

/** Oldest target pci-lint checks against. */
export const OLDEST_TARGET: K8sVersion = { major: 1, minor: 19 };

/**
 * Newest target, and the default one: the newest Pod Security Standards policy version upstream
 * (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/api, LatestVersion; see
 * ../shared/k8s-versions.md section 8).
 */
export const NEWEST_TARGET: K8sVersion = { major: 1, minor: 37 };

export const DEFAULT_TARGET = NEWEST_TARGET;

export function formatVersion(v: K8sVersion): string {
  return `${v.major}.${v.minor}`;
}

/**
 * Parses `1.30`, `v1.30`, `1.30.4` or `v1.30.4-gke.100` into a minor version.
 * Returns undefined for anything else (`1`, `latest`, `1.x`).
 */
export function parseVersion(text: string): K8sVersion | undefined {
  const trimmed = text.trim();
  if (!/^v?\d+\.\d+(\.\d+)?([-+].*)?$/.test(trimmed)) return undefined;
  return coerced(trimmed);
}

/**
 * What semver 7's `coerce` (without options) reads from a text, as major and minor: the first run of one to
 * three dot-separated numbers of at most 16 digits each, not inside a longer run of digits, read strictly
 * (no leading zero, at most Number.MAX_SAFE_INTEGER, missing parts 0); undefined where `coerce` gives null.
 * Written out because loading semver builds its whole table of regular expressions, a cost of every start
 * (test/k8s/versions.test.ts compares the two).
 */
const COERCE = /(^|\D)(\d{1,16})(?:\.(\d{1,16}))?(?:\.(\d{1,16}))?(?:$|\D)/;
const STRICT_NUMBER = /^(?:0|[1-9]\d*)$/;

function coerced(text: string): K8sVersion | undefined {
  const match = COERCE.exec(text);
  if (!match) return undefined;
  const parts = [match[2] ?? '', match[3] ?? '0', match[4] ?? '0'];
  if (!parts.every((part) => STRICT_NUMBER.test(part) && Number(part) <= Number.MAX_SAFE_INTEGER)) return undefined;
  return { major: Number(parts[0]), minor: Number(parts[1]) };
}

/** Negative when a is older than b, zero when equal, positive when newer. Hot: called per check. */
export function compareVersions(a: K8sVersion, b: K8sVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

export function isSupportedTarget(v: K8sVersion): boolean {
  return compareVersions(v, OLDEST_TARGET) >= 0 && compareVersions(v, NEWEST_TARGET) <= 0;
}

/** Every supported target, oldest first. */
export function supportedTargets(): K8sVersion[] {
  const out: K8sVersion[] = [];
  for (let minor = OLDEST_TARGET.minor; minor <= NEWEST_TARGET.minor; minor++) out.push({ major: 1, minor });
  return out;
}

/**
 * A half-open applicability window: `since` inclusive, `until` exclusive (the first release where the
 * check stops making sense, typically the release that removed the thing it checks).
 */
export interface VersionRange {
  readonly since?: string;
  readonly until?: string;
}

export function inRange(target: K8sVersion, range: VersionRange | undefined): boolean {
  if (!range) return true;
  if (range.since !== undefined && compareVersions(target, mustParse(range.since)) < 0) return false;
  if (range.until !== undefined && compareVersions(target, mustParse(range.until)) >= 0) return false;
  return true;
}

export function mustParse(text: string): K8sVersion {
  const v = parseVersion(text);
  if (!v) throw new Error(`invalid Kubernetes version "${text}"`);
  return v;
}

export function describeRange(range: VersionRange | undefined): string {
  if (!range || (range.since === undefined && range.until === undefined)) return 'all';
  if (range.until === undefined) return `>= ${range.since}`;
  if (range.since === undefined) return `< ${range.until}`;
  return `${range.since} to < ${range.until}`;
}
