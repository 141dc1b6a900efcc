import { defineRule } from '../../src/engine/rule.js';
import { detectCredential, literalText } from '../../src/model/credentials.js';
import { isPlainObject } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'secret-in-env',
    pci: ['6.1'],
    requirements: ['8.6.2'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    docs: {
      summary: 'Container environment variables must not carry literal credentials.',
      rationale:
        'A literal `env[].value` is part of the workload manifest: it is committed to repositories, visible to everyone who can read the Deployment, shown by `kubectl describe` and stored unencrypted in etcd. ' +
        'PCI DSS container guidance 6.1 asks that secrets come from a secrets store with restricted access. The rule flags literal values of variables named like credentials (password, token, secret, API key, …) and values shaped like one (PEM private keys, URLs and connection strings with passwords, AWS access key ids, GitHub, Slack and Stripe tokens, JSON Web Tokens). ' +
        'Findings point at the `value:` key and never repeat the value.',
      fix: 'Put the value in a Secret (preferably synchronised from an external secrets manager) and use `valueFrom.secretKeyRef`, or mount it as a file; then rotate the credential, since it has been exposed.',
      references: [
        'https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/#define-container-environment-variables-using-secret-data',
        'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      ],
    },
    messages: {
      namedLikeCredential:
        'Container "{{container}}" sets {{variable}} to a literal value, and the name says it is a credential; literal env values are stored in the manifest and readable by anyone who can read the workload.',
      credentialValue:
        'Container "{{container}}" sets {{variable}} to a literal value that holds {{what}}; literal env values are stored in the manifest and readable by anyone who can read the workload.',
    },
    fixes: {
      namedLikeCredential: 'Use valueFrom.secretKeyRef with a Secret (ideally from an external secrets manager) and rotate the credential.',
      credentialValue: 'Use valueFrom.secretKeyRef with a Secret (ideally from an external secrets manager) and rotate the credential.',
    },
  },
  visit: {
    Container(ctx, container) {
      const env: unknown = container.value.env;
      if (!Array.isArray(env)) return;
      env.forEach((item: unknown, i) => {
        if (!isPlainObject(item) || typeof item.name !== 'string') return;
        // A number or boolean is a literal too (the API server rejects it, but it is in the manifest).
        const value = literalText(item.value);
        if (value === undefined) return;
        const match = detectCredential(item.name, value);
        if (!match) return;
        const at = container.pathTo('env', i, 'value');
        if (match.by === 'name') ctx.report({ at, part: 'key', messageId: 'namedLikeCredential', data: { container: container.name, variable: item.name } });
        else ctx.report({ at, part: 'key', messageId: 'credentialValue', data: { container: container.name, variable: item.name, what: match.what } });
      });
    },
  },
});
