import { defineRule } from '../../src/engine/rule.js';
import { ENCRYPTION_KEY_BYTES } from '../../src/k8s/config-files.js';
import { literalText } from '../../src/model/credentials.js';
import { isPlainObject } from '../../src/model/resource.js';

type LocalProvider = keyof typeof ENCRYPTION_KEY_BYTES;
const LOCAL_PROVIDERS = Object.keys(ENCRYPTION_KEY_BYTES) as LocalProvider[];

/** Words and markers that template or documentation keys carry. */
const PLACEHOLDER = /[<>{}$]|change.?me|placeholder|example|your.?(?:key|secret)|base.?64|encoded|secret.?here|todo|replace|xxxx|dummy|insecure/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `aaaa`, `xxxx==`: one character repeated, then any padding (a loop: /^(.)\1*=*$/ backtracks polynomially). */
function oneCharacterRepeated(text: string): boolean {
  let end = text.length;
  while (end > 1 && text[end - 1] === '=') end--;
  for (let i = 1; i < end; i++) if (text[i] !== text[0]) return false;
  return true;
}

/** Why a key's text is not a real random key, or undefined when it may be one. The key itself is never returned. */
function problemOf(provider: LocalProvider, secret: string): { messageId: 'placeholder' | 'notBase64' | 'readable' | 'wrongLength'; bytes?: number } | undefined {
  const text = secret.trim();
  if (text === '' || PLACEHOLDER.test(text) || oneCharacterRepeated(text)) return { messageId: 'placeholder' };
  if (!BASE64.test(text)) return { messageId: 'notBase64' };
  const bytes = Buffer.from(text, 'base64');
  if (!ENCRYPTION_KEY_BYTES[provider].includes(bytes.length)) return { messageId: 'wrongLength', bytes: bytes.length };
  // Random key bytes are almost never all printable ASCII; a passphrase or a documentation sample is.
  if ([...bytes].every((b) => b >= 0x20 && b < 0x7f) || bytes.every((b) => b === bytes[0])) return { messageId: 'readable' };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'encryption-config-placeholder-key',
    pci: ['6.1'],
    requirements: ['3.6.1'],
    inputs: ['encryption-config'],
    severity: 'error',
    docs: {
      summary: 'Encryption keys in an EncryptionConfiguration must be random keys of the right length, not placeholders or passphrases.',
      rationale:
        'A key copied from documentation, a template placeholder or a readable passphrase encrypts Secrets with a key an attacker can guess, and a key of the wrong length stops ' +
        'the apiserver from starting. PCI DSS container guidance 6.1 requires strong keys. Findings name the provider and key name only, never the key material.',
      fix: 'Generate each key with `head -c 32 /dev/urandom | base64` and keep the file readable by root only; better, use a KMS v2 provider so no key is stored on the node.',
      references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#encrypting-your-data'],
    },
    messages: {
      placeholder: '{{provider}} key "{{key}}" looks like a placeholder, not a generated key.',
      notBase64: '{{provider}} key "{{key}}" is not valid base64, so the apiserver cannot load it.',
      wrongLength: '{{provider}} key "{{key}}" decodes to {{bytes}} bytes; {{provider}} needs {{expected}}.',
      readable: '{{provider}} key "{{key}}" decodes to readable text or a repeated byte, not random bytes, so it can be guessed.',
    },
    fixes: {
      placeholder: 'Replace it with 32 random bytes, base64-encoded.',
      notBase64: 'Use 32 random bytes, base64-encoded.',
      wrongLength: 'Use 32 random bytes, base64-encoded.',
      readable: 'Replace it with 32 random bytes, base64-encoded.',
    },
  },
  visit: {
    EncryptionConfiguration(ctx, config) {
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      entries.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        (Array.isArray(entry.providers) ? entry.providers : []).forEach((provider, j) => {
          if (typeof provider !== 'object' || (provider as unknown) === null) return;
          for (const name of LOCAL_PROVIDERS) {
            const keys = provider[name]?.keys;
            if (!Array.isArray(keys)) continue;
            keys.forEach((key: unknown, k) => {
              if (!isPlainObject(key)) return;
              const secret = literalText(key.secret);
              if (secret === undefined) return;
              const problem = problemOf(name, secret);
              if (!problem) return;
              const data = {
                provider: name,
                key: typeof key.name === 'string' ? key.name : `#${k}`,
                bytes: problem.bytes ?? 0,
                expected: ENCRYPTION_KEY_BYTES[name].join(' or '),
              };
              ctx.report({ at: config.pathTo('resources', i, 'providers', j, name, 'keys', k, 'secret'), part: 'key', messageId: problem.messageId, data });
            });
          }
        });
      });
    },
  },
});
