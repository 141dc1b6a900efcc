/**
 * Workload rules do not visit control-plane pods (they need host access by design; the control-plane rules
 * check their flags). A pull request must not borrow that exemption: a container that merely looks like a
 * component (by command, image or name) beside another container, a component run in an application's
 * namespace, or a pod asking for host access no component is given, is a workload and every part of it is
 * checked. A pod shaped as kubeadm writes one keeps the exemption.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';

const WORKLOAD_RULES = ['privileged-container', 'pss-host-namespaces', 'pss-volume-types', 'pss-run-as-user'];
const rules = builtinRules.filter((r) => WORKLOAD_RULES.includes(r.meta.id));
const found = (text: string) => lintText(text, { file: 'a.yaml', registry: rules }).map((d) => `${d.ruleId}@${d.line}:${d.column}`);

const scheduler = '    - name: kube-scheduler\n      image: registry.k8s.io/kube-scheduler:v1.33.0\n      command: [kube-scheduler, --profiling=false, --bind-address=127.0.0.1]\n';
const pod = (namespace: string, labels: string, spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ${namespace}\n  labels: {${labels}}\nspec:\n${spec}`;

describe('the control-plane exemption', () => {
  it('does not cover a container beside a component (a Deployment in any namespace)', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
    spec:
      hostPID: true
      containers:
      - name: sidecar
        image: registry.k8s.io/kube-scheduler:v1.33.0
        command: [kube-scheduler]
      - name: app
        image: evil/miner:latest
        securityContext: {privileged: true, runAsUser: 0}
      volumes:
      - name: root
        hostPath: {path: /}
`;
    expect(found(text)).toEqual(['pss-host-namespaces@12:7', 'privileged-container@19:27', 'pss-run-as-user@19:45', 'pss-volume-types@22:9']);
  });

  it('does not cover a component in an application\u2019s namespace', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sched\n  namespace: shop\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n      - name: kube-scheduler\n        image: registry.k8s.io/kube-scheduler:v1.33.0\n`;
    expect(found(text)).toEqual(['pss-host-namespaces@9:7']);
  });

  it('does not cover a pod that asks for more than a component is given: privileged, host PID or IPC, the node\u2019s root directory', () => {
    expect(found(pod('kube-system', '', `  containers:\n${scheduler}      securityContext: {privileged: true}\n`))).toEqual(['privileged-container@12:25']);
    expect(found(pod('kube-system', '', `  hostIPC: true\n  containers:\n${scheduler}`))).toEqual(['pss-host-namespaces@8:3']);
    expect(found(pod('other', 'tier: control-plane', `  containers:\n${scheduler}  volumes:\n    - name: r\n      hostPath: {path: //./}\n`))).toEqual(['pss-volume-types@14:7']);
    // A container named as a component, with any image, is a component by name only: beside nothing else it
    // still counts, but not once it asks for privileges.
    expect(found(pod('kube-system', '', '  containers:\n    - name: kube-apiserver\n      image: evil/miner\n      securityContext: {privileged: true}\n'))).toEqual(['privileged-container@11:25']);
  });

  it('still covers a static pod as kubeadm writes it, and a self-hosted component in kube-system', () => {
    const kubeadm = pod(
      'kube-system',
      'component: kube-scheduler, tier: control-plane',
      `  hostNetwork: true\n  containers:\n${scheduler}      volumeMounts: [{name: kubeconfig, mountPath: /etc/kubernetes/scheduler.conf, readOnly: true}]\n  volumes:\n    - name: kubeconfig\n      hostPath: {path: /etc/kubernetes/scheduler.conf, type: FileOrCreate}\n`,
    );
    expect(found(kubeadm)).toEqual([]);
    const selfHosted = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-scheduler\n  namespace: kube-system\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n      - name: kube-scheduler\n        image: registry.k8s.io/kube-scheduler:v1.33.0\n        command: [kube-scheduler]\n`;
    expect(found(selfHosted)).toEqual([]);
  });
});
