import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/rule.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';
import { DOCS } from './helpers.js';

/** Reports every control-plane component it is given, with what the derived node says about it. */
const probe = defineRule({
  meta: { id: 'probe', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'info', docs: DOCS, messages: { seen: '{{component}} from {{source}}: {{flags}}' } },
  visit: {
    ControlPlaneComponent(ctx, node) {
      const flags = node.flags.filter((f) => !f.kubeadmDefault).map((f) => `${f.name}=${f.value}`).join(' ');
      ctx.report({ at: node.missingAt, part: 'key', messageId: 'seen', data: { component: node.component, source: node.source, flags } });
    },
  },
});

const lint = (text: string) => lintSources(createSession([probe]), [{ file: 'x.yaml', text }]).map((d) => `${d.line}:${d.column} ${d.message}`);

describe('ControlPlaneComponent visitor', () => {
  it('receives static pods and kubeadm sections, once each', () => {
    const text = dedent`
      apiVersion: v1
      kind: Pod
      metadata: {name: kube-scheduler, namespace: kube-system}
      spec:
        containers:
          - name: kube-scheduler
            image: registry.k8s.io/kube-scheduler:v1.30.0
            command: [kube-scheduler, --profiling=false, --bind-address, 127.0.0.1]
      ---
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      etcd:
        external: {endpoints: [https://etcd:2379]}
      apiServer:
        extraArgs: {profiling: "false"}
    `;
    expect(lint(text)).toEqual([
      '8:7 kube-scheduler from static-pod: profiling=false bind-address=127.0.0.1',
      '11:1 kube-controller-manager from kubeadm: ',
      '11:1 kube-scheduler from kubeadm: ',
      '15:3 kube-apiserver from kubeadm: profiling=false',
    ]);
  });

  it('ignores ordinary pods and kinds that configure no component', () => {
    expect(lint('apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx, command: [nginx]}]\n')).toEqual([]);
    expect(lint('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n')).toEqual([]);
  });
});
