import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'apiserver-always-pull-images',
    pci: ['3.2'],
    requirements: ['7.3.1'],
    inputs: ['kube-apiserver'],
    severity: 'warning',
    docs: {
      summary: 'The kube-apiserver should enable the AlwaysPullImages admission plugin.',
      rationale:
        'Once an image is on a node, the kubelet starts it for any pod that names it when the pull policy allows a cached image, without asking the registry again, so a pod without the pull secret of a private image can run it after another pod pulled it. ' +
        'The AlwaysPullImages admission plugin sets every new pod\'s `imagePullPolicy` to `Always`: the registry checks the pod\'s credentials (and resolves the tag) on every start. ' +
        'The CIS Kubernetes Benchmark (1.2.11) asks for it; PCI DSS container guidance 3.2 asks that only the verified image run. ' +
        'A warning: each start then depends on the registry being reachable.',
      fix: 'Add AlwaysPullImages to `--enable-admission-plugins` (kubeadm: `apiServer.extraArgs`), keep it out of `--disable-admission-plugins`, and make sure the registry (or a pull-through mirror) is reachable from every node.',
      references: [
        'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages',
        'CIS Kubernetes Benchmark 1.2.11 (Ensure that the admission control plugin AlwaysPullImages is set)',
      ],
    },
    messages: {
      notEnabled:
        'kube-apiserver does not enable the AlwaysPullImages admission plugin, so a pod can start a private image another pod left on the node without holding its pull secret.',
      disabled:
        'kube-apiserver lists AlwaysPullImages in --disable-admission-plugins, so a pod can start a private image another pod left on the node without holding its pull secret.',
    },
    fixes: {
      notEnabled: 'Add AlwaysPullImages to --enable-admission-plugins.',
      disabled: 'Remove it from --disable-admission-plugins and add it to --enable-admission-plugins.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const disable = node.flag('disable-admission-plugins');
      if (disable && node.list('disable-admission-plugins').includes('AlwaysPullImages')) {
        ctx.report({ at: disable.path, messageId: 'disabled' });
        return;
      }
      if (node.list('enable-admission-plugins').includes('AlwaysPullImages')) return;
      const enable = node.flag('enable-admission-plugins');
      ctx.report(enable ? { at: enable.path, messageId: 'notEnabled' } : { at: node.missingAt, part: 'key', messageId: 'notEnabled' });
    },
  },
});
