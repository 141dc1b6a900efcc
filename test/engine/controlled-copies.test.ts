/**
 * Exported cluster state: a Deployment, the ReplicaSet it controls and that ReplicaSet's Pod hold one pod
 * template. A controlled copy's finding that repeats its controller's (same rule, same place of the pod
 * template) is dropped; what only the copy has stays.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lintText } from '../../src/run/lint.js';

const pick = (...ids: string[]) => builtinRules.filter((r) => ids.includes(r.meta.id));
const show = (d: Diagnostic) => `${d.line}:${d.column} ${d.ruleId} ${d.resource?.kind ?? ''}/${d.resource?.name ?? ''}`;
const registry = pick('privileged-container', 'image-digest', 'automount-service-account-token', 'pss-host-namespaces');

const container = (extra = '') => `
          - name: web
            image: nginx:1.25
            securityContext:
              privileged: true${extra}`;

/** A List as `kubectl get deploy,rs,pod -o yaml` prints it; `pod` is the Pod's spec, `podRef` its ownerReferences entry. */
function exported(pod: string, podRef = '{apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f, uid: r1, controller: true}'): string {
  return `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: shop, uid: d1}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers:${container()}
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: web-5d8f
      namespace: shop
      uid: r1
      ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: d1, controller: true}]
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers:${container()}
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web-5d8f-abcde
      namespace: shop
      ownerReferences: [${podRef}]
    spec:
${pod}
`;
}

const samePod = `      serviceAccountName: default
      containers:${container().replace(/^ {4}/gm, '')}`;

describe('controlled copies in exported cluster state', () => {
  it("reports the pod template once, on the Deployment: the ReplicaSet's and the Pod's repeats are dropped", () => {
    expect(lintText(exported(samePod), { file: 'state.yaml', registry }).map(show)).toEqual([
      '11:9 automount-service-account-token Deployment/web',
      '14:20 image-digest Deployment/web',
      '16:15 privileged-container Deployment/web',
    ]);
  });

  it('keeps what only the copy has: a Pod changed after it was made, or given a reference to hide it', () => {
    const changed = `      hostPID: true
      containers:${container().replace(/^ {4}/gm, '')}
      - name: debug
        image: busybox:1.36
        securityContext:
          privileged: true`;
    expect(lintText(exported(changed), { file: 'state.yaml', registry }).map(show)).toEqual([
      '11:9 automount-service-account-token Deployment/web',
      '14:20 image-digest Deployment/web',
      '16:15 privileged-container Deployment/web',
      '41:7 pss-host-namespaces Pod/web-5d8f-abcde',
      '48:16 image-digest Pod/web-5d8f-abcde',
      '50:11 privileged-container Pod/web-5d8f-abcde',
    ]);
  });

  it('a reference that is not a controller, or whose uid is another object of that name, is no copy', () => {
    for (const ref of ['{apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f, uid: r1}', '{apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f, uid: r0, controller: true}']) {
      const found = lintText(exported(samePod, ref), { file: 'state.yaml', registry }).map(show);
      expect(found.filter((l) => l.endsWith('Pod/web-5d8f-abcde'))).toEqual(['40:5 automount-service-account-token Pod/web-5d8f-abcde', '44:16 image-digest Pod/web-5d8f-abcde', '46:11 privileged-container Pod/web-5d8f-abcde']);
    }
  });
  it("a default the API server wrote into the copy is its controller's fact: serviceAccountName: default where the template names none", () => {
    const withDefaults = pick('default-service-account');
    expect(lintText(exported(samePod), { file: 'state.yaml', registry: withDefaults }).map(show)).toEqual(['11:9 default-service-account Deployment/web']);
    // A Pod edited to run as default while its template names another account says something of its own.
    const named = exported(samePod).replace(/(template:\n {8}metadata: \{labels: \{app: web\}\}\n {8}spec:\n)/g, '$1          serviceAccountName: web\n');
    expect(lintText(named, { file: 'state.yaml', registry: withDefaults }).map(show)).toEqual(['43:27 default-service-account Pod/web-5d8f-abcde']);
  });

  it("a RayJob's RayCluster: the worker group's repeat is dropped, what only the cluster's head has stays", () => {
    const group = (privileged: boolean) => `
          template:
            spec:
              containers:
                - name: ray
                  image: rayproject/ray@sha256:${'a'.repeat(64)}
                  securityContext: {privileged: ${String(privileged)}}`;
    const cluster = (head: boolean) => `
      headGroupSpec:${group(head).replace(/^ {4}/gm, '  ')}
      workerGroupSpecs:
        - groupName: gpu${group(true).replace(/^ {4}/gm, '    ')}`;
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: ray.io/v1
    kind: RayJob
    metadata: {name: job, namespace: ml, uid: j1}
    spec:
      rayClusterSpec:${cluster(false).replace(/^/gm, '  ')}
  - apiVersion: ray.io/v1
    kind: RayCluster
    metadata:
      name: job-raycluster
      namespace: ml
      ownerReferences: [{apiVersion: ray.io/v1, kind: RayJob, name: job, uid: j1, controller: true}]
    spec:${cluster(true)}
`;
    expect(lintText(text, { file: 'state.yaml', registry: pick('privileged-container') }).map(show)).toEqual(['23:39 privileged-container RayJob/job', '37:35 privileged-container RayCluster/job-raycluster']);
  });
});
