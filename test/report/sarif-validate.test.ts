/**
 * The SARIF pci-lint writes, checked by Microsoft's official validator (`sarif-multitool validate`, from
 * the npm package @microsoft/sarif-multitool) with both its SARIF rules and its GitHub code scanning
 * ingestion rules: a run over examples/, and a run with a suppression comment, a suppression annotation
 * and a baseline (suppressed results). 0 errors and 0 warnings. The validator is about 100 MB, so it is not
 * a dependency: .ci/run installs it into .ci/sarif-multitool; PCI_LINT_SARIF_MULTITOOL names another copy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ROOT, runCli } from '../cli/helpers.js';

const BIN = process.env.PCI_LINT_SARIF_MULTITOOL ?? path.join(ROOT, '.ci', 'sarif-multitool', 'node_modules', '.bin', 'sarif-multitool');
const AVAILABLE = existsSync(BIN);
const SKIP = AVAILABLE ? '' : ` (skipped: no sarif-multitool at ${BIN}; .ci/run installs it, or set PCI_LINT_SARIF_MULTITOOL)`;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  annotations:
    pci-lint.io/ignore: image-digest
    pci-lint.io/ignore-reason: pinned by the admission controller
spec:
  automountServiceAccountToken: false
  containers:
    - name: app
      image: nginx:latest
      securityContext:
        # pci-lint-disable-next-line privileged-container -- vendor agent, ticket SEC-1
        privileged: true
`;
const KNOWN = `apiVersion: v1
kind: Pod
metadata: {name: old, namespace: shop}
spec:
  automountServiceAccountToken: false
  containers:
    - {name: app, image: "nginx:latest"}
`;

interface ValidatorLog {
  runs: {
    invocations?: { executionSuccessful?: boolean; toolExecutionNotifications?: { level?: string; message: { text?: string } }[] }[];
    results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[];
  }[];
}

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-sarif-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!AVAILABLE)(`sarif-multitool validate${SKIP}`, () => {
  it('accepts the SARIF of a run over examples/ and of a run with suppressions and a baseline: 0 errors, 0 warnings', async () => {
    const examples = await runCli(['--format', 'sarif', 'examples'], { registry: builtinRules });
    expect(examples.code).toBe(1);
    writeFileSync(path.join(scratch, 'examples.sarif'), examples.stdout);

    const dir = mkdtempSync(path.join(scratch, 'project-'));
    writeFileSync(path.join(dir, 'web.yaml'), POD);
    writeFileSync(path.join(dir, 'old.yaml'), KNOWN);
    // pci-lint's own diagnostics have descriptors too: a parse error, and a suppression that silences nothing.
    writeFileSync(path.join(dir, 'broken.yaml'), 'a: [\n');
    writeFileSync(path.join(dir, 'stale.yaml'), `# pci-lint-disable-next-line privileged-container -- was privileged\n${KNOWN.replace('name: old', 'name: stale')}`);
    expect((await runCli(['--no-config', '--write-baseline', 'base.json', 'old.yaml'], { cwd: dir, registry: builtinRules })).code).toBe(0);
    const suppressed = await runCli(['--no-config', '--baseline', 'base.json', '--format', 'sarif', '.'], { cwd: dir, registry: builtinRules });
    const log = JSON.parse(suppressed.stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[] }[] };
    const kinds = log.runs[0]!.results.flatMap((r) => (r.suppressions ?? []).map((s) => `${r.ruleId} ${s.kind} ${s.justification ?? ''}`));
    expect(kinds).toContain('image-digest inSource pinned by the admission controller');
    expect(kinds).toContain('privileged-container inSource vendor agent, ticket SEC-1');
    expect(kinds).toContain('image-digest external Recorded in the baseline base.json.');
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['parse-error', 'unused-suppression']));
    writeFileSync(path.join(scratch, 'suppressed.sarif'), suppressed.stdout);

    // The validator is really applied: a relative %SRCROOT% (what pci-lint wrote before) is an error.
    const bad = JSON.parse(examples.stdout) as { runs: { originalUriBaseIds: unknown }[] };
    bad.runs[0]!.originalUriBaseIds = { '%SRCROOT%': { uri: './' } };
    writeFileSync(path.join(scratch, 'bad.sarif'), JSON.stringify(bad));

    const out = path.join(scratch, 'validation.sarif');
    // The package's launcher runs the tool through a shell: the list of rule kinds is quoted for it.
    const inputs = ['examples.sarif', 'suppressed.sarif', 'bad.sarif'].map((f) => path.join(scratch, f));
    const r = spawnSync(BIN, ['validate', ...inputs, '--output', out, '--log', 'ForceOverwrite', '--rule-kind', '"Sarif;Gh"'], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const validation = JSON.parse(readFileSync(out, 'utf8')) as ValidatorLog;
    const run = validation.runs[0]!;
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);
    expect((run.invocations?.[0]?.toolExecutionNotifications ?? []).filter((n) => n.level === 'error')).toEqual([]);
    const findings = (run.results ?? []).map((x) => ({
      file: path.basename(x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
      // A validator result without a level is a warning (SARIF's default).
      level: x.level ?? 'warning',
      rule: x.ruleId,
      what: (x.message.arguments ?? []).join(' | '),
    }));
    const serious = findings.filter((x) => x.level === 'error' || x.level === 'warning');
    expect(serious.filter((x) => x.file !== 'bad.sarif')).toEqual([]);
    expect(serious.filter((x) => x.file === 'bad.sarif').map((x) => `${x.level} ${x.rule}`)).toEqual(['error SARIF1004']);
  }, 300_000);
});
