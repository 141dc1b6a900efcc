/**
 * Builders for control-plane test manifests with a fixed layout, so case tables can state positions:
 * in `staticPod(component, ...flags)` the `command:` key is at line 10, column 7, the binary at line 11 and
 * flag n (1-based) at line 11 + n, column 11.
 */
export function staticPod(component: string, ...flags: string[]): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${component}`,
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    `    - name: ${component}`,
    `      image: registry.k8s.io/${component}:v1.30.0`,
    '      command:',
    `        - ${component}`,
    ...flags.map((f) => `        - ${f}`),
  ].join('\n');
}
