// Regenerates docs/rules/<id>.md and the rule table in README.md from the rules' metadata, and the layer
// table in docs/architecture.md from architecture.js.
// Run through `npm run docs`, which builds dist/ first. A test fails when these files are stale.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTable, TABLE_END, TABLE_START } from '../architecture.js';
import { renderRuleDoc, rules, withRequirementIndex, withRuleTable } from '../build/tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = `${root}/docs/rules`;
const ids = new Set(rules.map((r) => r.meta.id));
for (const name of readdirSync(docs)) {
  if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) rmSync(`${docs}/${name}`);
}
for (const rule of rules) writeFileSync(`${docs}/${rule.meta.id}.md`, renderRuleDoc(rule));
const readmePath = `${root}/README.md`;
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), rules));
const mappingPath = `${root}/docs/pci-requirements.md`;
writeFileSync(mappingPath, withRequirementIndex(readFileSync(mappingPath, 'utf8'), rules));
const architecturePath = `${root}/docs/architecture.md`;
const architecture = readFileSync(architecturePath, 'utf8');
const start = architecture.indexOf(TABLE_START);
const end = architecture.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`docs/architecture.md has lost its table markers (${TABLE_START} … ${TABLE_END})`);
writeFileSync(architecturePath, architecture.slice(0, start) + renderTable() + architecture.slice(end + TABLE_END.length));
console.log(`wrote ${rules.length} rule pages, the README rule table, the index of docs/pci-requirements.md and the architecture table`);
