/**
 * Config files named by a control-plane flag (`--authentication-config`, `--audit-policy-file`,
 * `--config`, `--admission-control-config-file`), matched to a document of the input. The flag holds a
 * path on the node (`/etc/kubernetes/audit/policy.yaml`); the input holds files at repository paths
 * (`clusters/prod/audit/policy.yaml`). A document matches when its file path ends with the flag's path,
 * else when its file has the flag's file name, else when it is the only document of that kind in the
 * input. Two equally good candidates match nothing: pci-lint does not guess which one the node reads.
 */

/** What a rule records about a config document, to match it later. */
export interface ConfigCandidate {
  /** The input file the document came from. */
  readonly file: string;
}

function segments(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
}

function endsWith(file: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length === 0 || suffix.length > file.length) return false;
  const offset = file.length - suffix.length;
  return suffix.every((s, i) => file[offset + i] === s);
}

/**
 * The candidate the flag value names, or undefined when none (or more than one equally) matches.
 * Matching by the longest common suffix of path segments: a candidate whose path ends with the whole
 * flag path beats one that only shares the file name.
 */
export function matchConfigFile<C extends ConfigCandidate>(flagValue: string, candidates: readonly C[]): C | undefined {
  if (candidates.length === 0) return undefined;
  const wanted = segments(flagValue.trim());
  let best: C[] = [];
  let bestLength = 0;
  for (const candidate of candidates) {
    const file = segments(candidate.file);
    let length = 0;
    for (let n = Math.min(wanted.length, file.length); n > 0; n--) {
      if (endsWith(file, wanted.slice(wanted.length - n))) {
        length = n;
        break;
      }
    }
    if (length === 0) continue;
    if (length > bestLength) {
      best = [candidate];
      bestLength = length;
    } else if (length === bestLength) best.push(candidate);
  }
  if (best.length === 1) return best[0];
  if (best.length > 1) return undefined;
  return candidates.length === 1 ? candidates[0] : undefined;
}
