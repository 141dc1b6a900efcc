/**
 * The JUnit XML pci-lint writes, validated by xmllint (libxml2, Debian's libxml2-utils) against the JUnit
 * schema that Jenkins' xUnit plugin validates every JUnit report against before it records it
 * (junit-10.xsd, test/fixtures/schemas/: see the README there for its source and licence). Apache Ant's
 * schema is not used: it requires a timestamp and a host name on every suite, which would make the report
 * differ from run to run and name the machine. The counts the schema cannot check (a suite's `tests` and
 * `failures` against its test cases) are read back with xmllint's XPath. xmllint is not an npm package:
 * .ci/run installs Debian's libxml2-utils; PCI_LINT_XMLLINT names another binary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { junit } from '../../src/report/junit.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { findTool, hostileProject } from './validate-helpers.js';

const XMLLINT = findTool(process.env.PCI_LINT_XMLLINT, [], 'xmllint');
const SKIP = XMLLINT ? '' : ' (skipped: no xmllint on PATH; .ci/run installs Debian libxml2-utils, or set PCI_LINT_XMLLINT)';
const SCHEMA = path.join(ROOT, 'test', 'fixtures', 'schemas', 'junit-10.xsd');

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-junit-'));
const hostile = hostileProject();
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(hostile, { recursive: true, force: true });
});

function xmllint(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(XMLLINT as string, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function save(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

function validate(file: string): { status: number | null; errors: string[] } {
  const r = xmllint(['--noout', '--schema', SCHEMA, file]);
  return { status: r.status, errors: r.stderr.split('\n').filter((l) => l !== '' && !l.endsWith(' validates')) };
}

function xpath(file: string, expression: string): string {
  const r = xmllint(['--xpath', expression, file]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** Every suite's tests and failures attributes equal its test cases and failures, and the totals their sums. */
function expectCounts(file: string): void {
  const suites = Number(xpath(file, 'count(/testsuites/testsuite)'));
  expect(suites).toBeGreaterThan(0);
  for (let i = 1; i <= suites; i++) {
    const suite = `/testsuites/testsuite[${i}]`;
    expect(xpath(file, `string(${suite}/@tests)`)).toBe(xpath(file, `count(${suite}/testcase)`));
    expect(xpath(file, `string(${suite}/@failures)`)).toBe(xpath(file, `count(${suite}/testcase/failure)`));
    expect(xpath(file, `string(${suite}/@file)`)).toBe(xpath(file, `string(${suite}/@name)`));
  }
  expect(xpath(file, 'string(/testsuites/@tests)')).toBe(xpath(file, 'count(//testcase)'));
  expect(xpath(file, 'string(/testsuites/@failures)')).toBe(xpath(file, 'count(//failure)'));
}

describe.skipIf(!XMLLINT)(`junit against Jenkins xUnit's junit-10.xsd with xmllint${SKIP}`, () => {
  it('accepts the report of a run over examples/: valid, and every count matches its test cases', async () => {
    const r = await runCli(['--format', 'junit', 'examples'], { registry: builtinRules });
    expect(r.code).toBe(1);
    const file = save('examples.xml', r.stdout);
    expect(validate(file)).toEqual({ status: 0, errors: [] });
    expectCounts(file);
    // A suite names the PCI sub-items and requirements of its findings.
    const suite = '/testsuites/testsuite[@name="examples/noncompliant/node-agent.yaml"]';
    expect(xpath(file, `string(${suite}/properties/property[@name="pci"][1]/@value)`)).toMatch(/^\d+\.\d+$/);
    expect(Number(xpath(file, `count(${suite}/testcase/failure)`))).toBeGreaterThan(0);
  });

  it('accepts the report of hostile names, keeps them as text, and of a run with nothing to report', async () => {
    const r = await runCli(['--no-config', '--format', 'junit', '.'], { cwd: hostile, registry: builtinRules });
    expect(r.code).toBe(1);
    const file = save('hostile.xml', r.stdout);
    expect(validate(file)).toEqual({ status: 0, errors: [] });
    expectCounts(file);
    // What XML reads back is the name as written, control characters shown as escapes.
    expect(xpath(file, 'string(/testsuites/testsuite[@name="dir/f0<b>.yaml"]/@file)')).toBe('dir/f0<b>.yaml');
    expect(xpath(file, 'count(//failure[contains(., "Pod/x0\\x1b[2J")])')).not.toBe('0');
    expect(xpath(file, 'count(//script)')).toBe('0');

    const clean = await runCli(['--no-config', '--format', 'junit', 'examples/compliant'], { registry: builtinRules });
    expect(clean.code).toBe(0);
    const cleanFile = save('clean.xml', clean.stdout);
    expect(validate(cleanFile)).toEqual({ status: 0, errors: [] });
    expect(xpath(cleanFile, 'string(/testsuites/@failures)')).toBe('0');
    expectCounts(cleanFile);

    // A file without findings is one passing test case.
    const passing = junit({ diagnostics: [], fileCount: 2, files: ['a.yaml', 'dir/<b>.yaml'], target: { major: 1, minor: 30 } }, { color: false });
    const passingFile = save('passing.xml', passing);
    expect(validate(passingFile)).toEqual({ status: 0, errors: [] });
    expect(xpath(passingFile, 'count(/testsuites/testsuite/testcase[not(*)])')).toBe('2');
    expectCounts(passingFile);
  });

  it('is really applied: what pci-lint wrote before (a test case with file, line and properties) is refused', async () => {
    const r = await runCli(['--format', 'junit', 'examples/noncompliant/node-agent.yaml'], { registry: builtinRules });
    const old = r.stdout.replace(/<testcase classname="([^"]*)" name="([^"]*)">/, '<testcase classname="$1" name="$2" file="$1" line="1"><properties><property name="pci" value="1.1"/></properties>');
    const { status, errors } = validate(save('old.xml', old));
    expect(status).toBe(3);
    expect(errors.map((e) => e.replace(/^.*Schemas validity error : /, ''))).toEqual([
      "Element 'testcase', attribute 'file': The attribute 'file' is not allowed.",
      "Element 'testcase', attribute 'line': The attribute 'line' is not allowed.",
      "Element 'properties': This element is not expected.",
      expect.stringMatching(/ fails to validate$/),
    ]);
  });
});
