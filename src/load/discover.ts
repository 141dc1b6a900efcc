import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Files walked inside directories: manifests by ending, and kubeconfig files (`*.kubeconfig`, `kubeconfig`),
 * which rarely carry one. Files named explicitly are linted whatever their name.
 */
export const MANIFEST_GLOB = '**/{*.yaml,*.yml,*.json,*.kubeconfig,kubeconfig,Kustomization}';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** Path shown in diagnostics: relative to cwd, `/`-separated. */
  readonly displayPath: string;
  /**
   * The input it was found through: the absolute path of the directory walked or of the file named, or
   * the glob as written.
   */
  readonly input: string;
  /**
   * A symbolic link a walk or glob met, with a manifest's name. It is never followed (a walk must neither
   * loop nor leave the tree), yet `kubectl apply -f DIR` applies what it leads to: unless that file is
   * linted anyway, the run reports the link as unreadable rather than pass over it (see symlinkProblem).
   */
  readonly link?: true;
}

export interface Discovery {
  readonly files: DiscoveredFile[];
  /** True when one of the inputs was `-`. */
  readonly stdin: boolean;
  /** Inputs that named nothing: a missing path, or a glob that matched no file. */
  readonly unmatched: string[];
  /** Directories named as inputs in which the walk found no file to lint (as written). */
  readonly emptyDirectories: string[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Extra ignore globs (relative to cwd), on top of .gitignore, node_modules and .git. */
  readonly ignore?: readonly string[];
}

export function toDisplayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute) || path.basename(absolute);
  return rel.split(path.sep).join('/');
}

function kindOf(p: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(p, { throwIfNoEntry: false });
    return s === undefined ? undefined : s.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** The manifest endings of MANIFEST_GLOB, for paths git lists. */
const MANIFEST_NAME = /(?:\.yaml|\.yml|\.json|\.kubeconfig|^kubeconfig|^Kustomization)$/;

/** Whether a walk finds a file of this base name (MANIFEST_GLOB): one it does not is linted only when named, or listed by a kustomization it finds. */
export function isManifestName(basename: string): boolean {
  return MANIFEST_NAME.test(basename);
}

/**
 * The files git tracks under `dir` (absolute paths, none in `.git`); none outside a git work tree or
 * without git. git runs on the repository found above `dir` by its `.git`, named explicitly so it
 * never discovers a repository laid out in the tree being linted, with the file system monitor off.
 */
function trackedFiles(dir: string): string[] {
  let root: string | undefined;
  for (let at = dir; ; at = path.dirname(at)) {
    if (statSync(path.join(at, '.git'), { throwIfNoEntry: false }) !== undefined) {
      root = at;
      break;
    }
    if (path.dirname(at) === at) return [];
  }
  let listed: string;
  try {
    // safe.directory: a checkout owned by another account (a CI container) is still listed; nothing but
    // ls-files runs, with the monitor off, so the repository's configuration can run no command.
    // node:child_process is loaded here, on first use: at start-up it also loads net, dgram and the streams
    // (about 3 ms of a one-file run, which lists nothing).
    listed = process.getBuiltinModule('node:child_process').execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', `safe.directory=${root}`, `--git-dir=${path.join(root, '.git')}`, `--work-tree=${root}`, 'ls-files', '-z', '--cached', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 30_000,
    });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const file of listed.split('\0')) {
    if (file === '') continue;
    const absolute = path.join(root, file);
    if (path.relative(dir, absolute).split(path.sep).includes('.git')) continue;
    out.push(absolute);
  }
  return out;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Expands the command line's inputs into a sorted, de-duplicated list of files. Directories are walked
 * recursively for manifest endings honouring .gitignore; symbolic links are not followed so a walk can
 * neither loop nor leave the tree the user named.
 */
export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const { cwd } = options;
  const ignore = [...ALWAYS_IGNORED, ...(options.ignore ?? [])];
  const found = new Map<string, DiscoveredFile>();
  const unmatched: string[] = [];
  const emptyDirectories: string[] = [];
  let stdin = false;
  const add = (input: string) => (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { path: absolute, displayPath: toDisplayPath(cwd, absolute), input });
  };
  const links = new Map<string, DiscoveredFile>();
  /** What a walk or glob matched: files, and links (kept apart); a directory with a manifest's name is no match. */
  const addEntries = (input: string, entries: readonly { path: string; dirent: { isFile(): boolean; isSymbolicLink(): boolean } }[]) => {
    let matched = 0;
    for (const entry of entries) {
      if (entry.dirent.isFile()) {
        add(input)(entry.path);
        matched++;
      } else if (entry.dirent.isSymbolicLink()) {
        if (!links.has(entry.path)) links.set(entry.path, { path: entry.path, displayPath: toDisplayPath(cwd, entry.path), input, link: true });
        matched++;
      }
    }
    return matched;
  };

  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const kind = kindOf(absolute);
    if (kind === 'file') {
      add(absolute)(absolute);
      continue;
    }
    // globby is loaded only for walks and globs: a run over named files starts without it.
    if (kind === 'dir') {
      const { convertPathToPattern, globbySync } = await import('globby');
      // A directory is walked from inside itself, so the cwd-relative ignore globs are anchored at cwd there
      // (with `absolute: true` the walker matches absolute ignore patterns against absolute paths).
      const cwdPattern = convertPathToPattern(cwd).replace(/\/$/, '');
      const walkIgnore = [...ALWAYS_IGNORED, ...(options.ignore ?? []).map((p) => (path.isAbsolute(p) ? p : `${cwdPattern}/${p.replace(/^\.\//, '')}`))];
      // Synchronous: the walk has nothing to overlap with, and the async walker waits on the thread pool.
      const matches = globbySync(MANIFEST_GLOB, {
        cwd: absolute,
        absolute: true,
        gitignore: true,
        ignore: walkIgnore,
        // kubectl apply -f DIR (and -R) applies dotfiles and what dot directories hold too.
        dot: true,
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
      });
      // Only what the walk did not meet is looked up again (most tracked files it already has).
      const walked = new Set(matches.map((entry) => entry.path));
      const tracked = trackedFiles(absolute).filter((file) => MANIFEST_NAME.test(path.basename(file)) && !walked.has(file));
      // A file git tracks is applied from the repository (kubectl apply -f, a GitOps controller) whatever a
      // .gitignore says, so a .gitignore the pull request adds cannot hide one that is force-added.
      // node_modules too: installed packages are not tracked, and what is tracked there is applied like the rest.
      const forced = tracked.length === 0 ? [] : globbySync(tracked.map((file) => convertPathToPattern(file)), { absolute: true, gitignore: false, ignore: walkIgnore.filter((p) => p !== '**/node_modules/**'), dot: true, followSymbolicLinks: false, onlyFiles: false, objectMode: true, suppressErrors: true });
      if (addEntries(absolute, [...matches, ...forced]) === 0) emptyDirectories.push(input);
      continue;
    }
    const { globbySync, isDynamicPattern } = await import('globby');
    if (isDynamicPattern(input)) {
      const options = { cwd, absolute: true, ignore, followSymbolicLinks: false, onlyFiles: false, objectMode: true, suppressErrors: true } as const;
      const matches = globbySync(input, { ...options, gitignore: true });
      // What a .gitignore hid from the glob and git tracks is linted too, as in a walk.
      const unignored = globbySync(input, { ...options, gitignore: false });
      const tracked = unignored.length > matches.length ? new Set(trackedFiles(cwd)) : new Set<string>();
      const forced = unignored.filter((entry) => tracked.has(entry.path));
      if (addEntries(input, [...matches, ...forced]) === 0) unmatched.push(input);
      continue;
    }
    unmatched.push(input);
  }

  // A link to a file the run lints anyway (under its own name) hides nothing; any other is reported.
  const linted = new Set([...found.keys()].map(realOrSelf));
  for (const [absolute, link] of links) if (!found.has(absolute) && !linted.has(realOrSelf(absolute))) found.set(absolute, link);
  const files = [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, stdin, unmatched, emptyDirectories };
}

/**
 * Whether a walk of `cwd` would skip this existing file because of .gitignore, node_modules, .git or the
 * ignore globs (whatever its ending); undefined when it is not a file. For `--print-config`.
 */
export async function isIgnoredFile(file: string, options: DiscoverOptions): Promise<boolean | undefined> {
  const absolute = path.resolve(options.cwd, file);
  if (kindOf(absolute) !== 'file') return undefined;
  const { convertPathToPattern, globbySync } = await import('globby');
  const cwdPattern = convertPathToPattern(options.cwd).replace(/\/$/, '');
  const ignore = [...ALWAYS_IGNORED, ...(options.ignore ?? []).map((p) => (path.isAbsolute(p) ? p : `${cwdPattern}/${p.replace(/^\.\//, '')}`))];
  const matches = globbySync(convertPathToPattern(absolute), { cwd: options.cwd, absolute: true, gitignore: true, ignore, dot: true, followSymbolicLinks: false, onlyFiles: true, suppressErrors: true });
  if (matches.length > 0) return false;
  // A walk lints what git tracks whatever .gitignore says, in node_modules too (discoverFiles).
  const explicit = globbySync(convertPathToPattern(absolute), { cwd: options.cwd, absolute: true, gitignore: false, ignore: ignore.filter((p) => p !== '**/node_modules/**'), dot: true, followSymbolicLinks: false, onlyFiles: true, suppressErrors: true });
  return !(explicit.length > 0 && trackedFiles(path.dirname(absolute)).includes(absolute));
}
