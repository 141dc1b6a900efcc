// Scaffolds a rule: rules/<NN-section>/<id>.ts, its case table, its entry in rules/index.ts (in rule-id
// order), a placeholder line naming it under its placeholder requirement in docs/pci-requirements.md, and
// its generated docs; the tree is consistent afterwards (the rule's own test and the registry test pass).
// Usage: npm run new-rule -- <rule-id> <pci-section>     e.g. npm run new-rule -- host-network 3.1
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sectionFolder } from '../build/tools.js';

const [id, section] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) || !section || !sectionFolder(section)) {
  console.error('usage: npm run new-rule -- <kebab-case-rule-id> <pci-section such as 3.1>');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const folder = sectionFolder(section);
const dir = `${root}/rules/${folder}`;
const file = `${dir}/${id}.ts`;
if (existsSync(file)) {
  console.error(`${file} exists already`);
  process.exit(2);
}
const indexPath = `${root}/rules/index.ts`;
const index = readFileSync(indexPath, 'utf8');
const imports = [...index.matchAll(/^import (\w+) from '(\.\/[^']+)';$/gm)].map((m) => ({ name: m[1], from: m[2] }));
/** The rule id of a registry import: its file name (`./03-workload-security/pss-proc-mount.js`). */
const idOf = (from) => from.slice(from.lastIndexOf('/') + 1).replace(/\.js$/, '');
if (imports.some((i) => idOf(i.from) === id)) {
  console.error(`rules/index.ts already registers a rule "${id}"`);
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
mkdirSync(dir, { recursive: true });
const requirement = '2.2.6';

writeFileSync(
  file,
  `import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: '${id}',
    pci: ['${section}'],
    // TODO: the PCI DSS v4.0.1 requirements this rule evidences (listed in src/engine/pci-requirements.ts),
    // with the reason for each in docs/pci-requirements.md.
    requirements: ['${requirement}'],
    // TODO: the input kinds the rule checks (src/k8s/input-kinds.ts); the coverage report says "not assessed" without them.
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'TODO: one line, what the rule requires.',
      rationale: 'TODO: why it matters for PCI DSS section ${section}.',
      fix: 'TODO: what to change in the manifest.',
    },
    messages: {
      TODO: 'Container "{{container}}" TODO: what is wrong, and why it matters.',
    },
    fixes: {
      TODO: 'TODO: what to change, for this finding.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (container.value.name === undefined) return;
      ctx.report({ at: container.path, messageId: 'TODO', data: { container: container.name } });
    },
  },
});
`,
);

writeFileSync(
  `${dir}/${id}.test.ts`,
  `import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './${id}.js';

testRule(rule, {
  valid: [
    {
      name: 'TODO',
      code: dedent\`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: unrelated
      \`,
    },
  ],
  invalid: [
    {
      name: 'TODO',
      code: dedent\`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
      \`,
      errors: [{ messageId: 'TODO', data: { container: 'app' }, line: 7, column: 7 }],
    },
  ],
});
`,
);

imports.push({ name: camel, from: `./${folder}/${id}.js` });
// By rule id, as the registry test wants it: `pss-proc-mount` before `pss-proc-mount-x` (comparing file
// names would put `pss-proc-mount-x.js` first, as `-` sorts before `.`).
imports.sort((a, b) => (idOf(a.from) < idOf(b.from) ? -1 : idOf(a.from) > idOf(b.from) ? 1 : 0));
const header = index.slice(0, index.indexOf("import type { AnyRule }"));
writeFileSync(
  indexPath,
  `${header}import type { AnyRule } from '../src/engine/rule.js';\n${imports.map((i) => `import ${i.name} from '${i.from}';`).join('\n')}\n\nexport const builtinRules: readonly AnyRule[] = [\n${imports.map((i) => `  ${i.name},`).join('\n')}\n];\n`,
);

// Every requirement a rule names is argued for in docs/pci-requirements.md, naming the rule (a test checks
// both ways): a placeholder line under the placeholder requirement, to rewrite with the real reason.
const mappingPath = `${root}/docs/pci-requirements.md`;
const mapping = readFileSync(mappingPath, 'utf8');
const anchor = `<a id="req-${requirement.replace(/\./g, '-')}"></a>`;
const start = mapping.indexOf(anchor);
const next = mapping.indexOf('<a id="req-', start + anchor.length);
if (start !== -1 && next !== -1) {
  writeFileSync(mappingPath, `${mapping.slice(0, next)}TODO: why \`${id}\` bears on ${requirement} (or name the requirements it does bear on in its meta, each with a reason here).\n\n${mapping.slice(next)}`);
}

// The rule pages, the README rule table and the requirement index are generated from the registry.
execFileSync(process.execPath, [`${root}/scripts/build.mjs`, '--no-types'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [`${root}/scripts/gen-docs.mjs`], { cwd: root, stdio: 'inherit' });
console.log(
  `created rules/${folder}/${id}.ts and its test; registered it in rules/index.ts; named it under ${requirement} in docs/pci-requirements.md; regenerated the docs.\n` +
    'Next: write the rule, its cases and its requirements (with their reasons in docs/pci-requirements.md), then npm run docs.',
);
