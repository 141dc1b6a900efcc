import { parseArgs } from 'node:util';
import type { Severity } from '../engine/diagnostic.js';
import { SEVERITIES } from '../engine/diagnostic.js';
import type { RuleSetting } from '../engine/settings.js';
import { formatVersion, isSupportedTarget, NEWEST_TARGET, OLDEST_TARGET, parseVersion, type K8sVersion } from '../k8s/versions.js';
import { FORMAT_NAMES } from '../report/formats.js';
import { isPlatformChoice, PLATFORM_CHOICES, type PlatformChoice } from '../k8s/platforms.js';
import { dict, own } from '../load/own.js';
import { closest, distance } from 'fastest-levenshtein';

/** A command-line mistake: printed on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One report of a run: a format and the file it goes to (standard output without one). */
export interface OutputSpec {
  readonly format: string;
  readonly file?: string;
}

export interface CliOptions {
  /** `merge` (the first argument): the inputs are partial results to finish and report. */
  readonly command: 'lint' | 'merge';
  readonly inputs: string[];
  /**
   * The reports to write, each in its format to its file or to standard output (at most one); never
   * empty. One run lints once and writes them all.
   */
  readonly outputs: readonly OutputSpec[];
  /** `--max-warnings N`: exit 1 when more than N warnings are reported. */
  readonly maxWarnings?: number;
  /** `--print-config FILE`: print the configuration that applies to FILE and lint nothing. */
  readonly printConfig?: string;
  /** `--init`: write a commented .pci-lint.yaml in the working directory and lint nothing. */
  readonly init: boolean;
  /** `--ignore-pattern`: gitignore-style patterns relative to the working directory, as written. */
  readonly ignorePatterns: readonly string[];
  /** `--stdin-filename NAME`: the path standard input (`-`) is shown as. */
  readonly stdinFilename?: string;
  readonly target?: K8sVersion;
  readonly rules: Record<string, RuleSetting>;
  readonly pci?: string[];
  /** Unset when not given, so a config file's value can apply. */
  readonly failOn?: Severity;
  readonly config?: string;
  readonly noConfig: boolean;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly listRules: boolean;
  readonly explain?: string;
  readonly quiet: boolean;
  readonly color?: boolean;
  readonly maxFileBytes?: number;
  readonly pssLevel?: 'baseline' | 'restricted';
  readonly platform?: PlatformChoice;
  readonly cache: boolean;
  readonly cacheLocation?: string;
  readonly workers?: number;
  /** `--shard i/n`: lint the i-th of n shares of the files. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** `--partial FILE`: write the partial result for `merge` instead of a report. */
  readonly partial?: string;
  readonly version: boolean;
  readonly help: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  'output-file': { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'print-config': { type: 'string' },
  init: { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  'k8s-version': { type: 'string' },
  rule: { type: 'string', multiple: true },
  pci: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'pss-level': { type: 'string' },
  platform: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  partial: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SIZE = /^(\d+)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i;
const UNIT: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

export function parseSize(text: string): number {
  const match = SIZE.exec(text.trim());
  const bytes = match ? Number(match[1]) * (own(UNIT, (match[2] ?? '').toLowerCase()) ?? 1) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`Invalid --max-file-size "${text}": use a size such as 16MB, 512k or 1048576.`);
  return bytes;
}

export function parseWorkers(text: string): number {
  const count = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > 256) throw new UsageError(`Invalid --workers "${text}": use a whole number from 1 (no worker threads) to 256.`);
  return count;
}

export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) throw new UsageError(`Invalid --shard "${text}": use i/n with 1 <= i <= n, e.g. 2/4.`);
  return { index, count };
}

export function parseTarget(text: string): K8sVersion {
  const version = parseVersion(text);
  const range = `${formatVersion(OLDEST_TARGET)} to ${formatVersion(NEWEST_TARGET)}`;
  if (!version) throw new UsageError(`Invalid --k8s-version "${text}": use a Kubernetes minor version such as ${formatVersion(NEWEST_TARGET)} (supported: ${range}).`);
  if (!isSupportedTarget(version)) throw new UsageError(`Unsupported --k8s-version "${text}": pci-lint checks Kubernetes ${range}.`);
  return version;
}

/** The candidate closest to a mistyped word, when it is close enough to be worth suggesting. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === '') return undefined;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function parseMaxWarnings(text: string): number {
  const count = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(count)) throw new UsageError(`Invalid --max-warnings "${text}": use a whole number of warnings, 0 or more.`);
  return count;
}

function checkFormat(name: string, written: string): void {
  if (FORMAT_NAMES.includes(name)) return;
  const hint = didYouMean(name, FORMAT_NAMES);
  throw new UsageError(`Unknown --format "${written}".${hint ? ` Did you mean "${hint}"?` : ''} Choose one of ${FORMAT_NAMES.join(', ')}.`);
}

/** The option tokens of parseArgs that choose reports, in the order written. */
interface OutputToken {
  readonly kind: 'format' | 'file';
  readonly value: string;
  /** As written, for messages (`-o`, `--output-file`). */
  readonly flag: string;
}

/**
 * Pairs formats with output files, in the order written: an output file (`-o`, `--output`,
 * `--output-file`) belongs to the `--format` written before it, and output files written before any
 * `--format` to the first one; `-f NAME:FILE` is a format with its file. A format without a file goes to
 * standard output, which only one may. Without `--format`, the one report is `stylish`.
 */
export function pairOutputs(tokens: readonly OutputToken[]): OutputSpec[] {
  const groups: { format: string; written: string; named: boolean; files: OutputToken[] }[] = [];
  const leading: OutputToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'file') {
      if (token.value === '') throw new UsageError(`${token.flag} needs a file name.`);
      (groups.at(-1)?.files ?? leading).push(token);
      continue;
    }
    const colon = token.value.indexOf(':');
    const name = colon === -1 ? token.value : token.value.slice(0, colon);
    checkFormat(name, name);
    const file = colon === -1 ? undefined : token.value.slice(colon + 1);
    if (file === '') throw new UsageError(`--format "${token.value}" names no file: use --format ${name}:FILE, or --format ${name} for standard output.`);
    groups.push({ format: name, written: token.value, named: file !== undefined, files: file === undefined ? [] : [{ kind: 'file', value: file, flag: '--format' }] });
  }
  if (groups.length === 0) groups.push({ format: 'stylish', written: 'stylish', named: false, files: [] });
  const first = groups[0];
  if (first) first.files = [...leading, ...first.files];
  const outputs = groups.map((group): OutputSpec => {
    if (group.files.length > 1) {
      const names = group.files.map((f) => `"${f.value}"`).join(' and ');
      const why = group.named ? `--format ${group.written} already names its file` : `each --format takes one output file, the one written after it`;
      throw new UsageError(`Output files ${names} both belong to --format ${group.format}: ${why}. Write a --format before each output file, e.g. -f sarif -o pci-lint.sarif -f json -o pci-lint.json.`);
    }
    const file = group.files[0]?.value;
    return { format: group.format, ...(file !== undefined && { file }) };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`Only one report can go to standard output, but ${toStdout.map((o) => `--format ${o.format}`).join(' and ')} have no output file: give all but one an output file (--format NAME --output-file FILE, or -f NAME:FILE).`);
  }
  return outputs;
}

/** `--name` as the user wrote it in an "Unknown option" error of parseArgs, with a suggestion. */
function unknownOption(error: Error): string | undefined {
  const written = /Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (written === undefined) return undefined;
  const longs = Object.keys(OPTIONS).map((name) => `--${name}`);
  const hint = written.startsWith('--') ? didYouMean(written.split('=')[0] ?? written, longs) : undefined;
  return `Unknown option "${written}".${hint ? ` Did you mean ${hint}?` : ''} Run pci-lint --help for usage.`;
}

function parseRuleSetting(text: string): [string, RuleSetting] {
  const eq = text.indexOf('=');
  const id = eq === -1 ? '' : text.slice(0, eq).trim();
  const value = eq === -1 ? '' : text.slice(eq + 1).trim();
  const allowed = ['off', ...SEVERITIES];
  if (!id || !allowed.includes(value)) throw new UsageError(`Invalid --rule "${text}": use --rule <rule-id>=${allowed.join('|')}.`);
  return [id, value as RuleSetting];
}

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const unknown = error instanceof Error ? unknownOption(error) : undefined;
    throw new UsageError(unknown ?? `${error instanceof Error ? error.message : String(error)}. Run pci-lint --help for usage.`);
  }
  const v = parsed.values;
  const outputTokens: OutputToken[] = [];
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'format') outputTokens.push({ kind: 'format', value: token.value, flag: token.rawName });
    else if (token.name === 'output' || token.name === 'output-file') outputTokens.push({ kind: 'file', value: token.value, flag: token.rawName });
  }
  const outputs = pairOutputs(outputTokens);
  const written = outputs.filter((o) => o.file !== undefined);
  const failOn = v['fail-on'];
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`Invalid --fail-on "${failOn}": choose one of ${SEVERITIES.join(', ')}.`);
  const rules = dict<RuleSetting>();
  for (const text of v.rule ?? []) {
    const [id, setting] = parseRuleSetting(text);
    rules[id] = setting;
  }
  const pci = v.pci?.flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config and --no-config contradict each other.');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color contradict each other.');
  const color = v.color ? true : v['no-color'] ? false : undefined;
  const pssLevel = v['pss-level'];
  if (pssLevel !== undefined && pssLevel !== 'baseline' && pssLevel !== 'restricted') {
    throw new UsageError(`Invalid --pss-level "${pssLevel}": choose baseline or restricted.`);
  }
  if (v['cache-location'] !== undefined && !v.cache) throw new UsageError('--cache-location needs --cache.');
  const shard = v.shard === undefined ? undefined : parseShard(v.shard);
  const command = parsed.positionals[0] === 'merge' ? 'merge' : 'lint';
  if (shard && v.partial === undefined) throw new UsageError('--shard needs --partial <file>: a shard\'s findings are complete only once pci-lint merge has run the cross-file checks over every shard.');
  if (command === 'merge' && (shard || v.partial !== undefined || v.cache)) throw new UsageError('pci-lint merge takes the partial files of every shard; --shard, --partial and --cache belong to the runs that write them.');
  if (v.partial !== undefined && (written.length > 0 || v['write-baseline'] !== undefined)) throw new UsageError('--partial writes a partial result, not a report: give --output-file and --write-baseline to pci-lint merge.');
  const inputs = command === 'merge' ? parsed.positionals.slice(1) : parsed.positionals;
  const stdinFilename = v['stdin-filename'];
  if (stdinFilename !== undefined) {
    if (stdinFilename.trim() === '') throw new UsageError('--stdin-filename needs a file name.');
    if (command === 'merge' || !inputs.includes('-')) throw new UsageError('--stdin-filename names standard input: give - as an input, e.g. helm template . | pci-lint --stdin-filename rendered.yaml -.');
  }
  if (v.init && (inputs.length > 0 || command === 'merge')) throw new UsageError('--init writes .pci-lint.yaml in the working directory and lints nothing: give no input.');
  const printConfig = v['print-config'];
  if (printConfig !== undefined && inputs.length > 0) throw new UsageError('--print-config takes one file, the one whose configuration to print, and lints nothing: give no other input.');
  if ((printConfig !== undefined || v['list-rules'] || v.explain !== undefined) && outputs.length > 1) throw new UsageError('--print-config, --list-rules and --explain print one thing: give at most one --format.');
  const ignorePatterns = v['ignore-pattern'] ?? [];
  for (const pattern of ignorePatterns) {
    if (pattern.trim() === '') throw new UsageError('--ignore-pattern needs a pattern, e.g. --ignore-pattern "vendor/".');
    if (pattern.startsWith('!')) throw new UsageError(`--ignore-pattern "${pattern}": negated patterns are not supported; name the files to lint instead.`);
  }
  const platform = v.platform;
  if (platform !== undefined && !isPlatformChoice(platform)) throw new UsageError(`Invalid --platform "${platform}": choose one of ${PLATFORM_CHOICES.join(', ')}.`);
  return {
    command,
    inputs,
    outputs,
    ...(v['max-warnings'] !== undefined && { maxWarnings: parseMaxWarnings(v['max-warnings']) }),
    ...(printConfig !== undefined && { printConfig }),
    init: v.init ?? false,
    ignorePatterns,
    ...(stdinFilename !== undefined && { stdinFilename }),
    ...(v['k8s-version'] !== undefined && { target: parseTarget(v['k8s-version']) }),
    rules,
    ...(pci && { pci }),
    ...(failOn !== undefined && { failOn: failOn as Severity }),
    ...(v.config !== undefined && { config: v.config }),
    noConfig: v['no-config'] ?? false,
    ...(v.baseline !== undefined && { baseline: v.baseline }),
    ...(v['write-baseline'] !== undefined && { writeBaseline: v['write-baseline'] }),
    listRules: v['list-rules'] ?? false,
    ...(v.explain !== undefined && { explain: v.explain }),
    quiet: v.quiet ?? false,
    ...(color !== undefined && { color }),
    ...(v['max-file-size'] !== undefined && { maxFileBytes: parseSize(v['max-file-size']) }),
    ...(pssLevel !== undefined && { pssLevel }),
    ...(platform !== undefined && { platform }),
    cache: v.cache ?? false,
    ...(v['cache-location'] !== undefined && { cacheLocation: v['cache-location'] }),
    ...(v.workers !== undefined && { workers: parseWorkers(v.workers) }),
    ...(shard && { shard }),
    ...(v.partial !== undefined && { partial: v.partial }),
    version: v.version ?? false,
    help: v.help ?? false,
  };
}

export const HELP = `Usage: pci-lint [options] [path | glob | -]...
       pci-lint merge [options] <partial.json>...

Checks Kubernetes manifests and control-plane config files against the PCI DSS guidance for
containers and container orchestration. Directories are searched recursively for *.yaml, *.yml and
*.json, honouring .gitignore. "-" reads standard input. With no input, the current directory.

Options:
  -f, --format <name>        stylish (default), json, json-summary, sarif, junit, github, gitlab; the PCI
                             coverage report as html, markdown or coverage-json. Repeat it for several reports from one run;
                             -f <name>:<file> writes that report to a file
  -o, --output-file <file>   write the report of the --format before it to a file (alias --output); an
                             output file written before any --format belongs to the first one. At most
                             one report goes to standard output
  -c, --config <file>        configuration file (default: the nearest .pci-lint.yaml upward)
      --no-config            ignore configuration files
      --k8s-version <x.y>    target Kubernetes version, ${formatVersion(OLDEST_TARGET)} to ${formatVersion(NEWEST_TARGET)} (default ${formatVersion(NEWEST_TARGET)})
      --rule <id>=<level>    set a rule to off, error, warning or info (repeatable)
      --pci <sections>       only rules for these PCI sections, e.g. 1,3.2 (repeatable)
      --fail-on <severity>   lowest severity that makes the exit code 1: error (default), warning, info
      --max-warnings <n>     exit 1 when more than n warnings are reported, even without errors
      --pss-level <level>    Pod Security Standards level to enforce: restricted (default) or baseline
      --platform <name>      where the cluster runs, for the coverage report: self-managed, eks, aks, gke,
                             openshift, k3s, rke2 or auto (default: self-managed when control-plane files
                             are in the input)
      --baseline <file>      report only findings that are not in this baseline
      --write-baseline <file> record the current findings as the baseline and exit 0
      --ignore-pattern <pat> skip files matching this gitignore-style pattern, relative to the working
                             directory, when walking directories and globs (repeatable)
      --stdin-filename <name> the path standard input ("-") is shown as in findings
      --max-file-size <size> skip larger files with a diagnostic (default 16MB)
      --cache                reuse results of unchanged files from the last run with the same configuration
      --cache-location <dir> cache directory (default node_modules/.cache/pci-lint)
      --workers <n>          threads that lint, this one included (default: three per four cores for
                             inputs of 1 MiB or more; 1: no worker threads)
      --shard <i/n>          lint only the i-th of n equal shares of the files (with --partial), for
                             a run split across CI jobs
      --partial <file>       write this run's results for \`pci-lint merge\` instead of a report
  -q, --quiet                report errors only
      --print-config <file>  print the configuration that applies to the file as JSON; lints nothing
      --init                 write a commented .pci-lint.yaml in the working directory
      --list-rules           list the rules, their PCI sections and Kubernetes versions
      --explain <rule-id>    show what a rule checks, why, and how to fix it
      --color, --no-color    force colours on or off (default: on for a terminal, off with NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

merge: reads the partial results of every shard (same version and configuration), runs the checks
across files and prints the report a single run over all the files would print.

Exit codes: 0 no findings at or above --fail-on (and no more warnings than --max-warnings); 1 findings;
2 usage, configuration or I/O error (a directory named that holds no manifest included).
`;
