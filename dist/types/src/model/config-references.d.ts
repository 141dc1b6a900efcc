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
/**
 * The candidate the flag value names, or undefined when none (or more than one equally) matches.
 * Matching by the longest common suffix of path segments: a candidate whose path ends with the whole
 * flag path beats one that only shares the file name.
 */
export declare function matchConfigFile<C extends ConfigCandidate>(flagValue: string, candidates: readonly C[]): C | undefined;
