/**
 * A document shaped like a Kubernetes object that lacks its apiVersion or its kind is none pci-lint can
 * check and one kubectl refuses ("apiVersion not set", "Object 'Kind' is missing", kubectl v1.32.4): a
 * parse-error at the field it has, so a pull request that drops the apiVersion of a privileged Pod fails
 * the gate instead of passing unchecked (untypedObject in src/model/document.ts). Other tools' files shaped
 * alike are left alone.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';

const rules = builtinRules.filter((r) => r.meta.id === 'privileged-container');
const report = (text: string) => lintText(text, { file: 'a.yaml', registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)} ${d.severity} ${d.message}`);

const privilegedPod = (head: string) => `${head}metadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext:\n      privileged: true\n`;
const NO_API_VERSION = (kind: string) => `This ${kind} has no apiVersion, so kubectl refuses it ("apiVersion not set") and pci-lint cannot check it. Add the apiVersion it is meant for.`;
const NO_KIND = (apiVersion: string) => `This object of ${apiVersion} has no kind, so kubectl refuses it ("Object 'Kind' is missing") and pci-lint cannot check it. Add its kind.`;

describe('objects without apiVersion or kind', () => {
  const cases: [string, string, string[]][] = [
    ['a Pod without apiVersion', privilegedPod('kind: Pod\n'), [`parse-error 1:1 error ${NO_API_VERSION('Pod')}`]],
    ['a Deployment whose apiVersion is empty', `# a comment\napiVersion: ""\nkind: Deployment\nmetadata:\n  name: d\n`, [`parse-error 3:1 error ${NO_API_VERSION('Deployment')}`]],
    ['a core object without kind', privilegedPod('apiVersion: v1\n'), [`parse-error 1:1 error ${NO_KIND('v1')}`]],
    ['the second document of a stream, the first still linted', `${privilegedPod('apiVersion: v1\nkind: Pod\n')}---\n${privilegedPod('kind: Pod\n')}`, ['privileged-container 10:7 error Container "c" runs privileged, with full access to the node.', `parse-error 12:1 error ${NO_API_VERSION('Pod')}`]],
    [
      'an item of a List without apiVersion, the other item still linted',
      'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: b}\n  spec:\n    containers:\n    - name: c\n      image: nginx\n      securityContext: {privileged: true}\n',
      [`parse-error 4:3 error ${NO_API_VERSION('Pod')}`, 'privileged-container 13:25 error Container "c" runs privileged, with full access to the node.'],
    ],
    ['items of a PodList take its type', 'apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n', []],
    ["operator-sdk's scorecard configuration (a kind no cluster has)", 'kind: Configuration\nmetadata:\n  name: config\nstages: []\n', []],
    ['a Chart.yaml (an apiVersion no cluster serves, no metadata)', 'apiVersion: v2\nname: chart\nversion: 1.0.0\n', []],
    ['an object of another group without kind', 'apiVersion: example.com/v1\nmetadata:\n  name: x\n', []],
    ['a Policy without apiVersion (a name other tools use too)', 'kind: Policy\nmetadata:\n  name: p\n', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(report(text)).toEqual(expected);
  });
});
