// Agreement with peer linters' own fixtures, where their checks and pci-lint's rules express one concept.
// Usage:
//   npm run peer-agreement -- --peer NAME=DIR [--peer NAME=DIR]... [--json] [--disagreements] [--check ID]...
// NAME picks the adapter scripts/peers/NAME.mjs; DIR is a local checkout of the peer's repository (fetch it
// and keep it outside this repository; docs/precision.md names the commits measured). Each adapter yields
// cases (scripts/peer-agreement-core.mjs describes them); each case's files are linted as one project with
// the built library (dist/index.js), the target the fixture states if any, every rule at its default.
// Prints per peer and per check: cases, agreements, percent; --disagreements also each disagreeing case
// (id, what the peer expects, what pci-lint said); --check limits to the named peer checks; --json gives it all.
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonDirectory, judge, overlapSummary, summarize, targetOf, validateCase } from './peer-agreement-core.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const argv = process.argv.slice(2);
/** @type {{ name: string, dir: string }[]} */
const peers = [];
const checksWanted = new Set();
let json = false;
let showDisagreements = false;
let now = new Date().toISOString().slice(0, 10);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--json') json = true;
  else if (arg === '--disagreements') showDisagreements = true;
  else if (arg === '--check') checksWanted.add(argv[++i]);
  else if (arg === '--now') now = argv[++i];
  else if (arg === '--peer' || arg.startsWith('--peer=')) {
    const value = arg === '--peer' ? argv[++i] : arg.slice('--peer='.length);
    const eq = value === undefined ? -1 : value.indexOf('=');
    if (eq <= 0) usage(`--peer needs NAME=DIR, got ${JSON.stringify(value ?? '')}`);
    peers.push({ name: value.slice(0, eq), dir: path.resolve(value.slice(eq + 1)) });
  } else usage(`unknown argument ${JSON.stringify(arg)}`);
}
if (peers.length === 0) usage('name at least one --peer NAME=DIR');

function usage(problem) {
  console.error(`peer-agreement: ${problem}`);
  console.error('usage: npm run peer-agreement -- --peer NAME=DIR [--peer NAME=DIR]... [--json] [--disagreements] [--check ID]... [--now YYYY-MM-DD]');
  process.exit(2);
}

const { lint } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
// The supported targets, for clamping a fixture's stated version (a fixture of 1.16 is linted at 1.19).
const OLDEST = { major: 1, minor: 19 };
const NEWEST = (await lint(['.peer-agreement-no-such-file'], { cwd: root })).target;

/** Lints one case's files as one project and judges the result. */
async function run(c) {
  const cwd = commonDirectory(c.files, path.dirname, path.sep);
  const target = targetOf(c.k8sVersion, OLDEST, NEWEST);
  const result = await lint(c.files, { cwd, projects: [cwd], settings: { now }, ...(target && { target }) });
  return judge(c, result.diagnostics);
}

const reports = [];
/** Each peer's recorded divergences (case ids), for listing only the disagreements not in it. */
const ledgers = new Map();
for (const peer of peers) {
  const adapterPath = path.join(root, 'scripts', 'peers', `${peer.name}.mjs`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(peer.name) || !existsSync(adapterPath)) usage(`no adapter scripts/peers/${peer.name}.mjs`);
  if (!existsSync(peer.dir) || !statSync(peer.dir).isDirectory()) usage(`${peer.dir} is not a directory`);
  const adapter = await import(pathToFileURL(adapterPath).href);
  const seen = new Set();
  const verdicts = [];
  for await (const c of adapter.cases(peer.dir)) {
    const problems = validateCase(c);
    if (problems.length > 0) throw new Error(`${peer.name}: case ${JSON.stringify(c?.id)}: ${problems.join('; ')}`);
    if (seen.has(c.id)) throw new Error(`${peer.name}: case id ${JSON.stringify(c.id)} yielded twice`);
    seen.add(c.id);
    if (checksWanted.size > 0 && !checksWanted.has(c.check)) continue;
    const v = await run(c);
    verdicts.push({ ...v, rules: c.rules, files: c.files.map((f) => path.relative(peer.dir, f)), ...(c.object && { object: c.object }) });
  }
  // Only a run over every check can say which ledger entries name no case.
  const overlap = overlapSummary(verdicts, adapter.divergences ?? {});
  ledgers.set(peer.name, new Set(Object.keys(adapter.divergences ?? {})));
  if (checksWanted.size > 0) overlap.unmatched = [];
  reports.push({ peer: peer.name, repository: adapter.repository, dir: peer.dir, ...summarize(verdicts), overlap, verdicts });
}

const pad = (text, width) => String(text).padEnd(width);
// Peer fixture text can hold anything: keep control characters off the terminal.
function clean(text) {
  let out = '';
  for (const ch of String(text)) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

if (json) {
  const strip = (v) => ({ id: v.id, check: v.check, expect: v.expect, agrees: v.agrees, said: v.said, rules: v.rules, files: v.files, ...(v.object && { object: v.object }) });
  console.log(JSON.stringify(reports.map((r) => ({ ...r, verdicts: showDisagreements ? r.verdicts.filter((v) => !v.agrees).map(strip) : r.verdicts.map(strip) })), null, 2));
} else {
  for (const r of reports) {
    const o = r.overlap;
    console.log(`\n== ${r.peer} (${r.repository}): ${r.agreements} of ${r.cases} cases agree (${r.percent} %)`);
    const classes = Object.entries(o.byClass).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`   where the concepts overlap: ${o.agreements} of ${o.comparable} (${o.percent} %); ${o.divergent} recorded divergence${o.divergent === 1 ? '' : 's'}${classes ? ` (${classes})` : ''}`);
    for (const id of o.stale) console.log(`   stale divergence (the case agrees now: remove it from the adapter): ${clean(id)}`);
    for (const id of o.unmatched) console.log(`   divergence naming no case (fixture moved or renamed?): ${clean(id)}`);
    console.log(`  ${pad('check', 44)} ${pad('cases', 6)} ${pad('fail/pass', 10)} ${pad('agree', 6)} %`);
    for (const e of r.checks) console.log(`  ${pad(clean(e.check), 44)} ${pad(e.cases, 6)} ${pad(`${e.fail}/${e.pass}`, 10)} ${pad(e.agreements, 6)} ${e.percent}`);
    if (showDisagreements) {
      const recorded = ledgers.get(r.peer) ?? new Set();
      const bad = r.verdicts.filter((v) => !v.agrees && !recorded.has(v.id));
      if (bad.length > 0) console.log('  disagreements not recorded as divergences:');
      for (const v of bad) console.log(`    ${clean(v.id)} [${clean(v.check)}] peer: ${v.expect}; pci-lint: ${clean(v.said)}`);
    }
  }
}
