/**
 * Kubernetes reads manifests with go-yaml v2 (sigs.k8s.io/yaml), which resolves the YAML 1.1 booleans
 * `yes`/`no`/`on`/`off`/`y`/`n` that YAML 1.2 keeps as strings. Both load paths resolve them the same way,
 * so `privileged: yes` does not slip past the rules. (Source: go-yaml v2 resolve.go, the bool entries of
 * resolveMapList.)
 */
export declare const YAML11_BOOLEAN: RegExp;
/** The boolean a YAML 1.1 word stands for (call only for text matching {@link YAML11_BOOLEAN}). */
export declare function yaml11BooleanValue(text: string): boolean;
/**
 * The plain scalars go-yaml v2 resolves to integers (resolve.go `resolve`: for a scalar starting with a
 * digit or a sign, `strconv.ParseInt(plain, 0, 64)` after removing every `_`, then `ParseUint`, then the
 * `0b`/`-0b` forms): decimal, `0x`/`0X` hex, `0o`/`0O` and leading-zero octal (`0644` is 420, the file mode
 * Kubernetes applies, not 644), `0b`/`0B` binary, each with an optional sign and underscores after the
 * first character. YAML 1.2 reads `0644` as 644 and `0X1F`, `0b101` or `1_000` as strings. (Source:
 * kubernetes/kubernetes at 04791b4906602ffda5ccf9bc4c84d3329f1d7080, vendor/gopkg.in/yaml.v2/resolve.go.)
 */
export declare const YAML11_INT: RegExp;
/**
 * The value go-yaml gives a scalar matching {@link YAML11_INT}. Past 64 bits ParseInt and ParseUint fail:
 * a decimal is then read as a float, any other form stays a string.
 */
export declare function yaml11IntValue(text: string): number | string;
/**
 * go-yaml v2 (resolve.go `resolve`) reads a plain scalar that starts with a digit or a sign as a float when,
 * every `_` removed, it is not an integer and matches `yamlStyleFloat`: `1_000.5` is 1000.5. YAML 1.2 reads
 * such a scalar as a string. This matches those with an underscore (without one, both read alike); the value
 * is {@link yaml11FloatValue}.
 */
export declare const YAML11_UNDERSCORED_FLOAT: RegExp;
/** The number go-yaml reads a scalar matching {@link YAML11_UNDERSCORED_FLOAT} as, or the scalar itself when it reads a string. */
export declare function yaml11FloatValue(text: string): number | string;
/**
 * The number an explicit `!!float` scalar is for go-yaml v2: what it resolves the text to (an integer, a
 * float), as a float; undefined for anything else, which go-yaml refuses ("cannot decode ... as a !!float").
 */
export declare function yaml11ExplicitFloat(text: string): number | undefined;
/**
 * The text an explicit `!!binary` scalar stands for: go-yaml v2 (decode.go `d.scalar`) decodes it with Go's
 * strict standard base64, which skips CR and LF only, and sigs.k8s.io/yaml hands the bytes on as a JSON
 * string (invalid UTF-8 becomes U+FFFD, as here). Undefined for text that is not base64, which go-yaml refuses.
 */
export declare function yaml11BinaryText(text: string): string | undefined;
