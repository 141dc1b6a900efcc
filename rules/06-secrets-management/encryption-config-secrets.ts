import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';
import { ENCRYPTION_WILDCARDS, encryptionResourcesCoverSecrets } from '../../src/k8s/config-files.js';
import { inRange } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'encryption-config-secrets',
    pci: ['6.1'],
    requirements: ['8.3.2', '3.6.1'],
    inputs: ['encryption-config'],
    severity: 'error',
    docs: {
      summary: 'An EncryptionConfiguration must cover Secrets.',
      rationale:
        'The apiserver only encrypts the resources an EncryptionConfiguration lists. A file that lists configmaps or custom resources but not `secrets` leaves every credential ' +
        'in etcd unencrypted while looking compliant. PCI DSS container guidance 6.1.',
      fix: 'Add `secrets` to the `resources` list of an entry whose first provider encrypts (kms v2, secretbox, aesgcm). From 1.27 `*.*` also covers Secrets.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
    },
    messages: {
      notCovered: 'This EncryptionConfiguration does not list secrets, so Secrets stay unencrypted in etcd.',
    },
    fixes: {
      notCovered: 'Add secrets to resources[].resources.',
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const wildcards = inRange(ctx.target, { since: ENCRYPTION_WILDCARDS.since });
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      const covers = entries.some((entry) => isPlainObject(entry) && encryptionResourcesCoverSecrets(Array.isArray(entry.resources) ? entry.resources : [], wildcards));
      if (!covers) ctx.report({ at: config.value.resources === undefined ? config : config.pathTo('resources'), part: 'key', messageId: 'notCovered' });
    },
  },
});
