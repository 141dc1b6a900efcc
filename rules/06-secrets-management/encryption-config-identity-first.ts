import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';
import { ENCRYPTION_WILDCARDS, encryptionResourcesCoverSecrets } from '../../src/k8s/config-files.js';
import { inRange } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'encryption-config-identity-first',
    pci: ['6.1'],
    requirements: ['8.3.2', '3.6.1'],
    inputs: ['encryption-config'],
    severity: 'error',
    docs: {
      summary: 'The first provider of the EncryptionConfiguration entry that holds Secrets must encrypt: `identity` may only follow as a read fallback.',
      rationale:
        'The apiserver writes with the first provider of an entry. With `identity` first, new and updated objects are stored in plain text even though an encrypting provider ' +
        'is listed after it. Entries that do not hold Secrets (such as the documented `events` opt-out before a `*.*` entry) are not reported. PCI DSS container guidance 6.1 requires secrets encrypted at rest.',
      fix: 'Move the encrypting provider (kms v2, secretbox, aesgcm) to the top of `providers`; keep `identity: {}` last only while existing data is being re-encrypted.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration'],
    },
    messages: {
      identityFirst: 'The first provider for {{resources}} is identity, so these objects are written unencrypted.',
    },
    fixes: {
      identityFirst: 'Put an encrypting provider first and identity last, if at all.',
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const wildcards = inRange(ctx.target, { since: ENCRYPTION_WILDCARDS.since });
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      entries.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        if (!encryptionResourcesCoverSecrets(Array.isArray(entry.resources) ? entry.resources : [], wildcards)) return;
        const first: unknown = Array.isArray(entry.providers) ? entry.providers[0] : undefined;
        if (!isPlainObject(first) || first.identity === undefined) return;
        const resources = Array.isArray(entry.resources) ? entry.resources.join(', ') : '(no resources)';
        ctx.report({ at: config.pathTo('resources', i, 'providers', 0, 'identity'), part: 'key', messageId: 'identityFirst', data: { resources } });
      });
    },
  },
});
