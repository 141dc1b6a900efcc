// Helpers the peer adapters share (scripts/peer-agreement.mjs runs them): listing fixture files and reading
// the objects a fixture holds, leniently (a fixture that is not YAML yields no objects).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Files under `dir` (recursively) whose names end in one of `extensions`, sorted. */
export function listFiles(dir, extensions = ['.yaml', '.yml', '.json']) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (extensions.some((e) => entry.name.endsWith(e))) out.push(p);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}

/**
 * The values of a file's documents, read leniently (a fixture that is not YAML yields none, a document that
 * cannot be read is skipped), with the items of a `List` spread.
 */
export function documentValuesOf(file) {
  let docs;
  try {
    docs = parseAllDocuments(readFileSync(file, 'utf8'), { uniqueKeys: false, strict: false });
  } catch {
    return [];
  }
  const out = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (value && typeof value === 'object' && value.kind === 'List' && Array.isArray(value.items)) out.push(...value.items);
    else out.push(value);
  }
  return out;
}

/** The Kubernetes objects of a file: `{ kind, name, namespace, apiVersion, value }` per document with a kind. */
export function objectsOf(file) {
  return documentValuesOf(file)
    .filter((v) => v && typeof v === 'object' && typeof v.kind === 'string')
    .map((v) => ({ kind: v.kind, apiVersion: v.apiVersion, name: v.metadata?.name, namespace: v.metadata?.namespace, value: v }));
}

/** Kinds that hold a pod template (or are a pod). */
export const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'DeploymentConfig', 'PodTemplate']);

/**
 * An adapter's recorded divergences (scripts/peer-agreement-core.mjs, overlapSummary) from groups that share
 * one class and reason: `[{ class, why, ids: [caseId, ...] }]` → `{ caseId: { class, why } }`.
 * @param {readonly { class: string, why: string, ids: readonly string[] }[]} groups
 */
export function divergenceLedger(groups) {
  /** @type {Record<string, { class: string, why: string }>} */
  const out = Object.create(null);
  for (const g of groups) {
    for (const id of g.ids) {
      if (id in out) throw new Error(`divergence ${id} recorded twice`);
      out[id] = { class: g.class, why: g.why };
    }
  }
  return out;
}
