/** The CLI's options, run in-process against the examples and test/fixtures/cli. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dedent from 'dedent';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { matchesPciFilter } from '../../src/engine/settings.js';
import { inRange } from '../../src/k8s/versions.js';
import { ANSI, findings, locations, ROOT, runCli } from './helpers.js';

const WARNINGS_ONLY = 'test/fixtures/cli/warnings-only';
const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-options-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const ruleIds = (stdout: string) => new Set(findings(stdout).map((f) => f.ruleId));
const severities = (stdout: string) => new Set(findings(stdout).map((f) => f.severity));

describe('--fail-on', () => {
  it('the warnings-only fixture really has warnings and nothing worse', async () => {
    const r = await runCli([WARNINGS_ONLY]);
    expect(findings(r.stdout).length).toBeGreaterThan(0);
    expect(severities(r.stdout)).toEqual(new Set(['warning']));
    expect(r.code).toBe(0);
  });

  it('--fail-on warning turns warnings into exit 1', async () => {
    const r = await runCli(['--fail-on', 'warning', WARNINGS_ONLY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${WARNINGS_ONLY}/web.yaml:21:18`);
  });

  it('--fail-on error keeps warnings at exit 0', async () => {
    expect((await runCli(['--fail-on', 'error', WARNINGS_ONLY])).code).toBe(0);
  });

  it('--fail-on info fails on warnings too', async () => {
    expect((await runCli(['--fail-on', 'info', WARNINGS_ONLY])).code).toBe(1);
  });
});

describe('--quiet', () => {
  it('hides warnings but the exit code still reflects errors', async () => {
    const loud = await runCli(['examples/helm-rendered']);
    expect(severities(loud.stdout)).toEqual(new Set(['error', 'warning']));
    const quiet = await runCli(['--quiet', 'examples/helm-rendered']);
    expect(quiet.code).toBe(1);
    expect(severities(quiet.stdout)).toEqual(new Set(['error']));
    expect(findings(quiet.stdout)).toHaveLength(findings(loud.stdout).filter((f) => f.severity === 'error').length);
  });

  it('prints nothing and exits 0 for a warnings-only input', async () => {
    expect(await runCli(['-q', WARNINGS_ONLY])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--rule', () => {
  it('id=off removes that rule’s findings and keeps the others', async () => {
    const before = ruleIds((await runCli(['examples/noncompliant'])).stdout);
    expect(before).toContain('privileged-container');
    const r = await runCli(['--rule', 'privileged-container=off', 'examples/noncompliant']);
    const after = ruleIds(r.stdout);
    expect(after).not.toContain('privileged-container');
    expect(after).toEqual(new Set([...before].filter((id) => id !== 'privileged-container')));
  });

  it('id=warning downgrades a rule, which changes the exit code when it was the only error', async () => {
    const r = await runCli(['--rule', 'image-digest=warning', '--rule', 'privileged-container=off', 'examples/noncompliant']);
    expect(findings(r.stdout).filter((f) => f.ruleId === 'image-digest').every((f) => f.severity === 'warning')).toBe(true);
    expect(severities(r.stdout)).not.toContain('error');
    expect(r.code).toBe(0);
  });

  it('the last setting for a rule wins', async () => {
    const r = await runCli(['--rule', 'privileged-container=off', '--rule', 'privileged-container=error', 'examples/noncompliant']);
    expect(ruleIds(r.stdout)).toContain('privileged-container');
  });
});

describe('--pci', () => {
  const expectedFor = (filter: string[]) => new Set(builtinRules.filter((r) => matchesPciFilter(r.meta.pci, filter)).map((r) => r.meta.id));

  it('--pci 3.2 keeps only image-digest', async () => {
    const r = await runCli(['--pci', '3.2', 'examples/noncompliant']);
    expect(r.code).toBe(1);
    const ids = ruleIds(r.stdout);
    expect(ids).toContain('image-digest');
    expect(ids).not.toContain('privileged-container');
    expect(ids).not.toContain('automount-service-account-token');
    for (const id of ids) expect(expectedFor(['3.2'])).toContain(id);
  });

  it('accepts a comma list and repeated options', async () => {
    const list = ruleIds((await runCli(['--pci', '1,3.2', 'examples/noncompliant'])).stdout);
    const repeated = ruleIds((await runCli(['--pci', '1', '--pci', '3.2', 'examples/noncompliant'])).stdout);
    expect(list).toEqual(repeated);
    expect(list).toContain('automount-service-account-token');
    expect(list).toContain('image-digest');
    expect(list).not.toContain('privileged-container');
  });

  it('a whole section matches its sub-items', async () => {
    const ids = ruleIds((await runCli(['--pci', '3', 'examples/noncompliant'])).stdout);
    expect(ids).toContain('image-digest');
    expect(ids).toContain('privileged-container');
    expect(ids).not.toContain('automount-service-account-token');
  });
});

describe('standard input', () => {
  const privilegedPod = dedent`
    apiVersion: v1
    kind: Pod
    metadata:
      name: from-stdin
    spec:
      containers:
        - name: app
          image: nginx@sha256:0b0c1a2e3f4d5c6b7a8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6
          securityContext:
            privileged: true
  ` + '\n';

  it('"-" reads the manifest from stdin and shows it as <stdin>', async () => {
    const r = await runCli(['-'], { stdin: privilegedPod });
    expect(r.code).toBe(1);
    // securityContext.privileged is on line 10, indented by 8 spaces.
    expect(findings(r.stdout).find((f) => f.ruleId === 'privileged-container')).toMatchObject({ file: '<stdin>', line: 10, column: 9 });
  });

  it('"-" can be combined with paths', async () => {
    const r = await runCli(['examples/compliant', '-'], { stdin: privilegedPod });
    expect(r.code).toBe(1);
    // Every compliant example plus standard input.
    expect(r.stdout).toContain(`checked ${readdirSync(path.join(ROOT, 'examples/compliant')).length + 1} files`);
  });

  it('an empty stdin is no finding', async () => {
    expect(await runCli(['-'], { stdin: '' })).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('empty input', () => {
  it('an empty working directory, linted by default, exits 0 with a note on stderr', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    const r = await runCli([], { cwd: empty });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('pci-lint: no *.yaml, *.yml or *.json files found; nothing was checked.\n');
  });

  it('with --format json it still prints a valid (empty) array', async () => {
    const empty = path.join(scratch, 'empty-json');
    mkdirSync(empty);
    const r = await runCli(['--format', 'json'], { cwd: empty });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('a directory named on the command line that holds no manifest is exit 2, also "."', async () => {
    const empty = path.join(scratch, 'empty-named');
    mkdirSync(path.join(empty, 'docs'), { recursive: true });
    writeFileSync(path.join(empty, 'docs', 'notes.txt'), 'not a manifest\n');
    const message = (dirs: string) => `pci-lint: No manifests in ${dirs}: no *.yaml, *.yml, *.json, *.kubeconfig or kubeconfig file that .gitignore and the ignore patterns leave. Check the path, or name the files.\n`;
    expect(await runCli(['docs'], { cwd: empty })).toEqual({ code: 2, stdout: '', stderr: message('"docs"') });
    expect(await runCli(['.'], { cwd: empty })).toEqual({ code: 2, stdout: '', stderr: message('"."') });
    // Named with other inputs that hold manifests, it is still a mistake.
    expect(await runCli(['examples/compliant', path.join(empty, 'docs')])).toMatchObject({ code: 2, stdout: '', stderr: message(`"${path.join(empty, 'docs')}"`) });
  });
});

describe('--max-warnings', () => {
  // The warnings-only fixture has warnings and no error: exit 0 without the option.
  it.each([
    ['0', 1],
    ['1', 0],
    ['5', 0],
  ])('--max-warnings %s over the fixture\'s one warning exits %i', async (max, code) => {
    const r = await runCli(['--max-warnings', max, WARNINGS_ONLY]);
    expect(findings(r.stdout).filter((f) => f.severity === 'warning')).toHaveLength(1);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(code === 1 ? `pci-lint: 1 warnings, more than --max-warnings ${max} allows.\n` : '');
  });

  it('counts warnings hidden by --quiet, not those hidden by the baseline', async () => {
    expect((await runCli(['-q', '--max-warnings', '0', WARNINGS_ONLY])).code).toBe(1);
    const baseline = path.join(scratch, 'warnings-baseline.json');
    expect((await runCli(['--write-baseline', baseline, WARNINGS_ONLY])).code).toBe(0);
    expect((await runCli(['--baseline', baseline, '--max-warnings', '0', WARNINGS_ONLY])).code).toBe(0);
  });

  it.each(['-1', '1.5', 'many', ''])('rejects %j with exit 2', async (value) => {
    expect(await runCli([`--max-warnings=${value}`, WARNINGS_ONLY])).toEqual({ code: 2, stdout: '', stderr: `pci-lint: Invalid --max-warnings "${value}": use a whole number of warnings, 0 or more.\n` });
  });
});

describe('several outputs in one run', () => {
  const out = (name: string) => path.join(scratch, name);

  it('--format sarif --output-file x --format stylish writes SARIF to the file and stylish to stdout, from one run', async () => {
    const sarif = out('multi.sarif');
    const r = await runCli(['--format', 'sarif', '--output-file', sarif, '--format', 'stylish', 'examples/noncompliant']);
    const alone = await runCli(['examples/noncompliant']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(alone.stdout);
    expect(readFileSync(sarif, 'utf8')).toBe((await runCli(['-f', 'sarif', 'examples/noncompliant'])).stdout);
  });

  it('-f NAME:FILE names the file with the format; -o before any --format belongs to the first', async () => {
    const json = out('multi.json');
    const junit = out('multi.xml');
    const r = await runCli(['-o', json, '-f', 'json', '-f', `junit:${junit}`, 'examples/noncompliant']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(json, 'utf8')).toBe((await runCli(['-f', 'json', 'examples/noncompliant'])).stdout);
    expect(readFileSync(junit, 'utf8')).toBe((await runCli(['-f', 'junit', 'examples/noncompliant'])).stdout);
  });

  it('--output-file is --output', async () => {
    const file = out('alias.txt');
    expect((await runCli(['--output-file', file, 'examples/noncompliant'])).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe((await runCli(['examples/noncompliant'])).stdout);
  });

  it('a coverage report and findings from the same run', async () => {
    const md = out('coverage.md');
    const r = await runCli(['-f', `markdown:${md}`, '-f', 'json', 'examples/noncompliant']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
    expect(readFileSync(md, 'utf8')).toContain('[examples/noncompliant/node\\-agent.yaml:27:13](examples/noncompliant/node-agent.yaml)');
  });

  it.each([
    [['-f', 'json', '-f', 'sarif'], 'Only one report can go to standard output, but --format json and --format sarif have no output file: give all but one an output file (--format NAME --output-file FILE, or -f NAME:FILE).'],
    [['-f', 'json', '-o', 'a.json', '-o', 'b.json'], 'Output files "a.json" and "b.json" both belong to --format json: each --format takes one output file, the one written after it. Write a --format before each output file, e.g. -f sarif -o pci-lint.sarif -f json -o pci-lint.json.'],
    [['-f', 'json:a.json', '-o', 'b.json'], 'Output files "a.json" and "b.json" both belong to --format json: --format json:a.json already names its file. Write a --format before each output file, e.g. -f sarif -o pci-lint.sarif -f json -o pci-lint.json.'],
    [['-f', 'json:'], '--format "json:" names no file: use --format json:FILE, or --format json for standard output.'],
    [['-f', 'sarf:x.sarif'], 'Unknown --format "sarf". Did you mean "sarif"? Choose one of '],
    [['-f', 'jsn'], 'Unknown --format "jsn". Did you mean "json"? Choose one of '],
    [['-f', 'text'], 'Unknown --format "text". Choose one of '],
  ])('refuses %j (exit 2)', async (argv, message) => {
    const r = await runCli([...argv, 'examples/noncompliant'], { cwd: scratch });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`pci-lint: ${message}`)).toBe(true);
  });

  it('refuses one file for two reports before writing either', async () => {
    const file = out('twice.txt');
    const r = await runCli(['-f', `json:${file}`, '-f', `sarif:${file}`, 'examples/noncompliant']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `pci-lint: --output "${file}" is named for two reports (--format json and --format sarif); give each its own file.\n` });
    expect(existsSync(file)).toBe(false);
  });
});

describe('--stdin-filename', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n      securityContext:\n        privileged: true\n';

  it('shows standard input as NAME in findings (file:line:col) and in json', async () => {
    const r = await runCli(['--stdin-filename', 'charts/shop/rendered.yaml', '-'], { stdin: pod });
    expect(r.code).toBe(1);
    expect(locations(r.stdout)).toEqual(['charts/shop/rendered.yaml:5:1 automount-service-account-token', 'charts/shop/rendered.yaml:8:14 image-digest', 'charts/shop/rendered.yaml:10:9 privileged-container']);
    expect(r.stdout).not.toContain('<stdin>');
    const json = await runCli(['-f', 'json', '--stdin-filename', './charts/../rendered.yaml', '-'], { stdin: pod });
    expect((JSON.parse(json.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['rendered.yaml', 'rendered.yaml', 'rendered.yaml']);
  });

  it('needs - among the inputs, and a name no other input has (exit 2)', async () => {
    expect(await runCli(['--stdin-filename', 'x.yaml', 'examples/compliant'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pci-lint: --stdin-filename names standard input: give - as an input, e.g. helm template . | pci-lint --stdin-filename rendered.yaml -.\n',
    });
    expect(await runCli(['--stdin-filename', 'examples/compliant/payments-api.yaml', '-', 'examples/compliant'], { stdin: pod })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pci-lint: Standard input is shown as "examples/compliant/payments-api.yaml", which is also a file of this run: give --stdin-filename a name no linted file has.\n',
    });
  });
});

describe('--output', () => {
  it('writes the report to the file and nothing to stdout', async () => {
    const out = path.join(scratch, 'report.txt');
    const r = await runCli(['--output', out, 'examples/noncompliant'], { isTTY: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toEqual((await runCli(['examples/noncompliant'])).stdout);
    // A file never gets colours, even when the terminal would.
    expect(text).not.toContain(ANSI);
  });

  it('-o with --format json writes parseable JSON', async () => {
    const out = path.join(scratch, 'report.json');
    const r = await runCli(['-o', out, '-f', 'json', 'examples/noncompliant']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toBeInstanceOf(Array);
  });

  it('resolves a relative --output against the working directory, like the inputs', async () => {
    const cwd = path.join(scratch, 'relative');
    mkdirSync(cwd);
    const r = await runCli(['-o', 'out/report.txt', path.join(ROOT, 'examples/noncompliant')], { cwd });
    expect(r.stderr).toContain('its directory does not exist');
    mkdirSync(path.join(cwd, 'out'));
    expect((await runCli(['-o', 'out/report.txt', path.join(ROOT, 'examples/noncompliant')], { cwd })).code).toBe(1);
    expect(readFileSync(path.join(cwd, 'out/report.txt'), 'utf8')).toContain('privileged-container');
  });

  it('writes an empty report for a clean run', async () => {
    const out = path.join(scratch, 'clean.txt');
    expect((await runCli(['-o', out, 'examples/compliant'], { registry: builtinRules })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('');
  });
});

describe('--list-rules', () => {
  it('lists every rule as text', async () => {
    const r = await runCli(['--list-rules'], { registry: builtinRules });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^RULE +SEVERITY +PCI +KUBERNETES +SUMMARY$/);
    for (const { meta } of builtinRules) {
      expect(lines.some((l) => l.startsWith(`${meta.id} `) && l.includes(meta.severity) && l.includes(meta.docs.summary))).toBe(true);
    }
    expect(r.stdout).toContain(`${builtinRules.length} rules;`);
  });

  it('--format json gives id, pci, severity and k8s for every rule', async () => {
    const r = await runCli(['--list-rules', '--format', 'json'], { registry: builtinRules });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.map((rule) => rule.id)).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const rule of list) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.severity).toMatch(/^(error|warning|info)$/);
      expect(rule.pci).toBeInstanceOf(Array);
      expect((rule.pci as unknown[]).length).toBeGreaterThan(0);
      for (const section of rule.pci as unknown[]) expect(section).toMatch(/^\d+(\.\d+)?$/);
      const k8s = rule.k8s as Record<string, unknown>;
      expect(Object.keys(k8s).sort()).toEqual(['since', 'until']);
      for (const bound of [k8s.since, k8s.until]) expect(bound === null || typeof bound === 'string').toBe(true);
      expect(typeof rule.appliesToTarget).toBe('boolean');
    }
  });

  it('says which rules apply to the --k8s-version target', async () => {
    const r = await runCli(['--list-rules', '--format', 'json', '--k8s-version', '1.19'], { registry: builtinRules });
    const list = JSON.parse(r.stdout) as { id: string; appliesToTarget: boolean }[];
    expect(list.map((x) => [x.id, x.appliesToTarget])).toEqual(builtinRules.map((x) => [x.meta.id, inRange({ major: 1, minor: 19 }, x.meta.k8s)]));
  });
});

describe('--explain', () => {
  it('explains image-digest: what, why and how to fix', async () => {
    const r = await runCli(['--explain', 'image-digest']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^image-digest {2}\(PCI 3\.2; default severity error; Kubernetes all\)\n/);
    const rule = builtinRules.find((x) => x.meta.id === 'image-digest')!;
    expect(r.stdout).toContain(rule.meta.docs.summary);
    expect(r.stdout).toContain(`Why: ${rule.meta.docs.rationale}`);
    expect(r.stdout).toContain(`Fix: ${rule.meta.docs.fix}`);
  });

  it('exits 2 for an unknown rule', async () => {
    const r = await runCli(['--explain', 'no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown rule "no-such-rule"');
  });
});

describe('--version and --help', () => {
  it('--version prints the package.json version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCli(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('--help prints usage and every option, and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: pci-lint /);
    for (const option of ['--format', '--output', '--k8s-version', '--rule', '--pci', '--fail-on', '--quiet', '--list-rules', '--explain', '--no-color', '--version', '--help']) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toContain('Exit codes: 0');
    expect((await runCli(['-h'])).code).toBe(0);
  });

  it('--help wins over paths that would fail', async () => {
    expect((await runCli(['--help', 'does-not-exist'])).code).toBe(0);
  });
});

describe('colours', () => {
  const input = ['examples/noncompliant'];

  it('none when stdout is not a terminal', async () => {
    const r = await runCli(input, { isTTY: false });
    expect(r.stdout).not.toContain(ANSI);
  });

  it('on for a terminal', async () => {
    const r = await runCli(input, { isTTY: true });
    expect(r.stdout).toContain(ANSI);
  });

  it('none with NO_COLOR, even on a terminal', async () => {
    const r = await runCli(input, { isTTY: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toContain(ANSI);
  });

  it('none with --no-color on a terminal', async () => {
    const r = await runCli(['--no-color', ...input], { isTTY: true });
    expect(r.stdout).not.toContain(ANSI);
  });

  it('present with --color when stdout is not a terminal', async () => {
    const r = await runCli(['--color', ...input], { isTTY: false });
    expect(r.stdout).toContain(ANSI);
    expect(r.stdout).toContain('\u001b[31merror');
  });

  it('--color wins over NO_COLOR', async () => {
    const r = await runCli(['--color', ...input], { env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain(ANSI);
  });

  it('FORCE_COLOR turns colours on off a terminal, FORCE_COLOR=0 does not', async () => {
    expect((await runCli(input, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ANSI);
    expect((await runCli(input, { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ANSI);
  });

  it('colours do not change the text', async () => {
    const plain = (await runCli(input)).stdout;
    // eslint-disable-next-line no-control-regex
    const stripped = (await runCli(['--color', ...input])).stdout.replace(/\u001b\[\d+m/g, '');
    expect(stripped).toBe(plain);
  });
});

describe('--help', () => {
  it.each(['--max-warnings <n>', '--output-file <file>', '-f <name>:<file>', '--print-config <file>', '--init', '--ignore-pattern <pat>', '--stdin-filename <name>'])('documents %s', async (option) => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(option);
  });
});
