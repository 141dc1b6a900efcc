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
