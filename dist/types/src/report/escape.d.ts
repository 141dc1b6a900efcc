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
/** Lone UTF-16 surrogates replaced by U+FFFD, so the text has a UTF-8 form. */
export declare function wellFormed(text: string): string;
/** Controls escaped visibly and runner-command markers broken; the base of every human-readable format. */
export declare function inert(text: string): string;
/** Text for a terminal or a CI log line (stylish, GitHub annotations). */
export declare function terminalText(text: string): string;
/** A file's display path for a terminal or CI log line. */
export declare function terminalPath(file: string): string;
/** Text for XML character data and attribute values (JUnit). */
export declare function xmlText(text: string): string;
/** Text for HTML character data and double- or single-quoted attribute values. */
export declare function htmlText(text: string): string;
/**
 * A display path as a relative URI reference (SARIF artifact URIs, report links): each segment
 * percent-encoded, so `#`, `?`, `%`, `:` and spaces stay part of the name and no scheme (`javascript:`) can
 * form; `/` between segments. Lone surrogates, which have no UTF-8 form, become U+FFFD.
 */
export declare function fileUri(file: string): string;
/** Text for a Markdown paragraph, list item or table cell: shown as written, never read as syntax. */
export declare function markdownText(text: string): string;
/** Text for a SARIF message: SARIF reads `[text](target)` as an embedded link unless the brackets are escaped. */
export declare function sarifMessage(text: string): string;
/** Serialised JSON made safe to print (see above); parses to the same values, lone surrogates aside. */
export declare function jsonText(json: string): string;
