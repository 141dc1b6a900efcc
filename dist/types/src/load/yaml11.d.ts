/**
 * Kubernetes reads manifests with go-yaml v2 (sigs.k8s.io/yaml), which resolves the YAML 1.1 booleans
 * `yes`/`no`/`on`/`off`/`y`/`n` that YAML 1.2 keeps as strings. Both load paths resolve them the same way,
 * so `privileged: yes` does not slip past the rules. (Source: go-yaml v2 resolve.go, the bool entries of
 * resolveMapList.)
 */
export declare const YAML11_BOOLEAN: RegExp;
/** The boolean a YAML 1.1 word stands for (call only for text matching {@link YAML11_BOOLEAN}). */
export declare function yaml11BooleanValue(text: string): boolean;
