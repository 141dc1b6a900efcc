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
function factKey(d: Diagnostic, object: WalkedObject): string {
  const path = d.path ?? `${String(d.line)}:${String(d.column)}`;
  const inSpec = object.podSpecPath === undefined ? undefined : under(path, object.podSpecPath);
  const place = inSpec !== undefined ? `spec${inSpec}` : `object${under(path, object.objectPath) ?? path}`;
  return `${d.ruleId}\u0000${d.messageId ?? ''}\u0000${place}`;
}

/** The indexes of `diagnostics` that repeat a finding of their object's controller (see above). */
export function controlledCopies(objects: readonly WalkedObject[], diagnostics: readonly Diagnostic[]): Set<number> {
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
        if (d) set.add(factKey(d, object));
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
      const key = factKey(d, object);
      if (owners.some((owner) => facts(owner).has(key))) dropped.add(i);
    }
  }
  return dropped;
}
