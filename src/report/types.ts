import type { Diagnostic } from '../engine/diagnostic.js';
import type { K8sVersion } from '../k8s/versions.js';

export interface ReportInput {
  readonly diagnostics: readonly Diagnostic[];
  readonly fileCount: number;
  readonly target: K8sVersion;
}

export interface FormatOptions {
  /** ANSI colours; the CLI enables them only on a TTY without NO_COLOR. */
  readonly color: boolean;
}

/** Turns a run's diagnostics into the text of one output format. Pure. */
export type Formatter = (input: ReportInput, options: FormatOptions) => string;
