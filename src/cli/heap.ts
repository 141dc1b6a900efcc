/**
 * A large run keeps a few tens of MB of findings and facts live while it allocates far more short-lived
 * data. V8 lets the heap grow to up to four times what survived the last full collection before it
 * collects again, so the peak memory of a large run grew with that multiple of what it keeps. Growing by
 * 30% instead: peak RSS over 4× the bench corpus 184–198 MB against 228–233 MB without, the run's time
 * within the noise.
 *
 * The flag is set only once a run turns out large (loading node:v8 and the extra collections would cost
 * small runs start-up time), and only after every worker thread has compiled the CLI bundle: V8 checks
 * the flags a code cache was made under, and the build makes the cache without this one.
 */
const FLAG = '--heap-growing-percent';
const PERCENT = 30;

const setV8Flags = (flags: string) => {
  process.getBuiltinModule('node:v8').setFlagsFromString(flags);
};

const startedWith = (execArgv: readonly string[], flags: readonly string[]) => execArgv.some((arg) => flags.some((flag) => arg.replaceAll('_', '-').startsWith(flag)));

/** Sets the heap growth of this process (every thread) unless node was started with its own. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setV8Flags): void {
  if (startedWith(execArgv, [FLAG])) return;
  setFlags(`${FLAG}=${PERCENT}`);
}

/**
 * The young generation's largest size here: two semi-spaces of 16 MiB, the most V8 11 (Node 20) gives a
 * process without pointer compression. V8 13 (Node 24) lets them grow to 64 MiB each, and a long run's
 * survivors make it grow them: over 4× the fifth real corpus of docs/performance.md the new space reached
 * 134 MB (67 MB over 1×), peak RSS 344 MB against Node 20's 160. The maximum is fixed when the heap is set
 * up, but how much the new space grows at a time is read when it grows (`--semi-space-growth-factor`, 2 by
 * default): set to 1 once the new space has reached this size, it grows no further.
 */
export const YOUNG_GENERATION_LIMIT_BYTES = 32 * 1024 * 1024;
const YOUNG_FLAGS = ['--semi-space-growth-factor', '--max-semi-space-size', '--min-semi-space-size', '--max-young-generation-size', '--scavenger-max-new-space-capacity-mb'];

const newSpaceBytes = () => process.getBuiltinModule('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/**
 * A check to run between files of a large run: once the new space has reached YOUNG_GENERATION_LIMIT_BYTES
 * it stops its growth and returns true (then it need not run again). Undefined when node was started with
 * its own young generation flags.
 */
export function youngGenerationLimiter(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setV8Flags, newSpace: () => number = newSpaceBytes): (() => boolean) | undefined {
  if (startedWith(execArgv, YOUNG_FLAGS)) return undefined;
  return () => {
    if (newSpace() < YOUNG_GENERATION_LIMIT_BYTES) return false;
    setFlags(`${YOUNG_FLAGS[0]}=1`);
    return true;
  };
}
