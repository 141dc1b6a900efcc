import type { Diagnostic } from '../engine/diagnostic.js';
import type { AnyRule } from '../engine/rule.js';
import type { K8sVersion } from '../k8s/versions.js';

export interface ReportInput {
  readonly diagnostics: readonly Diagnostic[];
  readonly fileCount: number;
  readonly target: K8sVersion;
  /** Every file checked (display paths), for formats that list passing files too (junit). */
  readonly files?: readonly string[];
  /** The rule registry, for formats that describe rules (sarif, markdown). */
  readonly rules?: readonly AnyRule[];
  /** Ids of rules that checked nothing because they need configuration. */
  readonly unconfigured?: readonly string[];
}

export interface FormatOptions {
  /** ANSI colours; the CLI enables them only on a TTY without NO_COLOR. */
  readonly color: boolean;
}

/** Turns a run's diagnostics into the text of one output format. Pure. */
export type Formatter = (input: ReportInput, options: FormatOptions) => string;
