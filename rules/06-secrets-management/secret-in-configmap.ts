import { defineRule, type Location, type Path } from '../../src/engine/rule.js';
import { detectCredential, isCredentialName, literalText } from '../../src/model/credentials.js';
import { isPlainObject } from '../../src/model/resource.js';

const ASSIGNMENT_KEY = /^((?:export\s+)?["']?[A-Za-z_][A-Za-z0-9_.-]*["']?)\s*[:=]/;

/**
 * The exact place of line `valueLine` of a literal block scalar (`key: |`), whose lines map one to one onto
 * source lines below the key; undefined for other scalar styles (folded, quoted), where they do not.
 */
function lineOfBlock(locate: (at: Path, part: 'value') => Location, at: Path, value: string, valueLine: number): Location | undefined {
  const whole = locate(at, 'value');
  const lines = (value.endsWith('\n') ? value.slice(0, -1) : value).split('\n');
  const last = lines[lines.length - 1];
  const target = lines[valueLine - 1];
  if (!last || target === undefined || whole.endLine - whole.line !== lines.length) return undefined;
  // Every line of a literal block shares the block's indentation; the last line's end reveals it.
  const indent = whole.endColumn - 1 - last.length;
  if (indent < 0) return undefined;
  const line = whole.line + valueLine;
  const text = target.trimStart();
  const start = indent + 1 + (target.length - text.length);
  // For `key=value` / `key: value` lines, cover the key only, so the span never reaches the secret.
  const key = ASSIGNMENT_KEY.exec(text)?.[1];
  const end = key !== undefined ? start + key.length : indent + 1 + target.trimEnd().length;
  return { ...whole, line, column: start, endLine: line, endColumn: Math.max(start, end) };
}

export default defineRule({
  meta: {
    id: 'secret-in-configmap',
    pci: ['6.1'],
    requirements: ['8.6.2', '8.3.2'],
    inputs: ['configmap'],
    severity: 'error',
    checksPatches: true,
    docs: {
      summary: 'ConfigMaps must not hold credentials.',
      rationale:
        'ConfigMaps are plain configuration: they are not encrypted at rest by the Secret encryption provider, RBAC commonly grants read access to them, `kubectl describe` prints them, and their manifests are committed to repositories. ' +
        'PCI DSS container guidance 6.1 asks that secrets be kept in a secrets store with restricted access. The rule looks at key names (password, token, secret, API key, private key, connection string, …) and at value shapes: PEM private keys, URLs and connection strings with passwords, AWS access key ids, GitHub, Slack and Stripe tokens, and JSON Web Tokens. ' +
        'Findings point at the key (or, inside a literal block such as an embedded properties file, at the line that holds the credential) and never repeat the value.',
      fix: 'Move the value to a Secret (preferably synchronised from an external secrets manager) and reference it from the pod with `secretKeyRef` or a secret volume; then rotate the credential, since it has been exposed.',
      references: [
        'https://kubernetes.io/docs/concepts/configuration/configmap/',
        'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      ],
    },
    messages: {
      namedLikeCredential:
        'ConfigMap "{{configMap}}" key "{{key}}" is named like a credential and holds a literal value; ConfigMaps are readable by anyone who can read the namespace\'s configuration and are not encrypted at rest.',
      credentialValue:
        'ConfigMap "{{configMap}}" key "{{key}}" holds {{what}}{{where}}; ConfigMaps are readable by anyone who can read the namespace\'s configuration and are not encrypted at rest.',
    },
    fixes: {
      namedLikeCredential: 'Move it to a Secret (ideally from an external secrets manager), reference it with secretKeyRef, and rotate it.',
      credentialValue: 'Move it to a Secret (ideally from an external secrets manager), reference it with secretKeyRef, and rotate it.',
    },
  },
  visit: {
    ConfigMap(ctx, configMap) {
      const name = configMap.name ?? '(unnamed)';
      const data: unknown = configMap.value.data;
      if (isPlainObject(data)) {
        for (const [key, raw] of Object.entries(data)) {
          // A number or boolean is a literal too (the API server rejects it, but it is in the manifest).
          const value = literalText(raw);
          if (value === undefined) continue;
          const match = detectCredential(key, value);
          if (!match) continue;
          const at = configMap.pathTo('data', key);
          if (match.by === 'name') {
            ctx.report({ at, part: 'key', messageId: 'namedLikeCredential', data: { configMap: name, key } });
            continue;
          }
          // Inside an embedded file, point at the line that holds the credential when the YAML style allows it.
          const exact = match.valueLine === undefined ? undefined : lineOfBlock((p, part) => ctx.locate(p, part), at, value, match.valueLine);
          ctx.report({
            at: exact ?? at,
            part: 'key',
            messageId: 'credentialValue',
            data: { configMap: name, key, what: match.what, where: match.valueLine === undefined ? '' : ` (line ${match.valueLine} of the value)` },
          });
        }
      }
      // binaryData values are base64 blobs: judged by name only.
      const binary: unknown = configMap.value.binaryData;
      if (isPlainObject(binary)) {
        for (const [key, value] of Object.entries(binary)) {
          if (typeof value !== 'string' || value === '' || !isCredentialName(key)) continue;
          ctx.report({ at: configMap.pathTo('binaryData', key), part: 'key', messageId: 'namedLikeCredential', data: { configMap: name, key } });
        }
      }
    },
  },
});
