/**
 * The GitHub annotations pci-lint prints, against GitHub's own toolkit: every workflow command is the one
 * @actions/core (`core.error`/`warning`/`notice` with file, line, col, endLine, endColumn and title) writes
 * for the same text, property by property and byte for byte in each escaped value (`%`, CR, LF; and `:`
 * and `,` in properties); and read back the way the runner reads a command (actions/runner,
 * ActionCommand.TryParseV2: `::name k=v,k=v::data`, unescaping %0D, %0A, %3A, %2C, %25), it gives the file,
 * title and message pci-lint meant, with every control character shown and no second command. The job
 * summary's Markdown is checked by cmark-gfm in markdown-validate.test.ts. @actions/core is not a
 * dependency: it is imported from node_modules when the project has it, else from PCI_LINT_ACTIONS_CORE (a
 * folder holding node_modules/@actions/core), else from .ci/actions-core, where .ci/run installs it.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic, Severity } from '../../src/engine/diagnostic.js';
import { terminalPath, terminalText } from '../../src/report/escape.js';
import { github } from '../../src/report/github.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { HOSTILE, hostileProject } from './validate-helpers.js';

interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}
type Annotate = (message: string, properties?: AnnotationProperties) => void;
interface Core {
  error: Annotate;
  warning: Annotate;
  notice: Annotate;
}

/** The package's name, not a literal in import(): the typecheck does not need it installed. */
const TOOLKIT = '@actions/core';

async function loadCore(): Promise<Core | undefined> {
  try {
    return (await import(TOOLKIT)) as Core;
  } catch {
    // Not a dependency of the project: look where .ci/run or the environment puts it.
  }
  for (const base of [process.env.PCI_LINT_ACTIONS_CORE, path.join(ROOT, '.ci', 'actions-core')]) {
    const entry = base && path.join(base, 'node_modules', '@actions', 'core', 'lib', 'core.js');
    if (entry && existsSync(entry)) return (await import(pathToFileURL(entry).href)) as Core;
  }
  return undefined;
}

const core = await loadCore();
const SKIP = core ? '' : ' (skipped: no @actions/core; .ci/run installs it into .ci/actions-core, or set PCI_LINT_ACTIONS_CORE)';
const target = { major: 1, minor: 30 };
const hostile = hostileProject();
afterAll(() => {
  rmSync(hostile, { recursive: true, force: true });
});

/** What @actions/core writes for one annotation. */
function viaToolkit(severity: Severity, message: string, properties: AnnotationProperties): string {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    (core as Core)[severity === 'info' ? 'notice' : severity](message, properties);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

interface Command {
  readonly name: string;
  /** Property values as written (escaped). */
  readonly raw: Readonly<Record<string, string>>;
  readonly rawData: string;
}

/** A line split the way the runner splits a command, values kept as written. */
function split(line: string): Command | undefined {
  const m = /^::([^ :]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const raw: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    raw[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { name: m[1] as string, raw, rawData: m[3] as string };
}

/** The runner's unescaping (ActionCommand.cs): `%25` last, so an escaped `%0A` stays as written. */
function unescape(value: string, property: boolean): string {
  let v = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) v = v.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return v.replace(/%25/g, '%');
}

function diag(over: Partial<Diagnostic>): Diagnostic {
  return { ruleId: 'image-digest', pci: ['3.2'], requirements: ['6.5.1'], severity: 'warning', message: 'Image "a:1" is pinned by tag only.', file: 'a.yaml', line: 3, column: 5, endLine: 3, endColumn: 12, ...over };
}

describe.skipIf(!core)(`github annotations against @actions/core${SKIP}`, () => {
  it('writes each annotation as @actions/core does for the same text, and the runner reads back what was meant', () => {
    const severities: Severity[] = ['error', 'warning', 'info'];
    const diagnostics = HOSTILE.map((p, i) =>
      diag({
        severity: severities[i % 3],
        file: `dir/${p}.yaml`,
        message: `Container "${p}" runs privileged: 100% sure, a,b.`,
        fix: `Set ${p} to false.`,
        source: { chart: 'c', template: `c/templates/${p}.yaml` },
        line: i + 1,
        endLine: i + 2,
        column: 2,
        endColumn: 7,
      }),
    );
    const lines = github({ diagnostics, fileCount: 1, target }, { color: false }).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(HOSTILE.length);
    // The escapes compared below are there: `,` `:` `%` in a property, CR LF shown as text.
    expect(lines.filter((l) => l.includes(' file=dir/a%2Cb%3Ac%2525d\\r\\ne.yaml,'))).toHaveLength(1);
    // Most severe first; within a severity, the input's order.
    const ordered = [...diagnostics].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
    ordered.forEach((d, i) => {
      const title = terminalText(`pci-lint ${d.ruleId} (PCI ${d.pci.join(', ')})`);
      const file = terminalPath(d.file);
      const message = terminalText(`${d.message} ${d.fix ?? ''} [${d.source?.template ?? ''}]`);
      const ours = split(lines[i] as string);
      const theirs = split(viaToolkit(d.severity, message, { title, file, startLine: d.line, endLine: d.endLine, startColumn: d.column, endColumn: d.endColumn }).trimEnd());
      expect(ours, lines[i]).toEqual(theirs);
      // Read back as the runner reads it: exactly the text pci-lint meant, on one line.
      expect(unescape(ours?.raw.file ?? '', true)).toBe(file);
      expect(unescape(ours?.raw.title ?? '', true)).toBe(title);
      expect(unescape(ours?.rawData ?? '', false)).toBe(message);
      expect(`${d.line} ${d.column} ${d.endLine} ${d.endColumn}`).toBe(`${ours?.raw.line} ${ours?.raw.col} ${ours?.raw.endLine} ${ours?.raw.endColumn}`);
    });
  });

  it('prints, for a run over hostile names, only annotations the runner reads as one command each, the same as @actions/core', async () => {
    const r = await runCli(['--no-config', '--format', 'github', '.'], { cwd: hostile, registry: builtinRules });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(10);
    // The closing line says how many were not annotated; nothing else is printed.
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual([expect.stringMatching(/^pci-lint: \d+ more findings not annotated /)]);
    for (const line of commands) {
      const c = split(line);
      expect(c?.name, line).toMatch(/^(error|warning|notice)$/);
      expect(Object.keys(c?.raw ?? {}).sort()).toEqual(['col', 'endColumn', 'endLine', 'file', 'line', 'title']);
      // The data holds no command of its own for a runner that reads any `::` (older runners).
      expect(c?.rawData).not.toContain('::');
      const props = c?.raw ?? {};
      const again = split(
        viaToolkit(c?.name === 'notice' ? 'info' : (c?.name as Severity), unescape(c?.rawData ?? '', false), {
          title: unescape(props.title ?? '', true),
          file: unescape(props.file ?? '', true),
          startLine: Number(props.line),
          endLine: Number(props.endLine),
          startColumn: Number(props.col),
          endColumn: Number(props.endColumn),
        }).trimEnd(),
      );
      expect(c, line).toEqual(again);
    }
  });
});
