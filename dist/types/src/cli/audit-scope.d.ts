import type { VersionClaim } from '../engine/evidence.js';
import { type K8sVersion } from '../k8s/versions.js';
export declare function sha256OfFile(file: string): string | undefined;
/** The commit HEAD points at in the repository around `cwd`, or undefined outside one. */
export declare function gitCommitOf(cwd: string): string | undefined;
/**
 * The version the input states, when its claims agree on one supported release; and what to warn about
 * (claims that disagree, a stated version pci-lint cannot target, a given target that differs).
 */
export declare function versionFromInput(claims: readonly VersionClaim[], given: K8sVersion | undefined): {
    version?: K8sVersion;
    detail?: string;
    warnings: string[];
};
