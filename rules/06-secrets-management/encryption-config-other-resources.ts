import { defineRule } from '../../src/engine/rule.js';
import { ENCRYPTION_WILDCARDS, encryptionResourcesCoverSecrets } from '../../src/k8s/config-files.js';
import { inRange } from '../../src/k8s/versions.js';

interface Options {
  /** Resources, besides Secrets, that must be encrypted at rest: `configmaps`, or `<resource>.<group>` for other groups. */
  readonly resources: readonly string[];
}

const DEFAULTS: Options = { resources: ['configmaps'] };

/** Whether an entry's `resources` list names a resource: by name, or (from 1.27) by `*.*`, `*.<group>` (`*.` is the core group). */
function listed(entries: readonly unknown[], resource: string, wildcards: boolean): boolean {
  const dot = resource.indexOf('.');
  const group = dot === -1 ? '' : resource.slice(dot + 1);
  return entries.some((r) => r === resource || (wildcards && (r === '*.*' || r === `*.${group}`)));
}

export default defineRule<'notCovered', Options>({
  meta: {
    id: 'encryption-config-other-resources',
    pci: ['6.1'],
    requirements: ['3.6.1'],
    inputs: ['encryption-config'],
    severity: 'info',
    docs: {
      summary: 'An EncryptionConfiguration should also encrypt ConfigMaps and the custom resources that hold secrets.',
      rationale:
        'The API server encrypts only the resources an EncryptionConfiguration lists. ConfigMaps often end up holding connection strings and keys, and custom resources of secret managers and operators (a SealedSecret, a database operator\'s credentials, an ExternalSecret\'s cached data) hold secrets the way Secrets do; unlisted, they sit in etcd and its backups in clear text. ' +
        'PCI DSS container guidance 6.1 asks for encryption at rest of secrets wherever they are kept; 3.6.1 asks that the keys protecting stored data be protected. ' +
        'The resources checked are the option `resources` (default `configmaps`; name others as `<resource>.<group>`, such as `sealedsecrets.bitnami.com`). From Kubernetes 1.27 the wildcards `*.*` and `*.<group>` (`*.` for the core group) cover them too. ' +
        'Reported as info, once per file that encrypts Secrets (a file that does not is reported by `encryption-config-secrets`); a resource listed under an `identity` first provider is reported by `encryption-config-identity-first`.',
      fix: 'Add the resources to `resources[].resources` of the entry that encrypts Secrets (or from 1.27 an entry with `*.*` after the specific ones), then rewrite them so they are stored encrypted: `kubectl get configmaps -A -o json | kubectl replace -f -`.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/', 'https://kubernetes.io/docs/reference/config-api/apiserver-config.v1/#apiserver-config-k8s-io-v1-ResourceConfiguration'],
    },
    messages: {
      notCovered:
        'This EncryptionConfiguration encrypts Secrets but not {{resources}}, which stay in clear text in etcd and its backups; they often hold credentials too.',
    },
    fixes: {
      notCovered: 'Add them to resources[].resources of the entry that encrypts Secrets.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { resources: { type: 'array', items: { type: 'string', minLength: 1 } } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const wildcards = inRange(ctx.target, { since: ENCRYPTION_WILDCARDS.since });
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      const names: unknown[] = entries.flatMap((entry) => ((entry as unknown) !== null && typeof entry === 'object' && Array.isArray(entry.resources) ? entry.resources : []));
      if (!encryptionResourcesCoverSecrets(names, wildcards)) return;
      const missing = ctx.options.resources.filter((r) => !listed(names, r, wildcards));
      if (missing.length === 0) return;
      ctx.report({ at: config.pathTo('resources'), part: 'key', messageId: 'notCovered', data: { resources: missing.join(', ') } });
    },
  },
});
