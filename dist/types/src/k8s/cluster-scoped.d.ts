/** True when objects of this API group (`''` for the core group) and kind are cluster-scoped. */
export declare function isClusterScopedKind(group: string, kind: string): boolean;
