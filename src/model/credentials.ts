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

interface ValueShape {
  readonly what: string;
  readonly pattern: RegExp;
  readonly source: string;
}

/** Value shapes, each from a documented format. Patterns are anchored on token boundaries. */
const VALUE_SHAPES: readonly ValueShape[] = [
  {
    what: 'a PEM private key',
    // RFC 7468 labels PRIVATE KEY / ENCRYPTED PRIVATE KEY, OpenSSL's legacy RSA/EC/DSA labels, OpenSSH's
    // and OpenPGP's (RFC 4880 "PGP PRIVATE KEY BLOCK").
    pattern: /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----|-----BEGIN PGP PRIVATE KEY BLOCK-----/,
    source: 'RFC 7468 section 10-11; RFC 4880 section 6.2',
  },
  {
    what: 'an AWS access key id',
    // IAM unique id prefixes: AKIA (access key), ASIA (temporary access key); 20 upper-case alphanumerics.
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
  },
  {
    what: 'a GitHub token',
    // ghp_ (personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server), ghr_ (refresh);
    // fine-grained personal access tokens start github_pat_.
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,})(?![A-Za-z0-9_])/,
    source: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
  },
  {
    what: 'a Slack token',
    // xoxb- bot, xoxp- user, xoxa-/xoxr- (workspace/refresh), xoxs-; xapp- app-level tokens.
    pattern: /(?<![A-Za-z0-9-])(?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{10,}/,
    source: 'https://api.slack.com/authentication/token-types',
  },
  {
    what: 'a Stripe secret key',
    // Secret (sk_) and restricted (rk_) keys, live or test mode; publishable keys (pk_) are public.
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/,
    source: 'https://docs.stripe.com/keys',
  },
  {
    what: 'a JSON Web Token',
    // Three base64url parts; the JOSE header is a JSON object, so it starts `{"` = `eyJ` (RFC 7519 section 3).
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/,
    source: 'RFC 7519 section 3 (JWS compact serialisation, RFC 7515 section 7.1)',
  },
  {
    what: 'a URL with an embedded password',
    // RFC 3986 userinfo `user:password@host`; placeholders are excluded by isPlaceholder below.
    // The scheme starts where no scheme character precedes it, so a long run of letters is scanned once.
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@]*:[^\s/@]+@[^\s/@]/,
    source: 'RFC 3986 section 3.2.1 (userinfo; "user:password" is deprecated)',
  },
  {
    what: 'a bearer token',
    // An Authorization header value (`Bearer <token>`, RFC 6750 section 2.1 b64token; the scheme name is
    // case-insensitive, RFC 7235 section 2.1, so `bearer` and `BEARER` too); a variable
    // (`Bearer ${TOKEN}`, `Bearer $(TOKEN)`) matches no token character and is left alone.
    pattern: /(?<![A-Za-z0-9])[Bb][Ee][Aa][Rr][Ee][Rr]\s+[A-Za-z0-9\-._~+/]{16,}=*(?![A-Za-z0-9\-._~+/=${(<])/,
    source: 'RFC 6750 section 2.1; RFC 7235 section 2.1',
  },
  {
    what: 'a connection string with a password',
    // ADO.NET / ODBC style `Key=Value;` pairs with Password= or Pwd=.
    pattern: /(?:^|;)\s*(?:password|pwd)\s*=\s*[^;\s'"]+/i,
    source: 'https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax',
  },
];

/** Name tokens (after splitting on `_`, `-`, `.` and camelCase) that say a key holds a credential. */
const SECRET_TOKENS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'privatekey', 'credential',
  'credentials', 'clientsecret', 'connectionstring', 'connstr',
]);
/** Two-token names meaning the same: `API_KEY`, `private-key`, `clientSecret`. */
const SECRET_PAIRS: ReadonlySet<string> = new Set([
  'api key', 'access key', 'private key', 'secret key', 'client secret', 'connection string', 'auth key', 'signing key', 'encryption key', 'master key',
  // Azure Batch and Storage account keys (`AZURE_BATCH_KEY`, `AZURE_STORAGE_KEY`, `STORAGE_ACCOUNT_KEY`) and
  // key material passed inline (`SSH_KEY_CONTENT`, `GCP_KEY_CONTENT`).
  'batch key', 'storage key', 'account key', 'key content',
]);
/** Substrings that mark a run-together name (`dbpassword`, `githubtoken`). */
const SECRET_FRAGMENT = /password|passwd|secret|apikey|token$/;

/**
 * Last name tokens that describe a credential without being one: where it is, how it is used or its
 * policy (`TOKEN_URL`, `PASSWORD_FILE`, `SECRET_NAME`, `SECRET_NAMESPACE`, `PASSWORD_MIN_LENGTH`, `AWS_ACCESS_KEY_ID`).
 */
const DESCRIPTIVE_LAST_TOKENS: ReadonlySet<string> = new Set([
  'file', 'path', 'dir', 'url', 'uri', 'endpoint', 'host', 'name', 'ref', 'length', 'len', 'ttl', 'expiry', 'expiration',
  'expires', 'timeout', 'lifetime', 'duration', 'seconds', 'header', 'policy', 'enabled', 'enable', 'required', 'type',
  'format', 'mode', 'provider', 'issuer', 'audience', 'scope', 'location', 'mount', 'version', 'id', 'count', 'size',
  'min', 'max', 'limit', 'age', 'days', 'interval', 'retries', 'attempts', 'regex', 'pattern', 'algorithm', 'port',
  // Where a Secret object lives or how it is named (`SECRET_NAMESPACE: default`, `SECRET_NAME_PREFIX: web`).
  'namespace', 'prefix', 'suffix',
  // What is done with a credential, not the credential (`password_rotation_user_retention`, `secret_name_template`).
  'retention', 'rotation', 'template',
  // How many key shares a secret is split into and how many unseal it (Vault's `-key-shares` and `-key-threshold`:
  // `SECRET_SHARES: "5"`, `SECRET_THRESHOLD: "3"`): counts, not the shares.
  'shares', 'threshold',
]);

/**
 * Values that stand for a secret supplied elsewhere: `${DB_PASSWORD}`, `$(TOKEN)`, `<changeme>`, `{{ .token }}`,
 * the words examples write instead of one (`changeme`, `dummy`, `placeholder`: encryption-config-placeholder-key
 * reads them the same way), and the tokens deploy scripts replace (`__DB_PASSWORD__`, `#{DbPassword}#` of Azure Pipelines' token
 * replacement, `@@TOKEN@@`).
 */
const PLACEHOLDER = /^(?:\$\{[^}]*\}|\$\([^)]*\)|<[^>]*>|\{\{[^}]*\}\}|%\([^)]*\)s?|__[A-Za-z0-9_]+__|#\{[^}]*\}#?|@@[A-Za-z0-9_]+@@|\*+|x+|-+|none|null|nil|empty|redacted|changeme|dummy|placeholder)$/i;

/** Name tokens before a last `secret` that make the name one of a Secret object: `credentialsSecret`, `existingSecret`. */
const SECRET_OBJECT_QUALIFIERS: ReadonlySet<string> = new Set(['existing', 'credentials', 'credential', 'creds', 'password', 'passwords']);

/** A Kubernetes object name (DNS-1123 subdomain) with a `-` or `.` in it, as Secret names have and credentials rarely do. */
const OBJECT_NAME = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

/**
 * True for `credentialsSecret: jaeger-creds`, `passwordSecret: db-auth`, `existingSecret: shop-db`: the key
 * names the Secret object that holds the credential, and the value is that object's name, not the
 * credential. A `clientSecret`, `jwtSecret` or `tokenSecret` is the credential itself.
 */
export function isSecretObjectReference(name: string, value: string): boolean {
  const tokens = nameTokens(name);
  const [last, before] = [tokens[tokens.length - 1], tokens[tokens.length - 2]];
  const text = value.trim().replace(/^["']|["']$/g, '');
  return last === 'secret' && before !== undefined && SECRET_OBJECT_QUALIFIERS.has(before) && OBJECT_NAME.test(text) && /[-.]/.test(text);
}

/** An environment variable's name as programs and shells write them: upper case, digits and `_`. */
const ENVIRONMENT_VARIABLE_NAME = /^[A-Z_][A-Z0-9_]*$/;

/**
 * True for `secretEnv: OIDC_CLIENT_SECRET`, `passwordFromEnv: DB_PASSWORD`, `TOKEN_ENV_VAR: API_TOKEN`: the
 * key says its value names the environment variable the credential is read from (dex's `secretEnv`,
 * `hashFromEnv`), and the value is such a name, not the credential.
 */
export function isEnvironmentReference(name: string, value: string): boolean {
  const tokens = nameTokens(name);
  const [last, before] = [tokens[tokens.length - 1], tokens[tokens.length - 2]];
  const names = last === 'env' || ((last === 'var' || last === 'variable') && before === 'env');
  return names && ENVIRONMENT_VARIABLE_NAME.test(value.trim().replace(/^["']|["']$/g, ''));
}

function nameTokens(name: string): string[] {
  // camelCase → separate words, so `dbPassword`, `DB_PASSWORD` and `db-password` read the same.
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * A descriptive last token, or its plural (`SECRETS_NAMES`, `TOKEN_PATHS`, `PASSWORD_POLICIES`,
 * `SECRET_PREFIXES`): a list of Secret names or paths is no more a credential than one of them.
 */
function isDescriptiveToken(token: string): boolean {
  if (DESCRIPTIVE_LAST_TOKENS.has(token)) return true;
  if (!token.endsWith('s')) return false;
  const singulars = [token.slice(0, -1), ...(token.endsWith('es') ? [token.slice(0, -2)] : []), ...(token.endsWith('ies') ? [`${token.slice(0, -3)}y`] : [])];
  return singulars.some((singular) => DESCRIPTIVE_LAST_TOKENS.has(singular));
}

/** True when a key name says it holds a credential (and does not merely describe one). */
export function isCredentialName(name: string): boolean {
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  if (last === undefined || isDescriptiveToken(last)) return false;
  return tokens.some((t, i) => SECRET_TOKENS.has(t) || SECRET_FRAGMENT.test(t) || SECRET_PAIRS.has(`${t} ${tokens[i + 1] ?? ''}`));
}

/**
 * A file-system path or file URL (`/var/run/secrets/token`, `./certs/tls.key`, `C:\\keys\\app.pfx`): it says
 * where a credential is read from, and is not one itself.
 */
const PATH_LIKE = /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|file:\/\/\/?)[^\s:@]*$/;

export function isPathLikeValue(value: string): boolean {
  return PATH_LIKE.test(value.trim());
}

/** True for values that are empty (an empty JSON object or list too) or obviously stand in for a secret supplied elsewhere. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || /^(?:\{\s*\}|\[\s*\])$/.test(trimmed) || PLACEHOLDER.test(trimmed);
}

/** Values a credential-named key may hold without holding a credential: switches. */
const NOT_A_CREDENTIAL = /^(?:true|false|yes|no|on|off|enabled|disabled)$/i;

/** The first value shape a single line matches, if any. */
function shapeOf(line: string): ValueShape | undefined {
  return VALUE_SHAPES.find((shape) => {
    const match = shape.pattern.exec(line);
    if (!match) return false;
    if (shape.what === 'a URL with an embedded password') return !urlPasswordIsPlaceholder(match[0]);
    if (shape.what === 'a connection string with a password') {
      const password = match[0].replace(/^[;\s]*[a-z]+\s*=\s*/i, '');
      return !isPlaceholderValue(password) && !isPathLikeValue(password);
    }
    return true;
  });
}

function urlPasswordIsPlaceholder(url: string): boolean {
  const userinfo = url.slice(url.indexOf('://') + 3, url.lastIndexOf('@'));
  const password = userinfo.slice(userinfo.indexOf(':') + 1);
  return isPlaceholderValue(password) || /^\$/.test(password);
}

/** `key=value` / `key: value` lines inside an embedded config file whose key is named like a credential. */
const EMBEDDED_ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=](.*)$/;

/**
 * A value that refers to a variable or another store rather than holding the secret: `$OIDC_SECRET`,
 * Argo CD's `$dex.github.clientSecret` (a key of argocd-secret), Grafana's `$__env{…}` / `$__file{…}`.
 * A digit after `$` is not a reference (`$2y$10$…` is a bcrypt hash, which is still sensitive).
 */
const VALUE_REFERENCE = /^\$[A-Za-z_{(]/;

/**
 * The databases of the Name Service Switch configuration, /etc/nsswitch.conf (nsswitch.conf(5), glibc; `shadow`
 * and `gshadow` hold no password there: each line names the databases and the sources they are looked up in).
 */
const NSSWITCH_DATABASES: ReadonlySet<string> = new Set([
  'aliases', 'automount', 'bootparams', 'ethers', 'group', 'gshadow', 'hosts', 'initgroups', 'netgroup', 'netmasks',
  'networks', 'passwd', 'protocols', 'publickey', 'rpc', 'services', 'shadow', 'sudoers',
]);

/**
 * The sources an nsswitch.conf line may name: glibc's own services (files, db, compat, dns, nis, nisplus,
 * hesiod) and the NSS modules distributions ship (sss, ldap, systemd, winbind, wins, mymachines, myhostname,
 * resolve, the mdns family, altfiles, cache, usrfiles, extrausers, libvirt).
 */
const NSSWITCH_SOURCES: ReadonlySet<string> = new Set([
  'files', 'db', 'compat', 'dns', 'nis', 'nisplus', 'hesiod', 'sss', 'ldap', 'systemd', 'winbind', 'wins', 'mymachines',
  'myhostname', 'resolve', 'mdns', 'mdns4', 'mdns6', 'mdns_minimal', 'mdns4_minimal', 'mdns6_minimal', 'altfiles',
  'cache', 'usrfiles', 'extrausers', 'libvirt', 'libvirt_guest',
]);

/** An nsswitch.conf line: a database, a colon, and sources with optional `[NOTFOUND=return]` action items. */
function isNsswitchLine(line: string): boolean {
  const m = /^\s*([a-z]+)\s*:(.*)$/.exec(line);
  if (!m) return false;
  const [, database = '', sources = ''] = m;
  if (!NSSWITCH_DATABASES.has(database)) return false;
  const actions = [...sources.matchAll(/\[([^[\]]*)\]/g)].flatMap((a) => (a[1] ?? '').trim().split(/\s+/));
  const services = sources.replace(/\[[^[\]]*\]/g, ' ').trim();
  return services !== '' && services.split(/\s+/).every((service) => NSSWITCH_SOURCES.has(service)) && actions.every((action) => /^!?[A-Za-z]+=[a-z]+$/.test(action));
}

/**
 * True for a text that is an nsswitch.conf database list (`passwd: compat`, `shadow: files`, `hosts: files
 * dns`): every line that is not blank or a comment is such a line. There `passwd:` names a database, not a password.
 */
export function isNsswitchDatabaseList(lines: readonly string[]): boolean {
  const entries = lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return entries.length > 0 && entries.every(isNsswitchLine);
}

function embeddedCredentialName(line: string): boolean {
  const m = EMBEDDED_ASSIGNMENT.exec(line);
  if (!m) return false;
  const [, key = '', rest = ''] = m;
  const value = rest.trim().replace(/^["']|["'],?$/g, '');
  return isCredentialName(key) && !isPlaceholderValue(value) && !NOT_A_CREDENTIAL.test(value) && !/^[{[]/.test(value) && !VALUE_REFERENCE.test(value) && !isPathLikeValue(value) && !isSecretObjectReference(key, value) && !isEnvironmentReference(key, value);
}

/**
 * A literal scalar as the text it stands for: a string as it is, a number or boolean as written out. A
 * credential typed as a number (`value: 987654321`) is still a credential; lists, maps and null are not
 * literals.
 */
export function literalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * Why `name: value` looks like a credential, or undefined. A value's shape is checked line by line so a
 * multi-line value (an embedded properties file or PEM bundle) reports the line it was seen on.
 */
export function detectCredential(name: string, value: string): CredentialMatch | undefined {
  if (isPlaceholderValue(value)) return undefined;
  const lines = value.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const shape = shapeOf(line);
    if (shape) return { by: 'value', what: shape.what, ...(lines.length > 1 && { valueLine: i + 1 }) };
  }
  if (isCredentialName(name) && !NOT_A_CREDENTIAL.test(value.trim()) && !isPathLikeValue(value) && !isSecretObjectReference(name, value) && !isEnvironmentReference(name, value)) return { by: 'name', what: 'a credential-like name' };
  if (lines.length > 1 && !isNsswitchDatabaseList(lines)) {
    const at = lines.findIndex(embeddedCredentialName);
    if (at !== -1) return { by: 'value', what: 'a credential-like setting', valueLine: at + 1 };
  }
  return undefined;
}

/**
 * Secret keys that hold public or descriptive data: CA bundles and certificates (not their private keys),
 * who or where (`username`, `host`, `url`), the service-account token Secret's `namespace`.
 */
const PUBLIC_SECRET_KEY = /^(?:ca\.crt|tls\.crt|ca|ca[-_.]?bundle(?:\.(?:crt|pem))?|.*\.(?:crt|cert|pub)|cert|certificate|user|username|login|email|server|namespace|region|database|db|dbname)$/i;

/** Keys that name a configuration file in a text format whose settings are `key: value` or `key = value` lines. */
const CONFIG_FILE_KEY = /\.(?:ya?ml|json|ini|conf|cfg|toml|properties)$/i;

/** A run of URL characters after `/`, `=` or `?` in a URL, long enough to be a token (webhook URLs carry one in their path). */
const URL_TOKEN_RUN = /[/=?][A-Za-z0-9_-]{20,}/g;

/** True when a line holds a URL with a path segment or query value that looks like a token: long, letters and digits mixed. */
function urlCarriesToken(line: string): boolean {
  const at = line.indexOf('://');
  if (at === -1) return false;
  for (const match of line.slice(at + 3).matchAll(URL_TOKEN_RUN)) {
    if (/[0-9]/.test(match[0]) && /[A-Za-z]/.test(match[0])) return true;
  }
  return false;
}

/**
 * True when one entry of a Secret (its key and value, base64-decoded for `data`) surely holds no credential:
 * empty or a placeholder, a switch, a path, or a public or descriptive key whose value has no credential
 * shape. Anything else may be a credential (an entry called `config` or `value` can hold one).
 */
export function isNonCredentialEntry(key: string, value: string): boolean {
  const trimmed = value.trim();
  if (isPlaceholderValue(trimmed) || NOT_A_CREDENTIAL.test(trimmed) || isPathLikeValue(trimmed)) return true;
  if (detectCredential(key, value) !== undefined) return false;
  // A configuration file (grafana.ini, datasources.yaml, alertmanager.yaml) is read line by line above:
  // no credential-named setting and no credential shape in it, and no URL carrying a token, is no credential.
  if (CONFIG_FILE_KEY.test(key) && trimmed.includes('\n')) return !trimmed.split('\n').some(urlCarriesToken);
  const tokens = nameTokens(key);
  const last = tokens[tokens.length - 1];
  return PUBLIC_SECRET_KEY.test(key) || (last !== undefined && DESCRIPTIVE_LAST_TOKENS.has(last) && !tokens.includes('key'));
}
