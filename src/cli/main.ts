import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { atLeast } from '../engine/diagnostic.js';
import { ConfigError, suggestRuleId } from '../engine/settings.js';
import { DEFAULT_TARGET } from '../k8s/versions.js';
import { lint } from '../lint.js';
import { describeIoError } from '../load/read.js';
import { formatters } from '../report/index.js';
import { VERSION } from '../version.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';
import { explainRule, ruleListJson, ruleListText } from './rules-info.js';

/** The process around the CLI, passed in so tests can run it in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output !== undefined) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

async function emit(text: string, options: CliOptions, io: CliIo): Promise<void> {
  if (options.output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    // Relative to the run's cwd, like the inputs (the same as the process's for the real CLI).
    await writeFile(path.resolve(io.cwd, options.output), text);
  } catch (error) {
    // describeIoError words ENOENT for files read after discovery; here it means a missing directory.
    const why = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'its directory does not exist' : describeIoError(error);
    throw new UsageError(`Cannot write --output "${options.output}": ${why}.`);
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
  const target = options.target ?? DEFAULT_TARGET;
  if (options.listRules) {
    await emit(options.format === 'json' ? ruleListJson(builtinRules, target) : ruleListText(builtinRules, target), options, io);
    return EXIT_OK;
  }
  if (options.explain !== undefined) {
    const rule = builtinRules.find((r) => r.meta.id === options.explain);
    if (!rule) {
      const hint = suggestRuleId(options.explain, builtinRules.map((r) => r.meta.id));
      throw new UsageError(`Unknown rule "${options.explain}".${hint ? ` Did you mean "${hint}"?` : ''} Run pci-lint --list-rules to see them all.`);
    }
    await emit(explainRule(rule), options, io);
    return EXIT_OK;
  }

  const result = await lint(options.inputs, {
    cwd: io.cwd,
    target,
    rules: options.rules,
    stdin: io.stdin,
    ...(options.pci && { pci: options.pci }),
    ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }),
    ...(options.pssLevel !== undefined && { settings: { pssLevel: options.pssLevel } }),
  });
  if (result.unmatched.length > 0) {
    throw new UsageError(`No files matching ${result.unmatched.map((u) => `"${u}"`).join(', ')}. Check the path, or quote globs so the shell does not expand them.`);
  }
  if (result.fileCount === 0) io.stderr.write('pci-lint: no *.yaml, *.yml or *.json files found; nothing was checked.\n');

  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`Unknown --format "${options.format}".`);
  await emit(formatter({ diagnostics: shown, fileCount: result.fileCount, target: result.target }, { color: useColor(options, io) }), options, io);
  return result.diagnostics.some((d) => atLeast(d.severity, options.failOn)) ? EXIT_FINDINGS : EXIT_OK;
}

/** Runs the CLI and resolves to its exit code; never throws for bad input or usage. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOptions(parseCli(argv), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`pci-lint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`pci-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this at the project's issue tracker.\n`);
    return EXIT_USAGE;
  }
}
