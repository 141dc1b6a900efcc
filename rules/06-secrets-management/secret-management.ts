import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isNonCredentialEntry } from '../../src/model/credentials.js';
import { isPlainObject } from '../../src/model/resource.js';

type Fact =
  | { readonly type: 'secret'; readonly name: string; readonly field: 'data' | 'stringData'; readonly at: Location }
  | { readonly type: 'manager'; readonly kind: string };

/**
 * Objects that show secrets come from an external store, by API group and kind:
 * external-secrets.io (https://external-secrets.io/latest/api/externalsecret/), Bitnami Sealed Secrets
 * (bitnami.com/v1alpha1 SealedSecret, https://github.com/bitnami-labs/sealed-secrets) and the Secrets Store
 * CSI driver (secrets-store.csi.x-k8s.io SecretProviderClass, https://secrets-store-csi-driver.sigs.k8s.io/).
 */
const MANAGER_KINDS: readonly { readonly group: string; readonly kinds: readonly string[] }[] = [
  { group: 'external-secrets.io', kinds: ['ExternalSecret', 'ClusterExternalSecret', 'SecretStore', 'ClusterSecretStore'] },
  { group: 'bitnami.com', kinds: ['SealedSecret'] },
  { group: 'secrets-store.csi.x-k8s.io', kinds: ['SecretProviderClass'] },
];

/** `data` values are base64; one that does not decode is read as written. */
function decoded(value: string): string {
  try {
    return atob(value.replace(/\s+/g, ''));
  } catch {
    return value;
  }
}

/**
 * True when some entry of the map may hold a credential: a Secret of CA certificates, usernames, paths or
 * placeholders holds none, and an external store would change nothing for it.
 */
function holdsCredential(map: unknown, base64: boolean): boolean {
  if (!isPlainObject(map)) return false;
  return Object.entries(map).some(([key, v]) => {
    if (v === null || v === undefined || v === '') return false;
    if (typeof v !== 'string') return true;
    return !isNonCredentialEntry(key, base64 ? decoded(v) : v);
  });
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'secret-management',
    pci: ['6.1'],
    requirements: ['8.6.2', '8.3.2'],
    inputs: ['secret'],
    severity: 'info',
    docs: {
      summary: 'Secret values should come from an external secrets manager, not from manifests.',
      rationale:
        'A Secret manifest with `data` or `stringData` puts the secret value in the repository and in every clone, CI log and backup of it; base64 is an encoding, not encryption. ' +
        'PCI DSS container guidance 6.1 asks for a secrets management solution with access control and rotation. ExternalSecret (External Secrets Operator), SealedSecret (Bitnami Sealed Secrets) and SecretProviderClass (Secrets Store CSI driver) objects in the input are taken as evidence that one is in use. ' +
        'This is an evidence request (info): it does not fail a run by default. Findings point at the `data`/`stringData` key and never repeat values.',
      fix: 'Store the value in a secrets manager (Vault, a cloud secret manager) and sync it into the cluster with an ExternalSecret or a SecretProviderClass, or commit only a SealedSecret encrypted for the cluster. Remove the plain Secret manifest from the repository and rotate its values.',
      references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://external-secrets.io/', 'https://secrets-store-csi-driver.sigs.k8s.io/'],
    },
    messages: {
      inline:
        'Secret "{{secret}}" carries its values inline in {{field}}, so they are stored wherever this manifest is (base64 is not encryption).',
      inlineBesideManager:
        'Secret "{{secret}}" carries its values inline in {{field}} although this input already uses {{managers}} for secrets.',
    },
    fixes: {
      inlineBesideManager: 'Move it to the same mechanism so that no secret value is committed.',
      inline: 'Keep the values in an external secrets manager and sync them with an ExternalSecret, a SealedSecret or a Secrets Store CSI SecretProviderClass.',
    },
  },
  visit: {
    Secret(ctx, secret) {
      const field = holdsCredential(secret.value.data, true) ? 'data' : holdsCredential(secret.value.stringData, false) ? 'stringData' : undefined;
      if (!field) return;
      ctx.record({ type: 'secret', name: secret.name ?? '(unnamed)', field, at: ctx.locate(secret.pathTo(field), 'key') });
    },
    Resource(ctx, resource) {
      if (MANAGER_KINDS.some((m) => m.group === resource.group && m.kinds.includes(resource.kind))) ctx.record({ type: 'manager', kind: resource.kind });
    },
  },
  finish(ctx, project) {
    const managers = [...new Set(project.facts.flatMap((f) => (f.type === 'manager' ? [f.kind] : [])))].sort();
    for (const fact of project.facts) {
      if (fact.type !== 'secret') continue;
      if (managers.length === 0) ctx.report({ at: fact.at, messageId: 'inline', data: { secret: fact.name, field: fact.field } });
      else ctx.report({ at: fact.at, messageId: 'inlineBesideManager', data: { secret: fact.name, field: fact.field, managers: managers.join(', ') } });
    }
  },
});
