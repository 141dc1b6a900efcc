// Throughput benchmark. Prints numbers; asserts nothing (speed targets are tracked in issue 11).
// Usage: npm run bench [-- --docs 5000]
//   (a) pci-lint with every rule ÷ yaml parseAllDocuments+toJS over the same bytes (lower is better)
//   (b) one-file CLI wall time ÷ `node -e 0`
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { createSession, finishProject, lintSource, rules } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argDocs = process.argv.indexOf('--docs');
const docCount = argDocs === -1 ? 4000 : Number(process.argv[argDocs + 1]);

/** A deterministic mix of workloads and service accounts, split into files of 20 documents. */
function corpus() {
  const files = [];
  let docs = [];
  for (let i = 0; i < docCount; i++) {
    const image = i % 3 === 0 ? `registry.example.com/app${i}:1.${i}` : `registry.example.com/app${i}@sha256:${String(i).padStart(64, '0')}`;
    docs.push(
      i % 5 === 0
        ? `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa${i}\n  namespace: ns${i % 7}\nautomountServiceAccountToken: false\n`
        : `# Source: chart/templates/d${i}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\n  namespace: ns${i % 7}\n  labels: {app: app${i}, tier: backend}\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: app${i}}\n  template:\n    metadata:\n      labels: {app: app${i}}\n    spec:\n      serviceAccountName: sa${i - (i % 5)}\n      containers:\n        - name: main\n          image: ${image}\n          ports:\n            - containerPort: 8080\n          securityContext:\n            privileged: ${i % 11 === 0}\n            allowPrivilegeEscalation: false\n          resources:\n            limits: {cpu: 500m, memory: 256Mi}\n        - name: sidecar\n          image: registry.example.com/proxy@sha256:${'a'.repeat(64)}\n`,
    );
    if (docs.length === 20) {
      files.push({ file: `f${files.length}.yaml`, text: docs.join('---\n') });
      docs = [];
    }
  }
  if (docs.length) files.push({ file: `f${files.length}.yaml`, text: docs.join('---\n') });
  return files;
}

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

const files = corpus();
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / 1024 / 1024;

const yamlMs = best(3, () => {
  for (const f of files) for (const d of parseAllDocuments(f.text)) d.toJS();
});
let findings = 0;
const lintMs = best(3, () => {
  const session = createSession(rules);
  findings = finishProject(session, files.map((f) => lintSource(session, f))).length;
});

const dir = `${root}/.bench`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/one.yaml`, files[0].text);
const wall = (args) => best(5, () => {
  try {
    execFileSync(process.execPath, args, { stdio: 'ignore' });
  } catch {
    // exit code 1 (findings) is expected
  }
});
const nodeMs = wall(['-e', '0']);
const cliMs = wall([`${root}/dist/cli.js`, `${dir}/one.yaml`]);

console.log(`corpus: ${docCount} documents in ${files.length} files, ${mb.toFixed(1)} MB; ${findings} findings`);
console.log(`yaml parseAllDocuments+toJS: ${yamlMs.toFixed(0)} ms (${(mb / (yamlMs / 1000)).toFixed(1)} MB/s)`);
console.log(`pci-lint, all rules:        ${lintMs.toFixed(0)} ms (${(mb / (lintMs / 1000)).toFixed(1)} MB/s)`);
console.log(`(a) pci-lint ÷ yaml parse:  ${(lintMs / yamlMs).toFixed(2)}   (issue 11 target ≤ 0.35)`);
console.log(`(b) one-file CLI ÷ node -e 0: ${(cliMs / nodeMs).toFixed(2)}   (${cliMs.toFixed(0)} ms vs ${nodeMs.toFixed(0)} ms; target ≤ 2.0)`);
