/**
 * `pci-lint/testing` as built (dist/testing.js): its testRule registers and runs a case table for a rule
 * defined outside the bundle.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Testing from '../../src/testing/index.js';
import privileged from '../../rules/03-workload-security/privileged-container.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = pathToFileURL(path.join(root, 'dist/testing.js')).href;
const { testRule } = (await import(built)) as typeof Testing;

testRule(privileged, {
  valid: [{ name: 'an unprivileged container', code: 'kind: Pod\napiVersion: v1\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n' }],
  invalid: [
    {
      name: 'a privileged container',
      code: 'kind: Pod\napiVersion: v1\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext: {privileged: true}\n',
      errors: [{ messageId: 'privileged', data: { container: 'c' }, line: 8, column: 25 }],
    },
  ],
});
