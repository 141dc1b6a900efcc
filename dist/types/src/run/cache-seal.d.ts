/**
 * Where the key is kept: `$XDG_CACHE_HOME/pci-lint/key` (an absolute XDG_CACHE_HOME only, as the XDG
 * specification says), `%LOCALAPPDATA%\pci-lint\key` on Windows, else `~/.cache/pci-lint/key`.
 */
export declare function defaultCacheKeyFile(env: Readonly<Record<string, string | undefined>>): string;
export type CacheKey = {
    readonly key: Buffer;
    readonly problem?: undefined;
} | {
    readonly key?: undefined;
    readonly problem: string;
};
/**
 * The key in `file`, made on first use (random, mode 0600, in a directory made 0700). A key that this
 * account did not make for itself (a link, another owner, readable by others, the wrong size) is not used:
 * the cache is then off, with the reason.
 */
export declare function loadCacheKey(file: string): CacheKey;
/** `body` with its seal in front; `label` names what the file is, so one kind of cache file never passes for another. */
export declare function seal(key: Uint8Array, label: string, body: Uint8Array): Buffer;
/** The body of a sealed file, or undefined when its seal is not this key's over exactly these bytes. */
export declare function unseal(key: Uint8Array, label: string, data: Buffer): Buffer | undefined;
