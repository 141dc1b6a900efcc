/**
 * What the *-validate tests share: the projects whose reports go to each format's own validator (the
 * examples, and a project of hostile names), and how a validator is found (an environment variable, else
 * where .ci/run installs it, else PATH) with the reason a test skips when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Text a manifest can carry into a report: terminal escapes, workflow commands, markup, Markdown syntax. */
export const HOSTILE = [
  '\u001b[2J',
  '\n::error file=x::forged',
  '##[group]g',
  '<img src=x onerror=alert(1)>',
  '</td></tr><script>alert(1)</script>',
  '| a | b |',
  '](https://evil.example/)[x',
  '*em* _u_ `code` # h',
  '&amp; &lt; "q" \'s\'',
  'a,b:c%25d\r\ne',
  '\u202eevil\u202c',
  ']]> <![CDATA[',
  // Noncharacters XML 1.0 cannot carry (its Char production stops at U+FFFD): a JUnit report holding one is not XML.
  'nc\ufffe\uffff',
];

/** A project whose object names, images, namespaces, file names and Helm template carry HOSTILE, with findings of every severity. */
export function hostileProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-hostile-'));
  const q = (s: string) => JSON.stringify(s);
  const docs = HOSTILE.map(
    (p, i) => `apiVersion: v1
kind: Pod
metadata:
  name: ${q(`x${i}${p}`)}
  namespace: ${q(`ns${p}`)}
spec:
  containers:
    - name: ${q(`c${p}`)}
      image: ${q(`registry.example/${p}:latest`)}
      securityContext: {privileged: true}
`,
  );
  writeFileSync(path.join(dir, 'pods.yaml'), docs.join('---\n'));
  mkdirSync(path.join(dir, 'dir'));
  for (const [i, p] of ['<b>', '#?%25 name', 'a&b', '| x |', 'q"uote'].entries()) {
    writeFileSync(path.join(dir, 'dir', `f${i}${p}.yaml`), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n');
  }
  writeFileSync(path.join(dir, 'broken.yaml'), 'a: [\n');
  writeFileSync(path.join(dir, 'clean.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\ndata: {a: b}\n');
  writeFileSync(path.join(dir, 'helm.yaml'), `# Source: chart/templates/${HOSTILE.join(' ').replace(/[\n\r]/g, ' ')}.yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: h}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n`);
  return dir;
}

/**
 * A validator: `env` names it, else the first of `candidates` that exists, else `command` on PATH when it
 * runs with `probe`; undefined when there is none.
 */
export function findTool(env: string | undefined, candidates: readonly string[], command?: string, probe: readonly string[] = ['--version']): string | undefined {
  if (env) return existsSync(env) || spawnSync(env, probe, { stdio: 'ignore' }).status === 0 ? env : undefined;
  for (const c of candidates) if (existsSync(c)) return c;
  if (command === undefined) return undefined;
  const r = spawnSync(command, probe, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0 ? command : undefined;
}
