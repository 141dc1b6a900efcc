import type { Severity } from '../engine/diagnostic.js';
import { terminalPath, terminalText } from './escape.js';
import { joined, type ChunkFormatter } from './types.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's workflow-command escaping: data escapes %, CR and LF; property values also escape : and ,.
// terminalText first: no control character, markup or command marker from the input reaches the log.
function escapeData(text: string, inert: (text: string) => string = terminalText): string {
  return inert(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string, inert: (text: string) => string = terminalText): string {
  return escapeData(text, inert).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export const githubChunks: ChunkFormatter = function* (input) {
  for (const d of input.diagnostics) {
    const props = [
      `file=${escapeProperty(d.file, terminalPath)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(`pci-lint ${d.ruleId}${d.pci.length ? ` (PCI ${d.pci.join(', ')})` : ''}`)}`,
    ];
    const from = d.source ? ` [${d.source.template}]` : '';
    // The annotation is all a reviewer sees: the fix goes with the message.
    const fix = d.fix === undefined ? '' : ` ${d.fix}`;
    yield `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message + fix + from)}\n`;
  }
};

export const github = joined(githubChunks);
