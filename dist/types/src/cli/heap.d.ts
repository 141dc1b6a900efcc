/** Sets the heap growth of this process (every thread) unless node was started with its own. */
export declare function limitHeapGrowth(execArgv?: readonly string[], setFlags?: (flags: string) => void): void;
