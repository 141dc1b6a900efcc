import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './duplicate-object.js';

const pod = (name: string, namespace?: string) => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}${namespace === undefined ? '' : `\n    namespace: ${namespace}`}
  spec:
    containers:
      - name: c
        image: c
`;

testRule(rule, {
  valid: [
    { name: 'same name, other namespaces', code: `${pod('web', 'a')}\n---\n${pod('web', 'b')}` },
    { name: 'same name, other kinds', code: `${pod('web')}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n` },
    { name: 'same kind and name in another API group', code: 'apiVersion: example.com/v1\nkind: Pod\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n' },
    { name: 'generateName objects are named by the server', code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: run-\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: run-\n' },
    { name: 'an explicit namespace and none are not the same when no default namespace is set', code: `${pod('web', 'default')}\n---\n${pod('web')}` },
    { name: 'a name that is not a string is not compared', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a]\n' },
  ],
  invalid: [
    {
      name: 'the second of two documents with the same group, kind, namespace and name',
      code: `${pod('web', 'shop')}\n---\n${pod('web', 'shop')}`,
      errors: [{ messageId: 'duplicate', data: { kind: 'Pod', name: 'web', namespace: ' in namespace "shop"', where: 'at line 4' }, line: 14, column: 9, endLine: 14, endColumn: 12 }],
    },
    {
      name: 'every copy after the first, across API versions of one group, and items of a List',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        ---
        apiVersion: apps/v1beta2
        kind: Deployment
        metadata:
          name: api
        ---
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
      `,
      errors: [
        { messageId: 'duplicate', data: { kind: 'Deployment', name: 'api', namespace: '', where: 'at line 4' }, line: 9, column: 9, endLine: 9, endColumn: 12 },
        { messageId: 'duplicate', data: { kind: 'Deployment', name: 'api', namespace: '', where: 'at line 4' }, line: 17, column: 13, endLine: 17, endColumn: 16 },
      ],
    },
    {
      name: 'with a default namespace, objects without one are in it',
      code: `${pod('web', 'shop')}\n---\n${pod('web')}`,
      settings: { defaultNamespace: 'shop' },
      errors: [{ messageId: 'duplicate', data: { kind: 'Pod', name: 'web', namespace: '', where: 'at line 4' }, line: 14, column: 9, endLine: 14, endColumn: 12 }],
    },
  ],
});
