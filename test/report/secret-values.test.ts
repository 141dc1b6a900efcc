/**
 * Credentials found by secret-in-configmap, secret-in-env and secret-management must never appear in any
 * output format: findings name the key and the kind of credential, never the value or a part of it.
 */
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import secretInConfigmap from '../../rules/06-secrets-management/secret-in-configmap.js';
import secretInEnv from '../../rules/06-secrets-management/secret-in-env.js';
import secretManagement from '../../rules/06-secrets-management/secret-management.js';
import { lintText } from '../../src/run/lint.js';
import { formatters } from '../../src/report/index.js';

// Fakes with real shapes, assembled so this file holds no scanner-shaped literal.
const SECRETS = {
  password: 'hunter2-Pr0d-Passw0rd',
  urlPassword: 'Sup3rS3cretUrlPw',
  awsKeyId: ['AKIA', 'IOSFODNN7EXAMPLE'].join(''),
  githubToken: ['ghp', 'Zq9'.repeat(12)].join('_'),
  pemBody: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  embedded: 'live-7f3a9c2e-embedded',
  envSecret: 'keyboard-cat-env-2024',
  secretData: 'c2VjcmV0LWRhdGEtYmFzZTY0',
  secretString: 'plain-string-data-secret',
};

const manifest = dedent`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: leaky
    namespace: shop
  data:
    DB_PASSWORD: ${SECRETS.password}
    DATABASE_URL: postgres://shop:${SECRETS.urlPassword}@db:5432/orders
    aws-access-key-id: ${SECRETS.awsKeyId}
    github: ${SECRETS.githubToken}
    tls.key: |
      -----BEGIN PRIVATE KEY-----
      ${SECRETS.pemBody}
      -----END PRIVATE KEY-----
    app.properties: |
      server.port=8080
      payment.apiKey=${SECRETS.embedded}
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
    namespace: shop
  spec:
    containers:
      - name: web
        image: web
        env:
          - name: SESSION_SECRET
            value: ${SECRETS.envSecret}
  ---
  apiVersion: v1
  kind: Secret
  metadata:
    name: committed
    namespace: shop
  data:
    token: ${SECRETS.secretData}
  stringData:
    other: ${SECRETS.secretString}
`;

/** Every value, and every 8-character piece of it, that must not leak. */
function fragments(value: string): string[] {
  const out = [value];
  for (let i = 0; i + 8 <= value.length; i += 4) out.push(value.slice(i, i + 8));
  return out;
}

describe('secret values never reach the report', () => {
  const diagnostics = lintText(manifest, { file: 'leaky.yaml', registry: [secretInConfigmap, secretInEnv, secretManagement] });

  it('the secret rules find every planted credential', () => {
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual([
      '7:secret-in-configmap',
      '8:secret-in-configmap',
      '9:secret-in-configmap',
      '10:secret-in-configmap',
      '12:secret-in-configmap',
      '17:secret-in-configmap',
      '30:secret-in-env',
      '37:secret-management',
    ]);
  });

  it('has stylish and json formatters to check', () => {
    expect(Object.keys(formatters)).toEqual(expect.arrayContaining(['stylish', 'json']));
  });

  it.each(Object.keys(formatters))('%s output holds no secret value or fragment of one', (name) => {
    const format = formatters[name];
    if (!format) throw new Error(`no formatter ${name}`);
    const text = format({ diagnostics, fileCount: 1, target: { major: 1, minor: 37 }, files: ['leaky.yaml'], rules: [secretInConfigmap, secretInEnv, secretManagement] }, { color: false });
    expect(text.length).toBeGreaterThan(0);
    for (const [what, value] of Object.entries(SECRETS)) {
      for (const piece of fragments(value)) expect(text.includes(piece), `${name} output contains part of ${what}`).toBe(false);
    }
  });
});

describe('secret values of a repeated key never reach the report', () => {
  const first = 'first-Pr0d-Passw0rd-9f2c';
  const last = 'last-Pr0d-Passw0rd-4b7e';
  // kubectl keeps the last value: the warning on the first occurrence names the key, never either value.
  const repeated = dedent`
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
      namespace: shop
    spec:
      containers:
        - name: web
          image: web
          env:
            - name: SESSION_SECRET
              value: ${first}
              value: ${last}
  `;
  const found = lintText(repeated, { file: 'repeated.yaml', registry: [secretInEnv] });

  it('warns on the ignored occurrence and reports the credential on the kept one', () => {
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['12:11 yaml-compatibility', '13:11 secret-in-env']);
    expect(found[0]?.message).toMatch(/^The key "value" is repeated in this mapping: kubectl .* keeps the last value, at line 13:11,/);
  });

  it.each(Object.keys(formatters))('%s output holds neither value nor a fragment of one', (name) => {
    const format = formatters[name];
    if (!format) throw new Error(`no formatter ${name}`);
    const text = format({ diagnostics: found, fileCount: 1, target: { major: 1, minor: 37 }, files: ['repeated.yaml'], rules: [secretInEnv] }, { color: false });
    for (const value of [first, last]) for (const piece of fragments(value)) expect(text.includes(piece), `${name} output contains part of a value`).toBe(false);
  });
});

describe('secret values a YAML error could quote never reach the report', () => {
  // A password that is not valid YAML as written: an escape in double quotes, a leading * (an alias), a
  // leading ! (a tag), a block scalar header, a directive. The parse-error names what is wrong, not the text.
  const pieces = ['q1w2e3r4', 'Unres0lvedAl1as', 'Bl0ckHeaderPw', 'T4gSuff1xPw', 'Direct1vePw'];
  const cases: [string, string, boolean][] = [
    ['escape', `apiVersion: v1\nkind: Secret\nmetadata: {name: a}\nstringData:\n  password: "pa\\U${pieces[0]}tail"\n`, true],
    ['alias', `apiVersion: v1\nkind: Secret\nmetadata: {name: b}\nstringData:\n  password: *${pieces[1]}\n`, true],
    ['block header', `apiVersion: v1\nkind: Secret\nmetadata: {name: c}\nstringData:\n  password: |${pieces[2]}\n    x\n`, true],
    ['tag', `apiVersion: v1\nkind: Secret\nmetadata: {name: d}\nstringData:\n  password: !${pieces[3]}! x\n`, true],
    // A directive is a parse-error, as go-yaml's scanner refuses every one kubectl meets (kubectl-reader).
    ['directive', `%${pieces[4]} x\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: e}\n`, true],
  ];

  it.each(cases)('%s: no format quotes the value', (_, text, error) => {
    const found = lintText(text, { file: 'bad.yaml', registry: [secretManagement] });
    expect(found.some((d) => d.ruleId === 'parse-error')).toBe(error);
    for (const name of Object.keys(formatters)) {
      const format = formatters[name];
      if (!format) throw new Error(`no formatter ${name}`);
      const out = format({ diagnostics: found, fileCount: 1, target: { major: 1, minor: 37 }, files: ['bad.yaml'], rules: [secretManagement] }, { color: false });
      for (const piece of pieces) for (const fragment of fragments(piece)) expect(out.includes(fragment), `${name} output contains ${fragment}`).toBe(false);
    }
  });
});
