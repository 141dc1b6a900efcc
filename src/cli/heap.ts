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

/** Sets the heap growth of this process (every thread) unless node was started with its own. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setV8Flags): void {
  if (execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(FLAG))) return;
  setFlags(`${FLAG}=${PERCENT}`);
}
