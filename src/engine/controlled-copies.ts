/**
 * Exported cluster state (`kubectl get deploy,rs,pod -o yaml`) holds a Deployment, the ReplicaSet it
 * controls and that ReplicaSet's Pods: one pod template, three copies. A finding on a controlled copy is
 * its controller's fact when the controller, in the same document, has a finding of the same rule at the
 * same place of its pod template (or of the object): that copy is dropped, the controller's kept. A copy
 * that differs (a Pod edited after it was created, a reference forged to hide it) keeps every finding its
 * controller does not also have.
 */
import type { Diagnostic } from './diagnostic.js';

/** One object of a document's walk, with the diagnostics its visit added (`from` to `to`, exclusive). */
export interface WalkedObject {
  /** objectKey of the object itself. */
  readonly self: string;
  readonly uid: string | undefined;
  /** objectKey of its controller, when it names one. */
  readonly controller: { readonly key: string; readonly uid?: string } | undefined;
  /** Formatted path of the object in the document (formatPath). */
  readonly objectPath: string;
  /** Its pod specs (workloads.podSpecsOf): formatted path in the document, and below the object. */
  readonly podSpecs: readonly { readonly path: string; readonly relative: string }[];
  readonly from: number;
  readonly to: number;
}

function under(path: string, prefix: string): string | undefined {
  if (prefix === '') return path;
  if (!path.startsWith(prefix)) return undefined;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[' ? path.slice(prefix.length) : undefined;
}

/**
 * What a finding says of an object, wherever the object keeps its pod template: the place relative to its
 * pod spec (and which spec: its path below the object), or to the object.
 */
function placeOf(d: Diagnostic, object: WalkedObject): { readonly place: string; readonly spec?: string } {
  const path = d.path ?? `${String(d.line)}:${String(d.column)}`;
  for (const spec of object.podSpecs) {
    const inSpec = under(path, spec.path);
    if (inSpec !== undefined) return { place: `spec${inSpec}`, spec: spec.relative };
  }
  return { place: `object${under(path, object.objectPath) ?? path}` };
}

/**
 * True when a copy's pod spec can be made from a controller's: below the copy's top field (its `spec`, which
 * the controller writes from a part of its own spec), the copy's path is a suffix of the controller's. So a
 * Pod's `spec` matches any template; a Job's `spec.template.spec` a CronJob's
 * `spec.jobTemplate.spec.template.spec`; a RayCluster's `spec.workerGroupSpecs[0].template.spec` a RayJob's
 * `spec.rayClusterSpec.workerGroupSpecs[0].template.spec`, never its head group's.
 */
function sameTemplate(owner: string, copy: string): boolean {
  const cut = copy.search(/[.[]/);
  if (cut < 0) return true;
  const rest = copy.charAt(cut) === '.' ? copy.slice(cut + 1) : copy.slice(cut);
  if (!owner.endsWith(rest)) return false;
  const before = owner.charAt(owner.length - rest.length - 1);
  return owner.length === rest.length || before === '.' || before === ']' || rest.startsWith('[');
}

const factKey = (ruleId: string, messageId: string | undefined, place: string) => `${ruleId}\u0000${messageId ?? ''}\u0000${place}`;

/** The place one field up (`spec.serviceAccountName` → `spec`, `spec.containers[0]` → `spec.containers`); none at the top. */
function parentPlace(place: string): string | undefined {
  const cut = Math.max(place.lastIndexOf('.'), place.lastIndexOf('['));
  return cut > 0 ? place.slice(0, cut) : undefined;
}

/**
 * What a copy's finding would be on its controller: the same rule and place, or, for a message the API
 * server's defaulting makes (`defaulted`: RuleMeta.defaultedInCopies of its rule), the controller's message
 * one field up.
 */
function copyKeys(place: string, d: Diagnostic, defaulted: DefaultedMessages | undefined): string[] {
  const keys = [factKey(d.ruleId, d.messageId, place)];
  const controllerMessage = d.messageId === undefined ? undefined : defaulted?.(d.ruleId, d.messageId);
  const parent = parentPlace(place);
  if (controllerMessage !== undefined && parent !== undefined) keys.push(factKey(d.ruleId, controllerMessage, parent));
  return keys;
}

/** For a rule and a copy's messageId, the controller's messageId when the API server's defaulting makes the difference. */
export type DefaultedMessages = (ruleId: string, messageId: string) => string | undefined;

/** The indexes of `diagnostics` that repeat a finding of their object's controller (see above). */
export function controlledCopies(objects: readonly WalkedObject[], diagnostics: readonly Diagnostic[], defaulted?: DefaultedMessages): Set<number> {
  const dropped = new Set<number>();
  if (!objects.some((o) => o.controller !== undefined)) return dropped;
  const byKey = new Map<string, WalkedObject[]>();
  for (const object of objects) {
    const list = byKey.get(object.self);
    if (list) list.push(object);
    else byKey.set(object.self, [object]);
  }
  // An object's facts: those of the object itself (key '') and those of each pod spec (key its relative path).
  const factsOf = new Map<WalkedObject, Map<string, Set<string>>>();
  const facts = (object: WalkedObject): Map<string, Set<string>> => {
    let byPlace = factsOf.get(object);
    if (!byPlace) {
      byPlace = new Map();
      for (let i = object.from; i < object.to; i++) {
        const d = diagnostics[i];
        if (!d) continue;
        const { place, spec = '' } = placeOf(d, object);
        let set = byPlace.get(spec);
        if (!set) byPlace.set(spec, (set = new Set()));
        set.add(factKey(d.ruleId, d.messageId, place));
      }
      factsOf.set(object, byPlace);
    }
    return byPlace;
  };
  /** The fact sets of an owner that a finding of the copy (in pod spec `spec`, or '' for the object) is compared with. */
  const comparable = (owner: WalkedObject, spec: string | undefined): Set<string>[] => {
    const out: Set<string>[] = [];
    for (const [key, set] of facts(owner)) if (spec === undefined ? key === '' : key !== '' && sameTemplate(key, spec)) out.push(set);
    return out;
  };
  for (const object of objects) {
    const ref = object.controller;
    if (!ref) continue;
    // A reference whose uid is not the named object's is to another object of that name (one deleted and
    // made again); exported state states both (as model/controller identityOf compares them).
    const owners = (byKey.get(ref.key) ?? []).filter((o) => o !== object && (o.uid ?? '') === (ref.uid ?? ''));
    if (owners.length === 0) continue;
    for (let i = object.from; i < object.to; i++) {
      const d = diagnostics[i];
      if (!d) continue;
      const { place, spec } = placeOf(d, object);
      const keys = copyKeys(place, d, defaulted);
      if (owners.some((owner) => comparable(owner, spec).some((set) => keys.some((key) => set.has(key))))) dropped.add(i);
    }
  }
  return dropped;
}
