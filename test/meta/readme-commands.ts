/**
 * The example commands of a Markdown document (the README), as test/meta/readme.test.ts runs them. The
 * convention is in CONTRIBUTING.md ("Commands in the README"):
 * - every line of a ```sh, ```bash, ```shell or ```console block that runs pci-lint (`pci-lint …` or
 *   `npx pci-lint …` at the start of the line or after `|`, `&&`, `;` or `(`) is a command; a leading
 *   `npm ci &&` (the set-up, already done) is dropped, a leading `$ ` prompt too, and `\` continues a line;
 * - in a ```yaml block (CI configuration), a `run:` step that runs pci-lint is a command too;
 * - the expected exit code is written in the line's trailing comment as `exits N` or `exit N`
 *   (`# exits 1: the examples have findings`); without one it is 0;
 * - the commands of one block run in order in one directory, so a later command can read what an earlier
 *   one wrote.
 */

export interface ReadmeCommand {
  /** The command as written, without its comment. */
  readonly text: string;
  /** The exit code the comment documents (0 when it names none). */
  readonly exitCode: number;
  /** 1-based line of the command in the document. */
  readonly line: number;
}

export interface ReadmeBlock {
  readonly line: number;
  readonly commands: readonly ReadmeCommand[];
}

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console']);
const RUNS_PCI_LINT = /(?:^|[|;&(]\s*)(?:npx\s+)?pci-lint(?=\s|$)/;

/** The comment of a shell line: from the first `#` that starts a word outside quotes. */
function splitComment(line: string): { code: string; comment: string } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 1) };
  }
  return { code: line.trimEnd(), comment: '' };
}

function documentedExit(comment: string): number {
  const m = /\bexits?\s+(?:code\s+)?(\d+)\b/.exec(comment);
  return m ? Number(m[1]) : 0;
}

function commandOf(raw: string, line: number): ReadmeCommand | undefined {
  const { code, comment } = splitComment(raw.replace(/^\s*\$\s+/, ''));
  const text = code.trim().replace(/^npm ci\s*&&\s*/, '');
  if (!RUNS_PCI_LINT.test(text)) return undefined;
  return { text, exitCode: documentedExit(comment), line };
}

/** Every fenced block of the document that holds at least one command, in document order. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '');
    if (!fence) continue;
    const [, marker = '```', language = ''] = fence;
    const start = i;
    const commands: ReadmeCommand[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').trim().startsWith(marker); i++) {
      let raw = lines[i] ?? '';
      const line = i + 1;
      if (SHELL_LANGUAGES.has(language)) {
        while (raw.endsWith('\\') && i + 1 < lines.length) raw = raw.slice(0, -1) + ' ' + (lines[++i] ?? '').trim();
        const command = commandOf(raw, line);
        if (command) commands.push(command);
      } else if (language === 'yaml' || language === 'yml') {
        const step = /^\s*(?:-\s+)?run:\s+(.*)$/.exec(raw);
        const command = step ? commandOf(step[1] ?? '', line) : undefined;
        if (command) commands.push(command);
      }
    }
    if (commands.length > 0) blocks.push({ line: start + 1, commands });
  }
  return blocks;
}

/**
 * Commands written where they would not be run: inline code that starts with `pci-lint` or `npx pci-lint`
 * followed by an option or a path, and lines of fenced blocks without a language that do. Returns their
 * 1-based lines.
 */
export function unrunCommands(markdown: string): number[] {
  const found: number[] = [];
  const lines = markdown.split('\n');
  let fence: { marker: string; language: string } | undefined;
  lines.forEach((text, index) => {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (fence === undefined && open) {
      fence = { marker: open[1] ?? '```', language: open[2] ?? '' };
      return;
    }
    if (fence !== undefined) {
      if (text.trim().startsWith(fence.marker)) fence = undefined;
      else if (fence.language === '' && /^\s*(?:\$\s+)?npx\s+pci-lint\b/.test(text)) found.push(index + 1);
      return;
    }
    if (/`(?:npx\s+)?pci-lint\s+(?:-|\.|[\w./]+\/)[^`]*`/.test(text)) found.push(index + 1);
  });
  return found;
}
