import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { sectionFolder } from '../../src/engine/pci-sections.js';
import { README_RULES_END, README_RULES_START, renderRuleDoc, renderRuleTable } from '../../src/report/rule-docs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = builtinRules.map((r) => r.meta.id);

function ruleFilesOnDisk(): string[] {
  const out: string[] = [];
  for (const folder of readdirSync(path.join(root, 'rules'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(path.join(root, 'rules', folder.name))) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) out.push(`${folder.name}/${file}`);
    }
  }
  return out.sort();
}

describe('rule registry (rules/index.ts)', () => {
  it('is sorted by id without duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('holds every rule file under rules/, each in the folder of its first PCI section', () => {
    const expected = builtinRules.map((r) => `${sectionFolder(r.meta.pci[0] ?? '') ?? '?'}/${r.meta.id}.ts`).sort();
    expect(ruleFilesOnDisk()).toEqual(expected);
  });

  it.each(ids)('%s has a case table beside it', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    const file = path.join(root, 'rules', sectionFolder(rule.meta.pci[0] ?? '') ?? '?', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
  });
});

describe('rule options', () => {
  // The engine trusts defaults without running ajv on every start; this is where they are checked.
  it.each(builtinRules.filter((r) => r.meta.options).map((r) => r.meta.id))('%s: the default options satisfy the schema', (id) => {
    const meta = builtinRules.find((r) => r.meta.id === id)!.meta.options!;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(meta.schema);
    expect(validate(meta.defaults), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('generated documentation', () => {
  it.each(ids)('docs/rules/%s.md is up to date (npm run docs)', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    expect(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8')).toBe(renderRuleDoc(rule));
  });

  it('docs/rules has no page for a rule that does not exist', () => {
    const pages = readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md'));
    expect(pages.sort()).toEqual(ids.map((id) => `${id}.md`).sort());
  });

  it('the README rule table is up to date (npm run docs)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(README_RULES_START) + README_RULES_START.length;
    const end = readme.indexOf(README_RULES_END);
    expect(readme.slice(start, end).trim()).toBe(renderRuleTable(builtinRules));
  });
});
