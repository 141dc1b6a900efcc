import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'encryption-config-aescbc',
    pci: ['6.1'],
    requirements: ['8.3.2'],
    inputs: ['encryption-config'],
    severity: 'warning',
    docs: {
      summary: 'EncryptionConfiguration should not write with the aescbc provider.',
      rationale:
        'Kubernetes documents `aescbc` as not recommended because CBC mode is open to padding-oracle attacks, and like every local-key provider its key sits in a file on each ' +
        'control-plane node next to the data it protects. PCI DSS container guidance 6.1 asks for strong, properly managed encryption keys.',
      fix: 'Write with a KMS v2 provider (keys held by an external KMS), or at least `secretbox`; keep `aescbc` after it only until existing data has been re-encrypted.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers'],
    },
    messages: {
      aescbc: 'Objects ({{resources}}) are written with aescbc, which Kubernetes does not recommend (CBC padding-oracle weakness, local key).',
    },
    fixes: {
      aescbc: 'Use a KMS v2 provider or secretbox first.',
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      entries.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        const first: unknown = Array.isArray(entry.providers) ? entry.providers[0] : undefined;
        if (!isPlainObject(first) || first.aescbc === undefined) return;
        const resources = Array.isArray(entry.resources) ? entry.resources.join(', ') : '(no resources)';
        ctx.report({ at: config.pathTo('resources', i, 'providers', 0, 'aescbc'), part: 'key', messageId: 'aescbc', data: { resources } });
      });
    },
  },
});
