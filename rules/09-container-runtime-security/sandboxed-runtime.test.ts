import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './sandboxed-runtime.js';

const settings = { inScope: { matchLabels: { 'pci-scope': 'cde' } } };
const HANDLERS = 'runsc, gvisor, kata, kata-*, firecracker';

/** An in-scope Deployment (by its pod template label) with an optional runtimeClassName line. */
const deployment = (runtimeClass: string) => dedent`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: payments
  spec:
    template:
      metadata:
        labels:
          pci-scope: cde
      spec:
        ${runtimeClass}
        containers:
          - name: app
            image: app:1
`;

const runtimeClass = (name: string, handler: string) => dedent`
  ---
  apiVersion: node.k8s.io/v1
  kind: RuntimeClass
  metadata:
    name: ${name}
  handler: ${handler}
`;

testRule(rule, {
  valid: [
    { name: 'gVisor RuntimeClass defined later in the input', code: `${deployment('runtimeClassName: gvisor')}\n${runtimeClass('gvisor', 'runsc')}`, settings },
    { name: 'Kata handler matched by the kata-* glob', code: `${runtimeClass('kata', 'kata-qemu').replace('---\n', '')}\n---\n${deployment('runtimeClassName: kata')}`, settings },
    { name: 'a RuntimeClass defined outside the input, listed by name', code: deployment('runtimeClassName: gke-sandbox'), settings, options: { sandboxHandlers: ['runsc'], sandboxRuntimeClasses: ['gke-*'] } },
    { name: 'a custom sandbox handler', code: `${deployment('runtimeClassName: secure')}\n${runtimeClass('secure', 'my-vm')}`, settings, options: { sandboxHandlers: ['my-vm'], sandboxRuntimeClasses: [] } },
    {
      name: 'node.k8s.io/v1alpha1 RuntimeClass keeps the handler in spec.runtimeHandler',
      code: `${deployment('runtimeClassName: gvisor')}\n---\napiVersion: node.k8s.io/v1alpha1\nkind: RuntimeClass\nmetadata:\n  name: gvisor\nspec:\n  runtimeHandler: runsc\n`,
      settings,
    },
    {
      name: 'out-of-scope workloads are not checked',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: tools
          labels:
            pci-scope: none
        spec:
          containers:
            - name: app
      `,
      settings,
    },
    {
      name: 'not configured and no workloads: no notice',
      code: runtimeClass('gvisor', 'runsc').replace('---\n', ''),
    },
  ],
  invalid: [
    {
      name: 'in scope by the object label, no runtimeClassName: reported on the spec key',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: checkout
          labels:
            pci-scope: cde
        spec:
          containers:
            - name: app
      `,
      settings,
      errors: [{ messageId: 'noRuntimeClass', data: { owner: 'Pod "checkout"', handlers: HANDLERS }, line: 7, column: 1, endLine: 7, endColumn: 5 }],
    },
    {
      name: 'a RuntimeClass whose handler is runc',
      code: `${deployment('runtimeClassName: fast')}\n${runtimeClass('fast', 'runc')}`,
      settings,
      errors: [
        { messageId: 'notSandbox', data: { owner: 'Deployment "payments"', runtimeClass: 'fast', handler: 'runc', handlers: HANDLERS }, line: 11, column: 25, endLine: 11, endColumn: 29 },
      ],
    },
    {
      name: 'a RuntimeClass that is not in the input',
      code: deployment('runtimeClassName: gvisor'),
      settings,
      errors: [{ messageId: 'unknownRuntimeClass', data: { owner: 'Deployment "payments"', runtimeClass: 'gvisor' }, line: 11, column: 25 }],
    },
    {
      name: 'matchExpressions select the workload',
      code: deployment('# no runtime class'),
      settings: { inScope: { matchExpressions: [{ key: 'pci-scope', operator: 'In', values: ['cde', 'connected'] }] } },
      errors: [{ messageId: 'noRuntimeClass', data: { owner: 'Deployment "payments"', handlers: HANDLERS }, line: 10, column: 5 }],
    },
    {
      name: 'an invalid selector is reported once and checks nothing',
      code: deployment(''),
      settings: { inScope: { matchExpressions: [{ key: 'pci-scope', operator: 'Gt', values: ['1'] }] } } as never,
      errors: [{ messageId: 'invalidSelector', data: { problems: 'matchExpressions[0].operator must be one of In, NotIn, Exists, DoesNotExist' }, line: 10, column: 5, severity: 'error' }],
    },
  ],
});
