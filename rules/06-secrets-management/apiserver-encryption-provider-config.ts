import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'apiserver-encryption-provider-config',
    pci: ['6.1'],
    requirements: ['8.3.2', '3.6.1'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must encrypt Secrets at rest in etcd.',
      rationale:
        'Without `--encryption-provider-config` every Secret is stored in etcd, its snapshots and backups as plain base64. Anyone with a copy of the etcd data dir or a backup reads every ' +
        'credential of the cluster. PCI DSS container guidance 6.1 requires secrets to be encrypted at rest.',
      fix: 'Write an EncryptionConfiguration that encrypts `secrets` with a KMS v2 provider (or secretbox/aesgcm), and pass it with `--encryption-provider-config`.',
      references: ['CIS Kubernetes Benchmark 1.2.27', 'https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
    },
    messages: {
      missing:
        'kube-apiserver does not set --encryption-provider-config, so Secrets are stored unencrypted in etcd and its backups.',
    },
    fixes: {
      missing: 'Add an EncryptionConfiguration for secrets and pass it with --encryption-provider-config.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      // `--experimental-encryption-provider-config` was the pre-1.13 name; neither name set means no encryption.
      if (node.flag('encryption-provider-config') ?? node.flag('experimental-encryption-provider-config')) return;
      ctx.report({ at: node.missingAt, part: 'key', messageId: 'missing' });
    },
  },
});
