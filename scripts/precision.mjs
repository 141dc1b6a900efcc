// Precision report over checkouts of real projects, for a person to judge false positives. Usage:
//   npm run precision -- DIR...                  a summary per DIR: findings per rule, duplicates per rule
//   npm run precision -- --findings DIR...       and every finding (file:line:col rule message)
//   npm run precision -- --rule ID DIR...        every finding of one rule (repeatable)
//   npm run precision -- --json DIR...           the figures as JSON (for docs/precision.md)
// Each DIR is linted on its own, as `pci-lint DIR` run inside it would (no configuration file, default
// target). A duplicate is a finding on a node (file, line, column) that another finding also reports on.
// Never commit what DIR holds: fetch it under /work/corpus (see docs/precision.md).
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { lint } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);

const argv = process.argv.slice(2);
const dirs = [];
const rulesWanted = new Set();
let showFindings = false;
let json = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--findings') showFindings = true;
  else if (arg === '--json') json = true;
  else if (arg === '--rule') rulesWanted.add(argv[++i]);
  else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
  else dirs.push(arg);
}
if (dirs.length === 0) {
  console.error('usage: npm run precision -- [--findings] [--rule ID]... [--json] DIR...');
  process.exit(2);
}

/** The findings of one directory, with the figures a person judges precision from. */
async function measure(dir) {
  const cwd = path.resolve(dir);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new Error(`${dir} is not a directory`);
  const result = await lint(['.'], { cwd, now: new Date().toISOString().slice(0, 10) });
  const diagnostics = result.diagnostics;
  const byNode = new Map();
  for (const d of diagnostics) {
    const key = `${d.file}\u0000${d.line}\u0000${d.column}`;
    const list = byNode.get(key);
    if (list) list.push(d);
    else byNode.set(key, [d]);
  }
  const perRule = new Map();
  const rule = (id) => {
    let entry = perRule.get(id);
    if (!entry) perRule.set(id, (entry = { rule: id, findings: 0, duplicates: 0, error: 0, warning: 0, info: 0 }));
    return entry;
  };
  const pairs = new Map();
  let duplicates = 0;
  for (const list of byNode.values()) {
    for (const d of list) {
      const entry = rule(d.ruleId);
      entry.findings++;
      entry[d.severity]++;
    }
    if (list.length < 2) continue;
    duplicates += list.length - 1;
    for (const d of list) rule(d.ruleId).duplicates++;
    const ids = [...new Set(list.map((d) => d.ruleId))].sort().join(' + ');
    pairs.set(ids, (pairs.get(ids) ?? 0) + 1);
  }
  return {
    dir,
    files: result.fileCount,
    findings: diagnostics.length,
    duplicates,
    rules: [...perRule.values()].sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1)),
    sharedNodes: [...pairs.entries()].map(([rules, nodes]) => ({ rules, nodes })).sort((a, b) => b.nodes - a.nodes),
    diagnostics,
  };
}

const pad = (text, width) => String(text).padEnd(width);
const results = [];
for (const dir of dirs) results.push(await measure(dir));

if (json) {
  console.log(JSON.stringify(results.map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== "diagnostics"))), null, 2));
} else {
  for (const r of results) {
    console.log(`\n== ${r.dir}: ${r.files} files, ${r.findings} findings, ${r.duplicates} duplicates (findings on a node another finding reports on, beyond the first)`);
    console.log(`  ${pad('rule', 40)} ${pad('findings', 9)} ${pad('on shared nodes', 16)} error/warning/info`);
    for (const e of r.rules) console.log(`  ${pad(e.rule, 40)} ${pad(e.findings, 9)} ${pad(e.duplicates, 16)} ${e.error}/${e.warning}/${e.info}`);
    if (r.sharedNodes.length > 0) {
      console.log('  nodes reported by several findings:');
      for (const p of r.sharedNodes) console.log(`    ${pad(p.nodes, 6)} ${p.rules}`);
    }
    for (const d of r.diagnostics) {
      if (!showFindings && !rulesWanted.has(d.ruleId)) continue;
      const object = d.resource ? ` [${d.resource.kind} ${d.resource.namespace ? `${d.resource.namespace}/` : ''}${d.resource.name ?? ''}]` : '';
      console.log(`  ${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}${object} ${d.message}`);
    }
  }
}
