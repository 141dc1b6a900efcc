/**
 * The Markdown pci-lint writes, the coverage report (`--format markdown`) and the GitHub job summary
 * (`$GITHUB_STEP_SUMMARY`), rendered by cmark-gfm (GitHub's CommonMark implementation, Debian's cmark-gfm)
 * with GitHub's extensions (table, autolink, strikethrough, tagfilter) and raw HTML let through, the
 * strictest case: user-written text (object names, images, file names, a Helm template) makes no element,
 * no link, no extra table cell; it is shown as written. .ci/run installs Debian's cmark-gfm;
 * PCI_LINT_CMARK_GFM names another binary.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { RULE_DOCS_URL } from '../../src/report/links.js';
import { runCli } from '../cli/helpers.js';
import { findTool, hostileProject } from './validate-helpers.js';

const CMARK = findTool(process.env.PCI_LINT_CMARK_GFM, [], 'cmark-gfm');
const SKIP = CMARK ? '' : ' (skipped: no cmark-gfm on PATH; .ci/run installs Debian cmark-gfm, or set PCI_LINT_CMARK_GFM)';

const hostile = hostileProject();
afterAll(() => {
  rmSync(hostile, { recursive: true, force: true });
});

function render(markdown: string): string {
  const args = ['--unsafe', ...['table', 'autolink', 'strikethrough', 'tagfilter'].flatMap((e) => ['-e', e])];
  const r = spawnSync(CMARK as string, args, { input: markdown, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The elements Markdown syntax of pci-lint's own makes: anything else came from the input. */
const OURS = new Set(['h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'a', 'code', 'strong', 'blockquote']);

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|amp|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[e] ?? '');
}

/** What rendered HTML shows as text: tags dropped, entities decoded. */
function shown(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

function expectRenderedSafely(html: string): void {
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((t) => (t[1] as string).toLowerCase()));
  expect([...tags].filter((t) => !OURS.has(t))).toEqual([]);
  // Links: the rule pages and the relative links to linted files; none the input made.
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
    const target = decode(href as string);
    if (!target.startsWith(RULE_DOCS_URL)) expect(target, target).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i);
  }
  // Every table row has as many cells as the table's header (cmark-gfm pads short rows and drops cells past
  // the header's, so a bar in a name shows as lost text: the tests check that the names are shown whole).
  for (const [table] of html.matchAll(/<table>[\s\S]*?<\/table>/g)) {
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => ((r[1] as string).match(/<t[hd][ >]/g) ?? []).length);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows).size, table.slice(0, 300)).toBe(1);
  }
}

describe.skipIf(!CMARK)(`markdown through cmark-gfm${SKIP}`, () => {
  it('the coverage report of hostile names makes only its own elements, links and table cells, and shows the names as written', async () => {
    const r = await runCli(['--no-config', '--format', 'markdown', '.'], { cwd: hostile, registry: builtinRules });
    expect(r.code).toBe(1);
    const html = render(r.stdout);
    expectRenderedSafely(html);
    const text = shown(html);
    for (const name of ['x3<img src=x onerror=alert(1)>', 'x4</td></tr><script>alert(1)</script>', 'x5| a | b |', 'x7*em* _u_ `code` # h', 'x8&amp; &lt; "q" \'s\'']) expect(text).toContain(name);
    expect(text).toContain('dir/f3| x |.yaml');
  });

  it('the coverage report of examples/ renders its tables whole', async () => {
    const r = await runCli(['--no-config', '--format', 'markdown', 'examples'], { registry: builtinRules });
    expect(r.code).toBe(1);
    expectRenderedSafely(render(r.stdout));
  });

  it('the GitHub job summary of hostile names makes only its own elements, links and table cells, and shows the messages as written', async () => {
    const file = `${hostile}-summary.md`;
    try {
      const r = await runCli(['--no-config', '--format', 'github', '.'], { cwd: hostile, registry: builtinRules, env: { GITHUB_STEP_SUMMARY: file } });
      expect(r.code).toBe(1);
      const html = render(readFileSync(file, 'utf8'));
      expectRenderedSafely(html);
      const text = shown(html);
      expect(text).toContain('Container "c<img src=x onerror=alert(1)>" runs privileged');
      expect(text).toContain('Container "c| a | b |" runs privileged');
      expect(text).toContain('dir/f3| x |.yaml:');
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('is really applied: a tag in a cell is caught, and a bar that splits a cell loses text, which the names check catches', () => {
    expect(() => { expectRenderedSafely(render('| a | b |\n|---|---|\n| x <b>y</b> | z |\n')); }).toThrow();
    // GitHub drops the cells past the header's: the name is no longer shown whole.
    expect(shown(render('| a | b |\n|---|---|\n| x | y | z |\n'))).not.toContain('z');
  });
});
