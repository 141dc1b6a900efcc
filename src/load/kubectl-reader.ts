/**
 * What kubectl's stream reader hands go-yaml, and which characters go-yaml refuses in it.
 *
 * kubectl reads a manifest file with k8s.io/apimachinery's `YAMLOrJSONDecoder` (pkg/util/yaml/decoder.go):
 * a stream whose first non-blank character is `{` is tried as JSON first (encoding/json), anything else
 * (and JSON that fails) is cut into documents by `YAMLReader.Read`, each handed to sigs.k8s.io/yaml and so
 * to go-yaml. `YAMLReader.Read` reads LF-ended lines (`LineReader`, bufio's ReadLine: a CR before the LF is
 * no part of the line) and ends a document at a line that starts with `---` followed by blanks or a comment
 * (Go's strings.TrimSpace), when the document has a line already; that separator line is then dropped, and
 * one met before any line is the first line of the next document.
 *
 * go-yaml (v2 and v3 alike, readerc.go `yaml_parser_update_buffer`) refuses a document holding a character
 * outside YAML's printable set, "control characters are not allowed": only TAB, LF, CR, U+0020-U+007E,
 * NEL (U+0085), U+00A0-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF are read. encoding/json refuses the ones
 * below U+0020 in a string and every one of them outside strings, and reads the others in a string.
 */

/** A character go-yaml refuses (readerc.go's allowed range, inverted); `\p{Cs}` is a lone surrogate. */
// eslint-disable-next-line no-control-regex -- these characters are what is looked for
const NOT_PRINTABLE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- the same
const NOT_PRINTABLE_ALL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|\p{Cs}/gu;

/** A character Go's unicode.IsSpace is true of (what strings.TrimSpace and bytes.TrimLeftFunc drop). */
export function isGoSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A document as kubectl's YAMLReader cuts it: the offsets of its first character and one past its last. */
export interface ReaderDocument {
  readonly start: number;
  readonly end: number;
}

/**
 * The documents `YAMLReader.Read` cuts `text` into (see the top of this file), in order; a separator line
 * that ends a document belongs to none. A line that starts with `---` followed by anything else is one
 * YAMLReader refuses ("invalid Yaml document separator"): it stays in its document here.
 */
export function readerDocuments(text: string): ReaderDocument[] {
  const out: ReaderDocument[] = [];
  let start = 0;
  let hasLine = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf('\n', at);
    const next = lf === -1 ? text.length : lf + 1;
    if (text.startsWith('---', at) && separatorRest(text, at + 3, next)) {
      if (hasLine) {
        out.push({ start, end: at });
        start = next;
        hasLine = false;
      } else {
        hasLine = true;
      }
    } else {
      hasLine = true;
    }
    at = next;
  }
  if (hasLine) out.push({ start, end: text.length });
  return out;
}

/** True when what follows `---` on its line, trimmed as strings.TrimSpace trims, is empty or a comment. */
function separatorRest(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isGoSpace(text.charCodeAt(at))) at++;
  return at === to || text.charCodeAt(at) === 35;
}

/**
 * True when kubectl's decoder reads the whole text as one JSON value: its first non-blank character is `{`
 * (decoder.go `IsJSONBuffer`) and it is JSON, which JSON.parse checks as encoding/json does (the same
 * grammar, whitespace and string rules).
 */
function readAsJson(text: string): boolean {
  let at = 0;
  while (at < text.length && isGoSpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 123) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A character go-yaml refuses, and the document of kubectl's reader that holds it. */
export interface RefusedCharacter {
  /** Offset of the character (of its first UTF-16 unit). */
  readonly at: number;
  /** Its code point (a lone surrogate's unit). */
  readonly codePoint: number;
  readonly document: ReaderDocument;
}

/**
 * For each document of kubectl's reader that holds a character go-yaml refuses, the first such character:
 * kubectl rejects that document. Nothing when the text has none, or when kubectl reads the text as JSON
 * (where those characters can only be in strings, which encoding/json reads). A dropped separator line is
 * read by nobody, so what it holds is refused by nobody.
 */
export function refusedCharacters(text: string): RefusedCharacter[] {
  if (!NOT_PRINTABLE.test(text) || readAsJson(text)) return [];
  const documents = readerDocuments(text);
  const out: RefusedCharacter[] = [];
  let d = 0;
  for (const match of text.matchAll(NOT_PRINTABLE_ALL)) {
    const at = match.index;
    while (d < documents.length && (documents[d] as ReaderDocument).end <= at) d++;
    const document = documents[d];
    if (document === undefined) break;
    if (at < document.start) continue;
    if (out[out.length - 1]?.document === document) continue;
    out.push({ at, codePoint: match[0].codePointAt(0) ?? 0, document });
  }
  return out;
}

/**
 * The text with the blanks of every separator line YAMLReader drops (one that ends a document: see
 * readerDocuments) made spaces, one character for one: kubectl never hands such a line to go-yaml, and
 * strings.TrimSpace takes a form feed, vertical tab, NEL or no-break space after `---` for a blank, where
 * YAML parsers read `---\f` or `---\u00a0` as content and reject the document kubectl applies. The text
 * itself when there is nothing to change.
 */
export function droppedSeparatorsBlanked(text: string): string {
  if (!text.includes('---')) return text;
  let out = '';
  let copied = 0;
  let hasLine = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf('\n', at);
    const next = lf === -1 ? text.length : lf + 1;
    if (text.startsWith('---', at) && separatorRest(text, at + 3, next)) {
      if (hasLine) {
        for (let c = at + 3; c < next; c++) {
          const code = text.charCodeAt(c);
          if (code === 35) break;
          if (code === 32 || code === 9 || code === 10 || code === 13) continue;
          out += `${text.slice(copied, c)} `;
          copied = c + 1;
        }
      }
      hasLine = !hasLine;
    } else {
      hasLine = true;
    }
    at = next;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
