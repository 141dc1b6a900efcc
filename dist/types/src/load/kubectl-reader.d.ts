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
/** A character Go's unicode.IsSpace is true of (what strings.TrimSpace and bytes.TrimLeftFunc drop). */
export declare function isGoSpace(code: number): boolean;
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
export declare function readerDocuments(text: string): ReaderDocument[];
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
export declare function refusedCharacters(text: string): RefusedCharacter[];
/**
 * The text with the blanks of every separator line YAMLReader drops (one that ends a document: see
 * readerDocuments) made spaces, one character for one: kubectl never hands such a line to go-yaml, and
 * strings.TrimSpace takes a form feed, vertical tab, NEL or no-break space after `---` for a blank, where
 * YAML parsers read `---\f` or `---\u00a0` as content and reject the document kubectl applies. The text
 * itself when there is nothing to change.
 */
export declare function droppedSeparatorsBlanked(text: string): string;
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
export declare function jsonStream(text: string): {
    readonly values: readonly JsonStreamValue[];
    readonly error?: JsonStreamError;
} | undefined;
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
export declare function readerFailure(text: string): ReaderFailure | undefined;
/**
 * The `...` document end markers after which a document of kubectl's reader still holds content: YAMLReader
 * splits documents only at `---` lines, and go-yaml reads the first YAML document of what it is handed
 * (sigs.k8s.io/yaml `Unmarshal`), so kubectl applies nothing after the marker until the next `---` line,
 * with no error (kubectl v1.32.4: even text that is no YAML there is ignored). Offsets of the markers.
 */
export declare function ignoredAfterDocumentEnd(text: string): number[];
