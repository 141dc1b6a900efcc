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

/** A JSON value of a stream, by the offsets of its first character and one past its last. */
export interface JsonStreamValue {
  readonly start: number;
  readonly end: number;
}

/** Where encoding/json stops reading a stream, and why (no input text is quoted: it may be a secret). */
export interface JsonStreamError {
  readonly at: number;
  readonly reason: string;
}

/**
 * The JSON values kubectl's decoder reads from `text` when it reads it as a stream of two or more values
 * (`{...}{...}`, JSON lines, `kubectl get -o json` outputs piped together), and where it stops if it does;
 * undefined when it does not (the text is YAML or a single JSON value, which the YAML parsers read as
 * kubectl does). k8s.io/apimachinery pkg/util/yaml/decoder.go `YAMLOrJSONDecoder`: a stream whose first
 * non-blank character is `{` (`IsJSONBuffer`) is decoded with encoding/json's Decoder, one value after
 * another, values separated by JSON whitespace or nothing. A syntax error ends the file: in v0.32 always,
 * from v0.33 (9b3d085f, "Better handling of YAML that tastes like JSON") once two values were read (with
 * one or none it reads the rest as YAML, as the YAML parsers here read the whole text).
 */
export function jsonStream(text: string): { readonly values: readonly JsonStreamValue[]; readonly error?: JsonStreamError } | undefined {
  let first = 0;
  while (first < text.length && isGoSpace(text.charCodeAt(first))) first++;
  if (text.charCodeAt(first) !== 123) return undefined;
  const values: JsonStreamValue[] = [];
  let error: JsonStreamError | undefined;
  for (let at = jsonSpaceEnd(text, 0); at < text.length; at = jsonSpaceEnd(text, at)) {
    const end = jsonValueEnd(text, at);
    if (typeof end !== 'number') {
      error = end;
      break;
    }
    values.push({ start: at, end });
    at = end;
  }
  if (values.length < 2) return undefined;
  return error ? { values, error } : { values };
}

/** encoding/json's whitespace (scanner.go isSpace): space, tab, LF, CR. */
function jsonSpaceEnd(text: string, from: number): number {
  let at = from;
  for (let c = text.charCodeAt(at); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(at)) at++;
  return at;
}

/** Go's limit on nesting (encoding/json scanner.go maxNestingDepth). */
const JSON_MAX_DEPTH = 10000;

/** One past the end of the JSON value at `from`, or where and why encoding/json rejects it; no recursion. */
function jsonValueEnd(text: string, from: number): number | JsonStreamError {
  const stack: number[] = [];
  let at = from;
  for (;;) {
    at = jsonSpaceEnd(text, at);
    const c = text.charCodeAt(at);
    let end: number | JsonStreamError;
    if (c === 123 || c === 91) {
      if (stack.length >= JSON_MAX_DEPTH) return { at, reason: 'the value nests deeper than 10000 levels' };
      const inner = jsonSpaceEnd(text, at + 1);
      if (text.charCodeAt(inner) === (c === 123 ? 125 : 93)) {
        end = inner + 1;
      } else {
        stack.push(c);
        const next = c === 123 ? jsonKeyEnd(text, inner) : inner;
        if (typeof next !== 'number') return next;
        at = next;
        continue;
      }
    } else {
      end = jsonScalarEnd(text, at);
    }
    if (typeof end !== 'number') return end;
    at = end;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return at;
      at = jsonSpaceEnd(text, at);
      const d = text.charCodeAt(at);
      if (d === (top === 123 ? 125 : 93)) {
        stack.pop();
        at++;
        continue;
      }
      if (d !== 44) return { at, reason: at >= text.length ? 'the input ends inside a value' : top === 123 ? 'a character that is not , or } after a key:value pair' : 'a character that is not , or ] after an array element' };
      at++;
      if (top === 123) {
        const next = jsonKeyEnd(text, at);
        if (typeof next !== 'number') return next;
        at = next;
      }
      break;
    }
  }
}

/** After a key and its colon, from where a key should start. */
function jsonKeyEnd(text: string, from: number): number | JsonStreamError {
  const at = jsonSpaceEnd(text, from);
  if (text.charCodeAt(at) !== 34) return { at, reason: at >= text.length ? 'the input ends inside a value' : 'a character that does not start an object key string (a trailing comma, a comment or an unquoted key)' };
  const end = jsonStringEnd(text, at);
  if (typeof end !== 'number') return end;
  const colon = jsonSpaceEnd(text, end);
  if (text.charCodeAt(colon) !== 58) return { at: colon, reason: 'a character that is not : after an object key' };
  return colon + 1;
}

const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

function jsonScalarEnd(text: string, at: number): number | JsonStreamError {
  const c = text.charCodeAt(at);
  if (c === 34) return jsonStringEnd(text, at);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, at)) return at + word.length;
  JSON_NUMBER.lastIndex = at;
  if ((c === 45 || (c >= 48 && c <= 57)) && JSON_NUMBER.test(text)) return JSON_NUMBER.lastIndex;
  return { at, reason: at >= text.length ? 'the input ends inside a value' : 'a character that does not start a JSON value' };
}

function jsonStringEnd(text: string, from: number): number | JsonStreamError {
  for (let at = from + 1; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 34) return at + 1;
    if (c < 0x20) return { at, reason: 'a control character in a string (write it as an escape)' };
    if (c !== 92) continue;
    const e = text.charCodeAt(at + 1);
    if (e === 117) {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return { at: at + 1, reason: 'a \\u escape without four hexadecimal digits' };
      at += 5;
    } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      at++;
    } else {
      return { at: at + 1, reason: 'an escape JSON does not have' };
    }
  }
  return { at: text.length, reason: 'the input ends inside a string' };
}

/** A line of kubectl's reader that ends the file for it: what kubectl reports, and the reader document it loses. */
export interface ReaderFailure {
  readonly at: number;
  readonly end: number;
  readonly code: 'DOCUMENT_SEPARATOR' | 'DIRECTIVE';
  readonly document: ReaderDocument;
}

/**
 * The first line where kubectl's reader, or go-yaml on what it hands over, fails for the whole rest of the
 * file, when the YAML parsers here read on: a line that starts with `---` followed by more than blanks or a
 * comment (YAMLReader.Read: "invalid Yaml document separator", returned before the document it was
 * reading, which is lost too), and a document whose first line that is not blank or a comment is a `%`
 * directive (YAMLReader cut the stream at the `---` after it, so go-yaml gets the directive without its
 * document: "did not find expected <document start>"). Undefined when there is none.
 */
export function readerFailure(text: string): ReaderFailure | undefined {
  if (!text.includes('---') && !text.includes('%')) return undefined;
  let start = 0;
  let hasLine = false;
  let significant = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf('\n', at);
    const next = lf === -1 ? text.length : lf + 1;
    const lineEnd = lf === -1 ? text.length : text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    if (text.startsWith('---', at)) {
      if (!separatorRest(text, at + 3, next)) return { at, end: lineEnd, code: 'DOCUMENT_SEPARATOR', document: { start, end: lineEnd } };
      if (hasLine) {
        start = next;
        hasLine = false;
        significant = false;
        at = next;
        continue;
      }
    }
    hasLine = true;
    if (!significant) {
      let c = at;
      while (c < lineEnd && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9)) c++;
      if (c < lineEnd && text.charCodeAt(c) !== 35 && !text.startsWith('---', at)) {
        significant = true;
        if (c === at && text.charCodeAt(c) === 37) {
          let end = next;
          // The document the directive belongs to starts after the next separator line.
          for (let l = next; l < text.length; ) {
            const f = text.indexOf('\n', l);
            const n = f === -1 ? text.length : f + 1;
            if (text.startsWith('---', l)) {
              // One past the separator line: the document that starts right after it is the directive's.
              end = Math.min(n + 1, text.length);
              break;
            }
            l = n;
            end = n;
          }
          return { at, end: lineEnd, code: 'DIRECTIVE', document: { start, end } };
        }
      }
    }
    at = next;
  }
  return undefined;
}

/**
 * The `...` document end markers after which a document of kubectl's reader still holds content: YAMLReader
 * splits documents only at `---` lines, and go-yaml reads the first YAML document of what it is handed
 * (sigs.k8s.io/yaml `Unmarshal`), so kubectl applies nothing after the marker until the next `---` line,
 * with no error (kubectl v1.32.4: even text that is no YAML there is ignored). Offsets of the markers.
 */
export function ignoredAfterDocumentEnd(text: string): number[] {
  if (!text.startsWith('...') && !text.includes('\n...')) return [];
  const out: number[] = [];
  for (const document of readerDocuments(text)) {
    let marker = -1;
    for (let at = document.start; at < document.end; ) {
      const lf = text.indexOf('\n', at);
      const next = lf === -1 || lf + 1 > document.end ? document.end : lf + 1;
      if (marker === -1) {
        if (text.startsWith('...', at) && separatorRest(text, at + 3, next)) marker = at;
      } else {
        let c = at;
        while (c < next && isGoSpace(text.charCodeAt(c))) c++;
        if (c < next && text.charCodeAt(c) !== 35) {
          out.push(marker);
          break;
        }
      }
      at = next;
    }
  }
  return out;
}
