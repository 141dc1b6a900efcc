/**
 * The one place user-written text (object names, images, file names, comment text: anything a manifest
 * can put into a message) is made safe for where a report goes. Every formatter passes each string it
 * writes through the function for its medium:
 *
 * - `terminalText`: stylish and GitHub annotations, read in terminals and CI logs. Control characters (C0,
 *   DEL, C1), Unicode bidirectional controls and line separators become visible escapes (`\n`, `\x1b`,
 *   `\u202e`), so nothing can move the cursor, clear the screen, write a hyperlink or the clipboard (OSC),
 *   start a new line or reorder what is shown. `::` and `##` get a zero-width space between their two
 *   characters, so no text of ours or theirs can form a GitHub Actions workflow command (`::add-mask::`,
 *   `::error`), a legacy runner command (`##[group]`) or an Azure Pipelines one (`##vso[`), wherever it
 *   lands in a line. `<` and `>` become `\x3c` and `\x3e`, so logs shown as HTML carry no markup.
 * - `xmlText`: JUnit. The same, then XML's own escapes (the characters XML 1.0 cannot carry are escapes by
 *   then, so the document is always well-formed).
 * - `markdownText`: the coverage report. The same, then every ASCII punctuation character that Markdown or
 *   HTML could read as syntax is escaped, so no link, image, heading, emphasis, table cell or tag is made.
 * - `jsonText`: JSON and SARIF, applied to the serialised document. Lossless: JSON escapes (`\u003c`,
 *   `\u0023`, `\u001b`, …) keep every string's value exact for programs while the bytes a log shows can
 *   carry no control character, markup or runner command. Lone surrogates, which no UTF-8 reader accepts,
 *   become U+FFFD here and everywhere else.
 */

// C0 controls, DEL, C1 controls; the bidirectional marks, embeddings, overrides and isolates; line and
// paragraph separators; the noncharacters U+FFFE and U+FFFF, which XML 1.0 cannot carry (its Char
// production ends at U+FFFD), so a JUnit report holding one would not parse. (Tab and newline too: user
// text never starts a line of a report.)
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ZWSP = '\u200b';

function visible(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Lone UTF-16 surrogates replaced by U+FFFD, so the text has a UTF-8 form. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** Controls escaped visibly and runner-command markers broken; the base of every human-readable format. */
export function inert(text: string): string {
  return wellFormed(text).replace(UNSAFE, visible).replace(/::/g, `:${ZWSP}:`).replace(/##/g, `#${ZWSP}#`);
}

/** Text for a terminal or a CI log line (stylish, GitHub annotations). */
export function terminalText(text: string): string {
  return inert(text).replace(/</g, '\\x3c').replace(/>/g, '\\x3e');
}

/** The names pci-lint gives input that is not a file (standard input, lintText's text): ours, shown as they are. */
const PSEUDO_FILES: ReadonlySet<string> = new Set(['<stdin>', '<text>']);

/** A file's display path for a terminal or CI log line. */
export function terminalPath(file: string): string {
  return PSEUDO_FILES.has(file) ? file : terminalText(file);
}

/** Text for XML character data and attribute values (JUnit). */
export function xmlText(text: string): string {
  return inert(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Text for HTML character data and double- or single-quoted attribute values. */
export function htmlText(text: string): string {
  return inert(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A display path as a relative URI reference (SARIF artifact URIs, report links): each segment
 * percent-encoded, so `#`, `?`, `%`, `:` and spaces stay part of the name and no scheme (`javascript:`) can
 * form; `/` between segments. Lone surrogates, which have no UTF-8 form, become U+FFFD.
 */
export function fileUri(file: string): string {
  return wellFormed(file).split('/').map(encodeURIComponent).join('/');
}

/** Text for a Markdown paragraph, list item or table cell: shown as written, never read as syntax. */
export function markdownText(text: string): string {
  return inert(text)
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // GitHub's autolinks (URLs, www., e-mail addresses) are made from plain text: break their patterns.
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/@/g, `${ZWSP}@`);
}

/** Text for a SARIF message: SARIF reads `[text](target)` as an embedded link unless the brackets are escaped. */
export function sarifMessage(text: string): string {
  return inert(text).replace(/[\\[\]]/g, '\\$&');
}

// Outside its strings, serialised JSON has none of these characters, so escaping them in the whole text
// changes only string contents, and only their spelling.
// An escaped backslash is matched as a unit, so every `\u` matched after it starts a real escape.
const LONE_ESCAPE = /\\(?:\\|ud[89a-f][0-9a-f]{2})/g;
const JSON_UNSAFE = /[<>&\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##|::/g;

function jsonEscape(match: string): string {
  const first = match.charCodeAt(0);
  const escaped = `\\u${first.toString(16).padStart(4, '0')}`;
  return match.length === 2 ? `${match[0] ?? ''}${escaped}` : escaped;
}

/** Serialised JSON made safe to print (see above); parses to the same values, lone surrogates aside. */
export function jsonText(json: string): string {
  // JSON.stringify writes a paired surrogate as is and a lone one as an escape (`\ud800`): any such escape
  // not itself behind an escaped backslash is a lone surrogate.
  return json.replace(LONE_ESCAPE, (m) => (m === '\\\\' ? m : '\\ufffd')).replace(JSON_UNSAFE, jsonEscape);
}
