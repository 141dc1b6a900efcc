import type { ChunkFormatter } from './types.js';

/**
 * The output formats by name, each loaded when it is asked for: a run needs one of ten, and the CLI's
 * start-up should not pay for the others. (The library's `formatters` map loads them all.)
 */
const LOADERS = {
  stylish: async () => (await import('./stylish.js')).stylishChunks,
  json: async () => (await import('./json.js')).jsonChunks,
  'json-summary': async () => (await import('./json.js')).jsonSummaryChunks,
  sarif: async () => (await import('./sarif.js')).sarifChunks,
  junit: async () => (await import('./junit.js')).junitChunks,
  github: async () => (await import('./github.js')).githubChunks,
  gitlab: async () => (await import('./gitlab.js')).gitlabChunks,
  markdown: async () => (await import('./coverage/index.js')).markdownChunks,
  html: async () => (await import('./coverage/index.js')).htmlChunks,
  'coverage-json': async () => (await import('./coverage/index.js')).coverageJsonChunks,
} satisfies Record<string, () => Promise<ChunkFormatter>>;

/** The names `--format` accepts. */
export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

/** The chunked formatter for a format name, or undefined for an unknown name. */
export async function loadFormatter(name: string): Promise<ChunkFormatter | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as keyof typeof LOADERS]() : undefined;
}
