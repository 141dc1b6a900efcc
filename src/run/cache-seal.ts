/**
 * What makes `--cache` safe to keep in a work tree: every cache file is sealed with HMAC-SHA256 under a
 * random key that lives outside any work tree, in the user's own cache directory, readable by the user
 * alone. A cache file without the seal of that key (written by hand, committed to the repository, copied
 * from another machine or account) is never deserialized, so nothing a pull request can put in the tree
 * changes a verdict; it only costs the run its speed.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const crypto = () => process.getBuiltinModule('node:crypto');

const KEY_BYTES = 32;
const MAC_BYTES = 32;

/**
 * Where the key is kept: `$XDG_CACHE_HOME/pci-lint/key` (an absolute XDG_CACHE_HOME only, as the XDG
 * specification says), `%LOCALAPPDATA%\pci-lint\key` on Windows, else `~/.cache/pci-lint/key`.
 */
export function defaultCacheKeyFile(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'pci-lint', 'key');
  if (process.platform === 'win32' && env.LOCALAPPDATA && path.isAbsolute(env.LOCALAPPDATA)) return path.join(env.LOCALAPPDATA, 'pci-lint', 'key');
  const home = env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir();
  return path.join(home, '.cache', 'pci-lint', 'key');
}

export type CacheKey = { readonly key: Buffer; readonly problem?: undefined } | { readonly key?: undefined; readonly problem: string };

const NO_FOLLOW = (constants.O_NOFOLLOW as number | undefined) ?? 0;
const NON_BLOCK = (constants.O_NONBLOCK as number | undefined) ?? 0;

function readKey(file: string): CacheKey | 'missing' {
  let fd: number;
  try {
    // Never through a link, never a FIFO or device: the key is a file this account made.
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return 'missing';
    return { problem: code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${String(code)})` };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: 'it is not a regular file' };
    if (process.platform !== 'win32') {
      if (info.uid !== process.getuid?.()) return { problem: 'it belongs to another user' };
      if ((info.mode & 0o077) !== 0) return { problem: 'others may read or write it (it must be mode 0600)' };
    }
    if (info.size !== KEY_BYTES) return { problem: `it is not ${KEY_BYTES} bytes long` };
    const key = Buffer.alloc(KEY_BYTES);
    if (readSync(fd, key, 0, KEY_BYTES, 0) !== KEY_BYTES) return { problem: 'it could not be read whole' };
    return { key };
  } catch (error) {
    return { problem: `it cannot be read (${String((error as { code?: unknown }).code ?? error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * The key in `file`, made on first use (random, mode 0600, in a directory made 0700). A key that this
 * account did not make for itself (a link, another owner, readable by others, the wrong size) is not used:
 * the cache is then off, with the reason.
 */
export function loadCacheKey(file: string): CacheKey {
  const found = readKey(file);
  if (found !== 'missing') return found;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // `wx`: never over a file another run made meanwhile (whose key is then read back below).
    writeFileSync(file, crypto().randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') return { problem: `it cannot be created (${String((error as { code?: unknown }).code ?? error)})` };
  }
  const made = readKey(file);
  return made === 'missing' ? { problem: 'it vanished after it was made' } : made;
}

function mac(key: Uint8Array, label: string, body: Uint8Array): Buffer {
  return crypto().createHmac('sha256', key).update(`pci-lint cache ${label}\u0000`).update(body).digest();
}

/** `body` with its seal in front; `label` names what the file is, so one kind of cache file never passes for another. */
export function seal(key: Uint8Array, label: string, body: Uint8Array): Buffer {
  return Buffer.concat([mac(key, label, body), body]);
}

/** The body of a sealed file, or undefined when its seal is not this key's over exactly these bytes. */
export function unseal(key: Uint8Array, label: string, data: Buffer): Buffer | undefined {
  if (data.length < MAC_BYTES) return undefined;
  const body = data.subarray(MAC_BYTES);
  return crypto().timingSafeEqual(data.subarray(0, MAC_BYTES), mac(key, label, body)) ? body : undefined;
}
