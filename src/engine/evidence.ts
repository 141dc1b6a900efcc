/**
 * What a run saw, beyond its findings, for the coverage report: which kinds of input were there (so a rule
 * with nothing to look at is "not assessed", not "passed"), what the input says about the cluster's
 * Kubernetes version, and which findings suppressions hid (the waiver register). Plain data: it crosses
 * worker threads and the cache like the rest of a file's result.
 */
import { CONTROL_PLANE_INPUTS, inputKindsOfObject, type InputKind } from '../k8s/input-kinds.js';
import { formatVersion } from '../k8s/versions.js';
import type { ControlPlaneNode } from '../model/control-plane.js';
import { isControlPlanePod, kubeletContainerFlags } from '../model/control-plane.js';
import { containersOf, podSpecsOf } from '../model/workloads.js';
import type { Resource, ResourceRef } from '../model/resource.js';
import type { Diagnostic, Location } from './diagnostic.js';

/** A version the input states, and where. */
export interface VersionClaim {
  /** `1.29` */
  readonly version: string;
  /** As written: `v1.29.3`. */
  readonly text: string;
  readonly how: string;
  readonly at: Location;
}

/** One finding a suppression hid. */
export interface Waiver {
  readonly ruleId: string;
  readonly kind: 'comment' | 'annotation';
  readonly reason?: string;
  /** Where the suppression is written. */
  readonly at: Location;
  /** The finding it hid. */
  readonly finding: { readonly file: string; readonly line: number; readonly column: number; readonly message: string; readonly resource?: ResourceRef };
  /** Rules whose findings of the same fact the hidden finding had replaced. */
  readonly alsoRules?: readonly string[];
  /** The hidden finding whole, for reports that list suppressed results (SARIF `suppressions`). */
  readonly diagnostic?: Diagnostic;
}

export interface FileEvidence {
  readonly kinds: readonly InputKind[];
  readonly versions: readonly VersionClaim[];
}

export interface RunEvidence extends FileEvidence {
  readonly waivers: readonly Waiver[];
}

export const NO_EVIDENCE: RunEvidence = { kinds: [], versions: [], waivers: [] };

/** The input kinds one object is: by kind and group, and the control-plane components it configures. */
export function inputKindsOfResource(resource: Resource, components: readonly ControlPlaneNode[]): InputKind[] {
  const kinds = inputKindsOfObject(resource.apiVersion, resource.kind);
  // A control-plane static pod configures components; workload rules do not visit it.
  const out = isControlPlanePod(resource) ? kinds.filter((k) => k !== 'workload') : kinds;
  for (const node of components) if ((CONTROL_PLANE_INPUTS as readonly string[]).includes(node.component)) out.push(node.component);
  // A kubelet a container runs (self-hosted) is kubelet configuration: its flags are checked.
  if (podSpecsOf(resource).some((spec) => containersOf(spec).some((c) => kubeletContainerFlags(c.value, c.path) !== undefined))) out.push('kubelet-config');
  return out;
}

/** Collects one file's evidence as its objects are walked. */
export class EvidenceCollector {
  private readonly kinds = new Set<InputKind>();
  private readonly versions: VersionClaim[] = [];

  addKinds(kinds: readonly InputKind[]): void {
    for (const k of kinds) this.kinds.add(k);
  }

  addVersion(claim: { readonly version: { readonly major: number; readonly minor: number }; readonly text: string; readonly how: string }, at: Location): void {
    this.versions.push({ version: formatVersion(claim.version), text: claim.text, how: claim.how, at });
  }

  result(): FileEvidence {
    return { kinds: [...this.kinds].sort(), versions: this.versions };
  }
}

/** The evidence of a whole run from its files' evidence and the waivers its suppressions produced. */
export function mergeEvidence(files: readonly (FileEvidence | undefined)[], waivers: readonly Waiver[]): RunEvidence {
  const kinds = new Set<InputKind>();
  const versions: VersionClaim[] = [];
  for (const f of files) {
    if (!f) continue;
    for (const k of f.kinds) kinds.add(k);
    for (const v of f.versions) versions.push(v);
  }
  return { kinds: [...kinds].sort(), versions, waivers };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True for evidence read back from the cache in the shape this version writes. */
export function isRunEvidence(value: unknown): value is RunEvidence {
  return isObject(value) && Array.isArray(value.kinds) && Array.isArray(value.versions) && Array.isArray(value.waivers);
}

export function isFileEvidence(value: unknown): value is FileEvidence {
  return isObject(value) && Array.isArray(value.kinds) && Array.isArray(value.versions);
}
