import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';
import { KMS_V1_DEPRECATED, KMS_V1_DISABLED_BY_DEFAULT } from '../../src/k8s/config-files.js';
import { inRange } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'encryption-config-kms-v1',
    pci: ['6.1'],
    requirements: ['3.6.1'],
    inputs: ['encryption-config'],
    severity: 'warning',
    k8s: { since: KMS_V1_DEPRECATED.since },
    docs: {
      summary: 'EncryptionConfiguration must use KMS v2, not the deprecated KMS v1 provider.',
      rationale:
        'KMS v1 was deprecated in Kubernetes 1.28 and is off by default from 1.29 (feature gate `KMSv1`): an apiserver given a v1 provider fails to load its encryption ' +
        'configuration unless the gate is turned back on, and v1 calls the KMS for every object. PCI DSS container guidance 6.1 needs encryption that keeps working across upgrades.',
      fix: 'Set `apiVersion: v2` on the kms provider (with a KMS v2 plugin), then re-encrypt existing Secrets.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/'],
    },
    messages: {
      deprecated: 'kms provider "{{name}}" uses KMS v1, deprecated since Kubernetes 1.28.',
      disabled:
        'kms provider "{{name}}" uses KMS v1, which is off by default from Kubernetes 1.29: the apiserver will not load this configuration unless --feature-gates=KMSv1=true.',
    },
    fixes: {
      deprecated: 'Move to apiVersion: v2.',
      disabled: 'Move to apiVersion: v2.',
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const off = inRange(ctx.target, { since: KMS_V1_DISABLED_BY_DEFAULT.since });
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      entries.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        (Array.isArray(entry.providers) ? entry.providers : []).forEach((provider: unknown, j) => {
          const kms: unknown = isPlainObject(provider) ? provider.kms : undefined;
          if (!isPlainObject(kms) || kms.apiVersion === 'v2') return;
          const at = kms.apiVersion === undefined ? config.pathTo('resources', i, 'providers', j, 'kms') : config.pathTo('resources', i, 'providers', j, 'kms', 'apiVersion');
          const name = typeof kms.name === 'string' ? kms.name : '(unnamed)';
          ctx.report({ at, part: kms.apiVersion === undefined ? 'key' : 'pair', messageId: off ? 'disabled' : 'deprecated', data: { name }, ...(off && { severity: 'error' as const }) });
        });
      });
    },
  },
});
