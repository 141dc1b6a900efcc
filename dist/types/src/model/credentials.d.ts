/**
 * Recognises credentials in configuration data by name (`DB_PASSWORD`) and by value shape (a PEM private
 * key, a URL with a password, a documented token format). Results describe *what kind* of credential was
 * seen and never carry the value or any part of it, so nothing derived from them can leak a secret into a
 * report.
 */
/** Why a key/value pair looks like a credential. */
export interface CredentialMatch {
    /** `name`: the key is named like a credential; `value`: the value has the shape of one. */
    readonly by: 'name' | 'value';
    /** Human description for messages: `a PEM private key`, `a credential-like name`. */
    readonly what: string;
    /** For multi-line values, the 1-based line of the value where the credential was seen. */
    readonly valueLine?: number;
}
/**
 * True for `credentialsSecret: jaeger-creds`, `passwordSecret: db-auth`, `existingSecret: shop-db`: the key
 * names the Secret object that holds the credential, and the value is that object's name, not the
 * credential. A `clientSecret`, `jwtSecret` or `tokenSecret` is the credential itself.
 */
export declare function isSecretObjectReference(name: string, value: string): boolean;
/**
 * True for `secretEnv: OIDC_CLIENT_SECRET`, `passwordFromEnv: DB_PASSWORD`, `TOKEN_ENV_VAR: API_TOKEN`: the
 * key says its value names the environment variable the credential is read from (dex's `secretEnv`,
 * `hashFromEnv`), and the value is such a name, not the credential.
 */
export declare function isEnvironmentReference(name: string, value: string): boolean;
/** True when a key name says it holds a credential (and does not merely describe one). */
export declare function isCredentialName(name: string): boolean;
export declare function isPathLikeValue(value: string): boolean;
/** True for values that are empty (an empty JSON object or list too) or obviously stand in for a secret supplied elsewhere. */
export declare function isPlaceholderValue(value: string): boolean;
/**
 * True for a text that is an nsswitch.conf database list (`passwd: compat`, `shadow: files`, `hosts: files
 * dns`): every line that is not blank or a comment is such a line. There `passwd:` names a database, not a password.
 */
export declare function isNsswitchDatabaseList(lines: readonly string[]): boolean;
/**
 * A literal scalar as the text it stands for: a string as it is, a number or boolean as written out. A
 * credential typed as a number (`value: 987654321`) is still a credential; lists, maps and null are not
 * literals.
 */
export declare function literalText(value: unknown): string | undefined;
/**
 * Why `name: value` looks like a credential, or undefined. A value's shape is checked line by line so a
 * multi-line value (an embedded properties file or PEM bundle) reports the line it was seen on.
 */
export declare function detectCredential(name: string, value: string): CredentialMatch | undefined;
/**
 * True when one entry of a Secret (its key and value, base64-decoded for `data`) surely holds no credential:
 * empty or a placeholder, a switch, a path, or a public or descriptive key whose value has no credential
 * shape. Anything else may be a credential (an entry called `config` or `value` can hold one).
 */
export declare function isNonCredentialEntry(key: string, value: string): boolean;
