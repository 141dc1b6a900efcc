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
  /** Formatted paths of the object and of its pod spec in the document (formatPath). */
  readonly objectPath: string;
  readonly podSpecPath: string | undefined;
  readonly from: number;
  readonly to: number;
}

function under(path: string, prefix: string): string | undefined {
  if (prefix === '') return path;
  if (!path.startsWith(prefix)) return undefined;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[' ? path.slice(prefix.length) : undefined;
}

/** What a finding says of an object, wherever the object keeps its pod template: rule and relative place. */
function placeOf(d: Diagnostic, object: WalkedObject): string {
  const path = d.path ?? `${String(d.line)}:${String(d.column)}`;
  const inSpec = object.podSpecPath === undefined ? undefined : under(path, object.podSpecPath);
  return inSpec !== undefined ? `spec${inSpec}` : `object${under(path, object.objectPath) ?? path}`;
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
function copyKeys(d: Diagnostic, object: WalkedObject, defaulted: DefaultedMessages | undefined): string[] {
  const place = placeOf(d, object);
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
  const factsOf = new Map<WalkedObject, Set<string>>();
  const facts = (object: WalkedObject): Set<string> => {
    let set = factsOf.get(object);
    if (!set) {
      set = new Set();
      for (let i = object.from; i < object.to; i++) {
        const d = diagnostics[i];
        if (d) set.add(factKey(d.ruleId, d.messageId, placeOf(d, object)));
      }
      factsOf.set(object, set);
    }
    return set;
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
      const keys = copyKeys(d, object, defaulted);
      if (owners.some((owner) => keys.some((key) => facts(owner).has(key)))) dropped.add(i);
    }
  }
  return dropped;
}
