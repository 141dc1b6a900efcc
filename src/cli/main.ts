import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { baselineFilter, createBaseline, parseBaseline, type Baseline } from '../run/baseline.js';
import { atLeast, SEVERITIES, type Diagnostic, type SeverityCounts } from '../engine/diagnostic.js';
import type { AnyRule } from '../engine/rule.js';
import { ConfigError, selectRules, suggestRuleId } from '../engine/settings.js';
import { compareVersions, DEFAULT_TARGET, formatVersion, type K8sVersion } from '../k8s/versions.js';
import type { CoverageContext } from '../report/coverage/model.js';
import { defaultCacheKeyFile } from '../run/cache-seal.js';
import { lintRun, mergeRun, settingsKey, type LintOptions, type LintRun } from '../run/lint.js';
import { combinePartials, fileSetHash, PartialError, PartialWriter, readPartial, type PartialEntry } from '../run/partial.js';
import { describeIoError, ReadProblem, readRegularFile } from '../load/read.js';
import { terminalText } from '../report/escape.js';
import { loadFormatter } from '../report/formats.js';
import type { ReportInput, SuppressedDiagnostic } from '../report/types.js';
import { VERSION } from '../version.js';
import { HELP, parseCli, UsageError, type CliOptions, type OutputSpec } from './args.js';
import { gitCommitOf, sha256OfFile, versionFromInput } from './audit-scope.js';
import { effectiveConfig } from './effective-config.js';
import { limitHeapGrowth, youngGenerationLimiter } from './heap.js';
import { writeInitConfig } from './init.js';
import { printConfig } from './print-config.js';
import { explainRule, ruleListJson, ruleListText } from './rules-info.js';

/** The formats that render the coverage report, which states the run's scope. */
const COVERAGE_FORMATS = new Set(['html', 'markdown', 'coverage-json']);

/** The process around the CLI, passed in so tests can run it in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The rules to run; every built-in rule unless a test pins a set. */
  readonly registry?: readonly AnyRule[];
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function useColor(options: CliOptions, io: CliIo, output: OutputSpec): boolean {
  if (options.color !== undefined) return options.color;
  if (output.file !== undefined) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

function writeProblem(error: unknown, shown: string, flag: string): UsageError {
  // describeIoError words ENOENT for files read after discovery; here it means a missing directory.
  const why = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'its directory does not exist' : describeIoError(error);
  return new UsageError(`Cannot write ${flag} "${shown}": ${why}.`);
}

/** Writes one of the files the user named (--output, --write-baseline); nothing else is ever written. */
/** The identity of an existing file (device and inode, so links and other spellings of a path match). */
function identity(file: string): string | undefined {
  try {
    const s = statSync(file, { throwIfNoEntry: false });
    return s ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses to write `file` when it is one of the run's inputs (a linted file, the config file, the baseline). */
function refuseInput(file: string, shown: string, flag: string, inputs: readonly string[]): void {
  const id = identity(file);
  if (id !== undefined && inputs.some((input) => identity(input) === id)) {
    throw new UsageError(`${flag} "${shown}" is one of this run's inputs; refusing to overwrite it. Write the output somewhere else.`);
  }
}

function writeOutput(file: string, shown: string, text: string, flag: string, inputs: readonly string[]): void {
  refuseInput(file, shown, flag, inputs);
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw writeProblem(error, shown, flag);
  }
}

/** Output pieces gathered into writes of about this many characters. */
const WRITE_BATCH = 1 << 16;

/** Text pieces gathered into writes of about WRITE_BATCH characters; bytes pass through as they are. */
function* batched(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let batch = '';
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (batch !== '') yield batch;
      batch = '';
      yield chunk;
      continue;
    }
    batch += chunk;
    if (batch.length >= WRITE_BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

/** The chunks, also collected into `into`. */
function* teed(chunks: Iterable<string>, into: string[]): Generator<string> {
  for (const chunk of chunks) {
    into.push(chunk);
    yield chunk;
  }
}

/**
 * Writes the output as it is produced, to its file (`--output-file`) or standard output, so a large report
 * is never held whole. Synchronous, as standard output is: the thread pool would only add latency.
 */
function emit(chunks: Iterable<string | Uint8Array>, shown: string | undefined, io: CliIo, inputs: readonly string[] = []): void {
  if (shown === undefined) {
    for (const batch of batched(chunks)) io.stdout.write(typeof batch === 'string' ? batch : Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength).toString('utf8'));
    return;
  }
  // Relative to the run's cwd, like the inputs (the same as the process's for the real CLI).
  const file = path.resolve(io.cwd, shown);
  refuseInput(file, shown, '--output', inputs);
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    throw writeProblem(error, shown, '--output');
  }
  try {
    for (const batch of batched(chunks)) {
      const bytes = typeof batch === 'string' ? Buffer.from(batch) : batch;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } catch (error) {
    throw writeProblem(error, shown, '--output');
  } finally {
    closeSync(fd);
  }
}

async function runOptions(options: CliOptions, io: CliIo): Promise<number> {
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (options.init) {
    const name = writeInitConfig(io.cwd);
    io.stderr.write(`pci-lint: wrote ${name}; pci-lint reads it from this directory and the ones below it.\n`);
    return EXIT_OK;
  }
  const target = options.target ?? DEFAULT_TARGET;
  const registry = io.registry ?? builtinRules;
  // These print one thing (parseCli allows them one --format).
  const single = options.outputs[0] ?? { format: 'stylish' };
  if (options.printConfig !== undefined) {
    emit([await printConfig(options.printConfig, options, io.cwd, new Date().toISOString().slice(0, 10), registry)], single.file, io);
    return EXIT_OK;
  }
  if (options.listRules) {
    emit([single.format === 'json' ? ruleListJson(registry, target) : ruleListText(registry, target)], single.file, io);
    return EXIT_OK;
  }
  if (options.explain !== undefined) {
    const rule = registry.find((r) => r.meta.id === options.explain);
    if (!rule) {
      const hint = suggestRuleId(options.explain, registry.map((r) => r.meta.id));
      throw new UsageError(`Unknown rule "${options.explain}".${hint ? ` Did you mean "${hint}"?` : ''} Run pci-lint --list-rules to see them all.`);
    }
    emit([explainRule(rule)], single.file, io);
    return EXIT_OK;
  }

  return lintCommand(options, io, target, registry);
}

/** Opens the --partial file's writer (a temporary file until the run has finished). */
function openPartial(file: string, shown: string): PartialWriter {
  try {
    return new PartialWriter(file);
  } catch (error) {
    throw writeProblem(error, shown, '--partial');
  }
}

/** Partials are as large as the findings and facts of their shard; this bounds what merge reads of one. */
const MAX_PARTIAL_BYTES = 1024 * 1024 * 1024;

/**
 * `pci-lint merge`: reads and checks every partial, then finishes them as one run at the shards' target
 * (or `target`, when the merge is given one: the shards must then have had it too).
 */
function mergePartialFiles(options: CliOptions, io: CliIo, target: K8sVersion | undefined, settingsAt: (at: K8sVersion) => LintOptions): LintRun {
  if (options.inputs.length === 0) throw new UsageError('pci-lint merge needs the partial files of every shard, e.g. pci-lint merge parts/*.json.');
  try {
    const partials = options.inputs.map((shown) => {
      let text: string;
      try {
        text = readRegularFile(path.resolve(io.cwd, shown), MAX_PARTIAL_BYTES).toString('utf8');
      } catch (error) {
        throw new UsageError(`Cannot read partial "${shown}": ${error instanceof ReadProblem ? error.message : describeIoError(error)}.`);
      }
      return { partial: readPartial(text, `"${shown}"`), shown: `"${shown}"` };
    });
    const at = target ?? partials[0]?.partial.target ?? DEFAULT_TARGET;
    const { entries } = combinePartials(partials, { version: VERSION, key: settingsKey(settingsAt(at)) });
    return mergeRun(entries, settingsAt(at));
  } catch (error) {
    if (error instanceof PartialError) throw new UsageError(error.message);
    throw error;
  }
}

/** Baselines grow with the findings they record; this bounds what a named path can make pci-lint read. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/** False only when nothing is at `file`; any other problem is for the reader to report. */
/** False only for a path that is not there (ENOENT): a path under a file (ENOTDIR) is a mistake, not "not yet". */
function exists(file: string): boolean {
  try {
    // Not throwIfNoEntry: from Node 24 it also hides ENOTDIR.
    statSync(file);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function readBaseline(file: string, io: CliIo): Baseline {
  let text: string;
  // A baseline named before it was first written hides nothing yet (a new repository copying the README's
  // configuration, a CI job before anyone ran --write-baseline).
  if (!exists(file)) {
    const shown = path.relative(io.cwd, file) || file;
    io.stderr.write(`pci-lint: ${terminalText(`baseline ${shown} does not exist yet, so it hides no finding; record the current findings in it with --write-baseline ${shown}.`)}\n`);
    return { version: 1, tool: 'pci-lint', findings: [] };
  }
  try {
    text = readRegularFile(file, MAX_BASELINE_BYTES).toString('utf8');
  } catch (error) {
    throw new UsageError(`Cannot read --baseline "${file}": ${error instanceof ReadProblem ? error.message : describeIoError(error)}.`);
  }
  return parseBaseline(text, file);
}

async function lintCommand(options: CliOptions, io: CliIo, cliTarget: K8sVersion, registry: readonly AnyRule[]): Promise<number> {
  const config = effectiveConfig(options, io.cwd, new Date().toISOString().slice(0, 10), registry);
  const target = options.target ? cliTarget : config.target;
  const baseline = config.baseline !== undefined && options.writeBaseline === undefined ? readBaseline(config.baseline, io) : undefined;
  const { outputs } = options;
  // Every formatter is loaded before linting, so a run never lints and then fails for want of one.
  const formatters = await Promise.all(
    outputs.map(async (output) => {
      const formatter = await loadFormatter(output.format);
      if (!formatter) throw new UsageError(`Unknown --format "${output.format}".`);
      return formatter;
    }),
  );
  // With --cache, the report itself is kept and replayed with an unchanged run (not with a baseline: its
  // file is not part of the cache key; not with several reports, as one is kept).
  // The coverage report states the date and scope of its run: it is rendered afresh each time.
  const coverage = outputs.some((o) => COVERAGE_FORMATS.has(o.format));
  const only = outputs.length === 1 ? outputs[0] : undefined;
  // GitLab links Code Quality findings by their path in the repository, which its jobs name in CI_PROJECT_DIR.
  const repositoryRoot = io.env.CI_PROJECT_DIR ? path.resolve(io.cwd, io.env.CI_PROJECT_DIR) : undefined;
  // With a github report in GitHub Actions, the job summary is written too: from the findings, so not replayed.
  const stepSummary = outputs.some((o) => o.format === 'github') && io.env.GITHUB_STEP_SUMMARY ? path.resolve(io.cwd, io.env.GITHUB_STEP_SUMMARY) : undefined;
  const reportKey =
    options.cache && only && !coverage && stepSummary === undefined && baseline === undefined && options.writeBaseline === undefined
      ? JSON.stringify({ format: only.format, color: useColor(options, io, only), quiet: options.quiet, ...(only.format === 'sarif' && { root: io.cwd }), ...(only.format === 'gitlab' && { root: io.cwd, repositoryRoot }) })
      : undefined;
  // What a result depends on besides its file: shards and their merge must agree on it.
  const settingsAt = (at: K8sVersion) => ({ registry, target: at, rules: config.rules, settings: config.settings, ...(config.pci && { pci: config.pci }) });
  const writer = options.partial === undefined ? undefined : openPartial(path.resolve(io.cwd, options.partial), options.partial);
  const runAt = (at: K8sVersion) => lintRun(options.inputs, {
    registry,
    cwd: io.cwd,
    target: at,
    hashInputs: coverage,
    rules: config.rules,
    // Only a run that reads `-` creates the stdin stream (a few ms of start-up otherwise).
    ...(options.inputs.includes('-') && { stdin: io.stdin }),
    ...(options.stdinFilename !== undefined && { stdinFilename: options.stdinFilename }),
    ignore: config.ignore,
    ...(config.projects && { projects: config.projects }),
    settings: config.settings,
    ...(config.pci && { pci: config.pci }),
    ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }),
    ...(options.cache && { cache: true }),
    ...(options.cacheLocation !== undefined && { cacheLocation: options.cacheLocation }),
    ...(options.cache && { cacheKeyFile: defaultCacheKeyFile(io.env) }),
    ...(reportKey !== undefined && { report: reportKey }),
    workers: options.workers ?? 'auto',
    ...(options.shard && { shard: options.shard }),
    ...(writer && {
      onFileResult: (entry: PartialEntry) => {
        writer.add(entry);
      },
    }),
    onLargeInput: () => {
      limitHeapGrowth();
      return youngGenerationLimiter();
    },
  });
  const sharded = options.command === 'merge' || writer !== undefined;
  let result: LintRun;
  try {
    result = options.command === 'merge' ? mergePartialFiles(options, io, options.target || config.targetFrom !== 'default' ? target : undefined, settingsAt) : await runAt(target);
  } catch (error) {
    writer?.abort();
    throw error;
  }
  // Without a target given, the version the input states (kubeadm kubernetesVersion, control-plane image
  // tags) is the target; a given target that differs from it is a warning.
  let targetFrom: 'flag' | 'config' | 'input' | 'default' = config.targetFrom;
  let targetDetail: string | undefined;
  const stated = versionFromInput(result.evidence.versions, config.targetFrom === 'default' ? undefined : target);
  const warnings = [...stated.warnings];
  if (stated.version !== undefined) {
    if (sharded && compareVersions(stated.version, result.target) !== 0) {
      writer?.abort();
      const at = formatVersion(stated.version);
      throw new UsageError(`The input states Kubernetes ${at} (${stated.detail ?? ''}), but a run split into shards cannot switch to it: give every shard and the merge --k8s-version ${at}.`);
    }
    if (options.inputs.includes('-') && !sharded) {
      warnings.push(`The input states Kubernetes ${formatVersion(stated.version)} (${stated.detail ?? ''}), but standard input cannot be read twice: checked against ${formatVersion(result.target)}. Give --k8s-version.`);
    } else {
      if (compareVersions(stated.version, result.target) !== 0) result = await runAt(stated.version);
      targetFrom = 'input';
      targetDetail = stated.detail;
      io.stderr.write(`pci-lint: ${terminalText(`checking against Kubernetes ${formatVersion(stated.version)}, the version the input states at ${stated.detail ?? ''}; give --k8s-version to choose another.`)}\n`);
    }
  }
  if (result.cacheProblem !== undefined) warnings.push(`--cache is off for this run: ${result.cacheProblem}. Remove the file to have a new key made.`);
  for (const warning of warnings) io.stderr.write(`pci-lint: warning: ${terminalText(warning)}\n`);
  if (result.unmatched.length > 0) {
    writer?.abort();
    throw new UsageError(`No files matching ${result.unmatched.map((u) => `"${u}"`).join(', ')}. Check the path, or quote globs so the shell does not expand them.`);
  }
  // A directory named on the command line is meant to hold manifests; the working directory linted by
  // default may hold none (its note below, exit 0).
  if (result.emptyDirectories.length > 0 && options.inputs.length > 0) {
    writer?.abort();
    const dirs = result.emptyDirectories.map((d) => `"${d}"`).join(', ');
    throw new UsageError(`No manifests in ${dirs}: no *.yaml, *.yml, *.json, *.kubeconfig or kubeconfig file that .gitignore and the ignore patterns leave. Check the path, or name the files.`);
  }
  if (writer && options.partial !== undefined) {
    const file = path.resolve(io.cwd, options.partial);
    try {
      refuseInput(file, options.partial, '--partial', [...result.files.map((f) => path.resolve(io.cwd, f)), ...(config.configFile !== undefined ? [config.configFile] : [])]);
      const discovered = result.discovered ?? [];
      writer.finish({ version: VERSION, key: settingsKey(settingsAt(result.target)), target: result.target, shard: options.shard ?? { index: 1, count: 1 }, fileCount: discovered.length, fileSet: fileSetHash(discovered) });
    } catch (error) {
      writer.abort();
      if (error instanceof UsageError) throw error;
      throw writeProblem(error, options.partial, '--partial');
    }
    const share = options.shard ? `shard ${options.shard.index}/${options.shard.count}: ` : '';
    io.stderr.write(`pci-lint: ${share}wrote the results of ${result.fileCount} of ${result.discovered?.length ?? 0} files to ${options.partial}; pci-lint merge reports them with the other shards'.\n`);
    return EXIT_OK;
  }
  if (result.fileCount === 0) io.stderr.write('pci-lint: no *.yaml, *.yml or *.json files found; nothing was checked.\n');
  // What -o and --write-baseline must never overwrite.
  const read = [
    ...result.files.map((f) => path.resolve(io.cwd, f)),
    ...(options.command === 'merge' ? options.inputs.map((f) => path.resolve(io.cwd, f)) : []),
    ...(config.configFile !== undefined ? [config.configFile] : []),
  ];
  const inputs = [...read, ...(config.baseline !== undefined ? [config.baseline] : [])];
  // Every output file is checked before any is written: a run writes all its reports or fails with exit 2.
  const seen = new Map<string, string>();
  for (const output of outputs) {
    if (output.file === undefined) continue;
    const file = path.resolve(io.cwd, output.file);
    refuseInput(file, output.file, '--output', inputs);
    const other = seen.get(file);
    if (other !== undefined) throw new UsageError(`--output "${output.file}" is named for two reports (--format ${other} and --format ${output.format}); give each its own file.`);
    seen.set(file, output.format);
  }
  /** The one exit code of a run: findings at or above --fail-on, or more warnings than --max-warnings. */
  const exitCode = (failed: boolean, warnings: number): number => {
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr.write(`pci-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows.\n`);
      return EXIT_FINDINGS;
    }
    return failed ? EXIT_FINDINGS : EXIT_OK;
  };
  const failsOn = (counts: SeverityCounts) => SEVERITIES.some((s) => atLeast(s, config.failOn) && counts[s] > 0);
  if (result.report !== undefined) {
    // The input has not changed since the run that rendered this report in the same format and options
    // (only asked for with a single report).
    emit([result.report.output], (only ?? outputs[0])?.file, io, inputs);
    return exitCode(failsOn(result.report.counts), result.report.counts.warning);
  }

  if (options.writeBaseline !== undefined) {
    const recorded = createBaseline(result.diagnostics);
    const file = path.resolve(io.cwd, options.writeBaseline);
    try {
      // Only a missing folder is made: a run writes nothing but its outputs.
      if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw writeProblem(error, options.writeBaseline, '--write-baseline');
    }
    writeOutput(file, options.writeBaseline, `${JSON.stringify(recorded, null, 2)}\n`, '--write-baseline', read);
    io.stderr.write(`pci-lint: recorded ${recorded.findings.length} findings in ${options.writeBaseline}; later runs with --baseline report only new ones.\n`);
    return EXIT_OK;
  }

  let failed = false;
  let warningCount = 0;
  let baselineHidden = 0;
  // Findings the baseline hides, by their place in the run's order: fingerprinted once, in this pass.
  let hidden: Uint8Array | undefined;
  if (baseline) {
    let matched = 0;
    const known = baselineFilter(baseline);
    hidden = new Uint8Array(result.diagnostics.size);
    let index = 0;
    for (const d of result.diagnostics) {
      if (!known(d)) {
        hidden[index] = 1;
        matched++;
      } else {
        if (atLeast(d.severity, config.failOn)) failed = true;
        if (d.severity === 'warning') warningCount++;
      }
      index++;
    }
    if (matched > 0) io.stderr.write(`pci-lint: ${matched} known findings hidden by the baseline.\n`);
    baselineHidden = matched;
  } else {
    failed = failsOn(result.diagnostics.counts);
    warningCount = result.diagnostics.counts.warning;
  }
  // Every pass over the findings rebuilds them file by file; the baseline and --quiet filter each pass.
  const keep = (quiet: boolean): Iterable<Diagnostic> => ({
    *[Symbol.iterator]() {
      let index = 0;
      for (const d of result.diagnostics) if (hidden?.[index++] !== 1 && (!quiet || d.severity === 'error')) yield d;
    },
  });
  const runResult = result;
  const context = (): CoverageContext => ({
    date: new Date().toISOString(),
    platform: config.platform,
    platformFrom: config.platformFrom,
    targetFrom,
    ...(targetDetail !== undefined && { targetDetail }),
    pssLevel: config.settings.pssLevel ?? 'restricted',
    ...(config.configFile !== undefined && { configFile: { path: path.relative(io.cwd, config.configFile) || config.configFile, sha256: sha256OfFile(config.configFile) ?? 'unreadable' } }),
    ...(gitCommitOf(io.cwd) !== undefined && { gitCommit: gitCommitOf(io.cwd) }),
    inputs: runResult.inputs ?? runResult.files.map((file) => ({ file })),
    evidence: runResult.evidence,
    ruleStates: selectRules(registry, { target: runResult.target, rules: config.rules, ...(config.pci && { pci: config.pci }), settings: config.settings }).states,
    ...(config.baseline !== undefined && baseline && { baseline: { file: path.relative(io.cwd, config.baseline) || config.baseline, hidden: baselineHidden } }),
    warnings,
  });
  const coverageContext = coverage ? context() : undefined;
  // What suppressions and the baseline hid: SARIF lists them as suppressed results, json-summary counts them.
  const suppressedBy = (quiet: boolean): Iterable<SuppressedDiagnostic> => ({
    *[Symbol.iterator]() {
      for (const w of runResult.diagnostics.evidence.waivers) {
        if (w.diagnostic && (!quiet || w.diagnostic.severity === 'error')) yield { diagnostic: w.diagnostic, kind: 'inSource', ...(w.reason !== undefined && { justification: w.reason }) };
      }
      if (!hidden || config.baseline === undefined) return;
      const justification = `Recorded in the baseline ${path.relative(io.cwd, config.baseline) || config.baseline}.`;
      let index = 0;
      for (const d of runResult.diagnostics) if (hidden[index++] === 1 && (!quiet || d.severity === 'error')) yield { diagnostic: d, kind: 'external', justification };
    },
  });
  let summaryInput: ReportInput | undefined;
  for (const [i, output] of outputs.entries()) {
    const formatter = formatters[i];
    if (!formatter) continue;
    const isCoverage = COVERAGE_FORMATS.has(output.format);
    // The coverage report is evidence: --quiet does not thin it.
    const quiet = options.quiet && !isCoverage;
    const input: ReportInput = {
      diagnostics: keep(quiet),
      suppressed: suppressedBy(quiet),
      root: io.cwd,
      ...(output.format === 'gitlab' && repositoryRoot !== undefined && { repositoryRoot }),
      fileCount: result.fileCount,
      files: result.files,
      target: result.target,
      rules: registry,
      unconfigured: result.unconfigured,
      ...(isCoverage && coverageContext && { coverage: coverageContext }),
    };
    if (output.format === 'github') summaryInput = input;
    const chunks = formatter(input, { color: useColor(options, io, output) });
    if (!result.keepReport || !only) {
      emit(chunks, output.file, io, inputs);
      continue;
    }
    const kept: string[] = [];
    emit(teed(chunks, kept), output.file, io, inputs);
    result.keepReport(kept.join(''));
  }
  if (stepSummary !== undefined && summaryInput) await writeStepSummary(stepSummary, summaryInput, io, inputs);
  return exitCode(failed, warningCount);
}

/**
 * With `--format github` in GitHub Actions: appends the run's Markdown summary to the file
 * `$GITHUB_STEP_SUMMARY` names. The report is already written: a summary that cannot be is a warning.
 */
async function writeStepSummary(file: string, input: ReportInput, io: CliIo, inputs: readonly string[]): Promise<void> {
  const { githubSummary } = await import('../report/github.js');
  try {
    refuseInput(file, file, 'GITHUB_STEP_SUMMARY', inputs);
    appendFileSync(file, githubSummary(input));
  } catch (error) {
    const why = error instanceof UsageError ? error.message : writeProblem(error, file, 'GITHUB_STEP_SUMMARY').message;
    io.stderr.write(`pci-lint: warning: ${terminalText(`${why} The job summary was not written.`)}\n`);
  }
}

/** Runs the CLI and resolves to its exit code; never throws for bad input or usage. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOptions(parseCli(argv), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`pci-lint: ${terminalText(error.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`pci-lint: internal error: ${terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error)).replace(/\\n/g, '\n')}\nPlease report this at the project's issue tracker.\n`);
    return EXIT_USAGE;
  }
}
