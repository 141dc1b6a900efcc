// Throughput benchmark. Prints numbers; asserts nothing (speed targets are tracked in issue 11).
// Usage: npm run bench [-- --docs 10000]      (node scripts/bench.mjs --smoke: a tiny corpus, for CI)
//   (a) pci-lint with every rule ÷ yaml parseAllDocuments+toJS over the same bytes (lower is better)
//   (b) one-file CLI wall time ÷ `node -e 0`
//   (c) CLI over the corpus with 2 workers: speed-up over --workers 1
//   (d) peak RSS of the CLI (--workers 1) over the corpus and over 4× the corpus
//   (e) a second CLI run with --cache over unchanged files ÷ the first (cold-cache) run
// The corpus is generated deterministically under $TMPDIR/pci-lint-bench: Helm-rendered streams of
// workloads, single-document RBAC files, control-plane static pods and one big CRD.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { createSession, finishProject, lintSource, rules } from '../build/tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}/dist/cli.js`;
const smoke = process.argv.includes('--smoke');
const argDocs = process.argv.indexOf('--docs');
const docCount = argDocs !== -1 ? Number(process.argv[argDocs + 1]) : smoke ? 200 : 10000;
if (!Number.isSafeInteger(docCount) || docCount <= 0) throw new Error('--docs needs a positive whole number');
const runs = smoke ? 1 : 3;
// Outside the repository: its .gitignore (which lists .bench/) would hide the corpus from the CLI.
const work = path.join(tmpdir(), 'pci-lint-bench');
const CORPUS_VERSION = 1;

// ---------------------------------------------------------------- corpus

function deployment(i) {
  const image = i % 3 === 0 ? `registry.example.com/app${i}:1.${i}` : `registry.example.com/app${i}@sha256:${String(i).padStart(64, '0')}`;
  const kind = ['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet'][i % 4];
  return `# Source: shop/templates/app${i}.yaml
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: app${i}
  namespace: ns${i % 7}
  labels: {app: app${i}, tier: backend, pci-scope: "${i % 2 === 0 ? 'cde' : 'none'}"}
  annotations:
    checksum/config: "${String(i * 7919).padStart(12, '0')}"
spec:
  replicas: 2
  selector:
    matchLabels: {app: app${i}}
  template:
    metadata:
      labels: {app: app${i}}
    spec:
      serviceAccountName: sa${i - (i % 5)}
      automountServiceAccountToken: ${i % 4 === 0}
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: main
          image: ${image}
          args: ["--port=8080", "--log-level=info"]
          env:
            - name: DB_HOST
              value: db.ns${i % 7}.svc
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db${i % 13}, key: password}}
          ports:
            - containerPort: 8080
          securityContext:
            privileged: ${i % 11 === 0}
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: 500m, memory: 256Mi}
            requests: {cpu: 100m, memory: 128Mi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
        - name: sidecar
          image: registry.example.com/proxy@sha256:${'a'.repeat(64)}
          securityContext: {allowPrivilegeEscalation: false, runAsUser: 1337}
`;
}

const serviceAccount = (i) => `# Source: shop/templates/sa${i}.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa${i}
  namespace: ns${i % 7}
automountServiceAccountToken: false
`;

const service = (i) => `# Source: shop/templates/svc${i}.yaml
apiVersion: v1
kind: Service
metadata:
  name: app${i}
  namespace: ns${i % 7}
spec:
  type: ${i % 9 === 0 ? 'NodePort' : 'ClusterIP'}
  selector: {app: app${i}}
  ports:
    - {port: 80, targetPort: 8080, protocol: TCP}
`;

const rbac = (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${i % 2 ? 'ClusterRole' : 'Role'}
metadata:
  name: role${i}
${i % 2 ? '' : `  namespace: ns${i % 7}\n`}rules:
  - apiGroups: [""]
    resources: [${i % 6 === 0 ? '"secrets", ' : ''}"configmaps", "pods"]
    verbs: [get, list, watch${i % 10 === 0 ? ', "*"' : ''}]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${i % 2 ? 'ClusterRoleBinding' : 'RoleBinding'}
metadata:
  name: bind${i}
${i % 2 ? '' : `  namespace: ns${i % 7}\n`}roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${i % 2 ? 'ClusterRole' : 'Role'}, name: role${i}}
subjects:
  - kind: ServiceAccount
    name: sa${i - (i % 5)}
    namespace: ns${i % 7}
  - kind: ${i % 8 === 0 ? 'Group' : 'User'}
    name: ${i % 8 === 0 ? 'system:authenticated' : `dev${i}@example.com`}
`;

const staticPod = (i) => `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver-node${i}
  namespace: kube-system
  labels: {component: kube-apiserver, tier: control-plane}
spec:
  hostNetwork: true
  priorityClassName: system-node-critical
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.31.2
      command:
        - kube-apiserver
        - --advertise-address=10.0.0.${i % 250}
        - --allow-privileged=true
        - --authorization-mode=Node,RBAC
        - --client-ca-file=/etc/kubernetes/pki/ca.crt
        - --enable-admission-plugins=NodeRestriction
        - --etcd-servers=https://127.0.0.1:2379
        - --secure-port=6443
        - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
        - --tls-private-key-file=/etc/kubernetes/pki/apiserver.key
        ${i % 2 ? '- --anonymous-auth=true' : '- --profiling=false'}
      volumeMounts:
        - {name: k8s-certs, mountPath: /etc/kubernetes/pki, readOnly: true}
  volumes:
    - name: k8s-certs
      hostPath: {path: /etc/kubernetes/pki, type: DirectoryOrCreate}
`;

/** One CustomResourceDefinition with a deep, wide schema: a single big document. */
function bigCrd(fields) {
  const props = [];
  for (let f = 0; f < fields; f++) {
    props.push(`                field${f}:
                  type: object
                  description: Field number ${f} of the generated schema, long enough to look like real documentation text.
                  properties:
                    name: {type: string, maxLength: 253}
                    replicas: {type: integer, minimum: 0}
                    labels:
                      type: object
                      additionalProperties: {type: string}
                    items:
                      type: array
                      items: {type: string, enum: [a, b, c]}`);
  }
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.bench.example.com
spec:
  group: bench.example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
${props.join('\n')}
`;
}

/** Writes the corpus for `docs` documents into its own directory (once) and returns its files. */
function writeCorpus(docs) {
  // Bump CORPUS_VERSION when the generator changes, so a corpus left by an older script is not reused.
  const dir = path.join(work, `corpus-v${CORPUS_VERSION}-${docs}`);
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    for (const sub of ['helm', 'rbac', 'control-plane', 'crds']) mkdirSync(path.join(dir, sub), { recursive: true });
    let stream = [];
    let streams = 0;
    const flush = () => {
      if (stream.length === 0) return;
      writeFileSync(path.join(dir, 'helm', `release-${String(streams++).padStart(5, '0')}.yaml`), stream.join('---\n'));
      stream = [];
    };
    for (let i = 0; i < docs; i++) {
      const slot = i % 20;
      if (slot === 19) writeFileSync(path.join(dir, 'rbac', `rbac-${String(i).padStart(6, '0')}.yaml`), rbac(i));
      else if (i % 500 === 250) writeFileSync(path.join(dir, 'control-plane', `kube-apiserver-${i}.yaml`), staticPod(i));
      else {
        stream.push(slot % 5 === 0 ? serviceAccount(i) : slot % 7 === 3 ? service(i) : deployment(i));
        if (stream.length === 20) flush();
      }
    }
    flush();
    writeFileSync(path.join(dir, 'crds', 'widgets.yaml'), bigCrd(Math.max(20, Math.round(docs / 10))));
    writeFileSync(done, '');
  }
  const files = [];
  for (const sub of readdirSync(dir).sort()) {
    const subdir = path.join(dir, sub);
    if (!statSync(subdir).isDirectory()) continue;
    for (const name of readdirSync(subdir).sort()) files.push({ file: `${sub}/${name}`, text: readFileSync(path.join(subdir, name), 'utf8') });
  }
  return { dir, files };
}

// ---------------------------------------------------------------- measuring

function best(n, fn) {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

/** Runs the CLI (exit code 1 for findings is expected) and returns its wall time and peak RSS. */
function runCli(args, cwd, { rss = true } = {}) {
  // Report the process's peak RSS (main thread and workers together) on exit, through fd 3.
  const hook = `data:text/javascript,${encodeURIComponent("import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})")}`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...(rss ? ['--import', hook] : []), cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`pci-lint ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { ms, rssMb: Number(child.output[3]?.toString() || 0) / 1024 };
}

function bestCli(n, args, cwd, options) {
  let ms = Infinity;
  let rssMb = 0;
  for (let i = 0; i < n; i++) {
    const r = runCli(args, cwd, options);
    ms = Math.min(ms, r.ms);
    rssMb = Math.max(rssMb, r.rssMb);
  }
  return { ms, rssMb };
}

const { dir, files } = writeCorpus(docCount);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / 1024 / 1024;
const mbps = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
const out = path.join(work, 'out.json');
const lintArgs = ['--no-config', '--format', 'json', '--output', out];

// (a) in-process: the parse floor versus every rule, same bytes, same process.
const yamlMs = best(runs, () => {
  for (const f of files) for (const d of parseAllDocuments(f.text)) d.toJS();
});
let findings = 0;
const lintMs = best(runs, () => {
  const session = createSession(rules);
  findings = finishProject(session, files.map((f) => lintSource(session, f))).length;
});

// (b) cold start on one small file.
const one = path.join(work, 'one.yaml');
writeFileSync(one, files.find((f) => f.file.startsWith('helm/')).text);
const nodeMs = best(smoke ? 1 : 5, () => execFileSync(process.execPath, ['-e', '0'], { stdio: 'ignore' }));
const oneMs = bestCli(smoke ? 1 : 5, ['--no-config', one], root, { rss: false }).ms;

// (c) workers over the whole corpus, as a user runs it.
const w1 = bestCli(runs, [...lintArgs, '--workers', '1', '.'], dir);
const w2 = bestCli(runs, [...lintArgs, '--workers', '2', '.'], dir);

// (d) peak RSS, single-threaded, at 1× and 4× the corpus.
const big = writeCorpus(docCount * 4);
const bigBytes = big.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const w1big = bestCli(1, [...lintArgs, '--workers', '1', '.'], big.dir);

// (e) the cache: a cold run fills it, a second run over unchanged files reads it.
const cacheDir = path.join(work, 'cache');
const cacheRuns = [];
for (let i = 0; i < runs; i++) {
  rmSync(cacheDir, { recursive: true, force: true });
  // Without the RSS hook: its module load is the measurement's cost, not pci-lint's.
  const cold = runCli([...lintArgs, '--cache', '--cache-location', cacheDir, '.'], dir, { rss: false });
  const warm = runCli([...lintArgs, '--cache', '--cache-location', cacheDir, '.'], dir, { rss: false });
  cacheRuns.push({ cold: cold.ms, warm: warm.ms });
}
const cache = cacheRuns.reduce((a, b) => (b.warm < a.warm ? b : a));

const ratio = (x) => x.toFixed(2);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`corpus: ${docCount} documents in ${files.length} files, ${mb.toFixed(1)} MB (${dir}); ${findings} findings`);
console.log(`yaml parseAllDocuments+toJS: ${yamlMs.toFixed(0)} ms (${mbps(yamlMs)})`);
console.log(`pci-lint, all rules, in-process: ${lintMs.toFixed(0)} ms (${mbps(lintMs)})`);
console.log(`(a) pci-lint ÷ yaml parse:      ${ratio(lintMs / yamlMs)}   (target ≤ 0.35)`);
console.log(`(b) one-file CLI ÷ node -e 0:   ${ratio(oneMs / nodeMs)}   (${oneMs.toFixed(0)} ms vs ${nodeMs.toFixed(0)} ms; target ≤ 2.0)`);
console.log(`(c) 2 workers speed-up:         ${ratio(w1.ms / w2.ms)}×  (CLI ${w1.ms.toFixed(0)} ms with 1, ${w2.ms.toFixed(0)} ms with 2; target ≥ 1.7)`);
console.log(`(d) peak RSS 4× ÷ 1×:           ${ratio(w1big.rssMb / w1.rssMb)}   (${w1.rssMb.toFixed(0)} MB over ${mb.toFixed(1)} MB, ${w1big.rssMb.toFixed(0)} MB over ${(bigBytes / 1024 / 1024).toFixed(1)} MB; target ≤ 1.3)`);
console.log(`(e) cached run ÷ first run:     ${ratio(cache.warm / cache.cold)}   (${cache.warm.toFixed(0)} ms vs ${cache.cold.toFixed(0)} ms; target ≤ 0.1)`);
