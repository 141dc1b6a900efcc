/**
 * How kubectl's stream reader (k8s.io/apimachinery pkg/util/yaml decoder.go, v0.32.4 in kubectl v1.32.4)
 * cuts a file into the objects it applies, where YAML parsers read otherwise: a stream of JSON values, a
 * `---` line with content, a YAML directive. Each case: the file, and every finding or parse-error with its
 * exact line:col (docs/architecture.md, "What kubectl's reader does with each construct").
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';
import { jsonStream } from '../../src/load/kubectl-reader.js';

const rules = builtinRules.filter((r) => r.meta.id === 'privileged-container');
const report = (text: string, file = 'a.json') => lintText(text, { file, registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}`);
const messages = (text: string, file = 'a.json') => lintText(text, { file, registry: rules }).filter((d) => d.ruleId !== 'privileged-container').map((d) => d.message);

const pod = (name: string, privileged = true) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx', securityContext: { privileged } }] } });
const col = (text: string, from = 0) => text.indexOf('"privileged"', from) + 1;

describe('JSON values one after another (encoding/json Decoder under YAMLOrJSONDecoder)', () => {
  const a = pod('a');
  const b = pod('b');
  it.each([
    ['glued together', `${a}${b}`, [`privileged-container 1:${String(col(a))}`, `yaml-compatibility 1:${String(a.length + 1)}`, `privileged-container 1:${String(a.length + col(b))}`]],
    ['JSON lines', `${a}\n${b}\n`, [`privileged-container 1:${String(col(a))}`, 'yaml-compatibility 2:1', `privileged-container 2:${String(col(b))}`]],
    ['blank lines and indentation between', `  \n${a} \n\n  ${b}`, [`privileged-container 2:${String(col(a))}`, 'yaml-compatibility 4:3', `privileged-container 4:${String(2 + col(b))}`]],
    ['a safe one between (each object is its own)', `${a}\n${pod('s', false)}\n${b}`, [`privileged-container 1:${String(col(a))}`, 'yaml-compatibility 2:1', `privileged-container 3:${String(col(b))}`]],
    ['pretty-printed, as kubectl get -o json of two objects', `${JSON.stringify(JSON.parse(a), null, 2)}\n${JSON.stringify(JSON.parse(b), null, 2)}\n`, ['privileged-container 13:11', 'yaml-compatibility 19:1', 'privileged-container 31:11']],
    ['a List and a Pod', `{"apiVersion":"v1","kind":"List","items":[${a}]}${b}`, [`privileged-container 1:${String(42 + col(a))}`, `yaml-compatibility 1:${String(45 + a.length)}`, `privileged-container 1:${String(44 + a.length + col(b))}`]],
  ])('%s: each object is checked where it is', (_, text, expected) => {
    expect(report(text)).toEqual(expected);
  });

  it('a syntax error after two values: those are checked, a parse-error where encoding/json stops', () => {
    const text = `${a}\n${b}\n{"kind": "Pod",}\n${pod('c')}`;
    expect(report(text)).toEqual([`privileged-container 1:${String(col(a))}`, 'yaml-compatibility 2:1', `privileged-container 2:${String(col(b))}`, 'parse-error 3:16']);
    expect(messages(text)[1]).toBe(
      'kubectl reads this file as a stream of JSON values (encoding/json) and stops here, at a character that does not start an object key string (a trailing comma, a comment or an unquoted key): nothing from here on is applied, and nothing in it was checked. The values before it were checked.',
    );
    expect(report(`${a}${b}}`)).toEqual([`privileged-container 1:${String(col(a))}`, `yaml-compatibility 1:${String(a.length + 1)}`, `privileged-container 1:${String(a.length + col(b))}`, `parse-error 1:${String(2 * a.length + 1)}`]);
    expect(report(`${a}${b}{"a": "x\u0001"}`).at(-1)).toBe(`parse-error 1:${String(2 * a.length + 9)}`);
    expect(report(`${a}${b}{"a": [1, 2`).at(-1)).toBe(`parse-error 1:${String(2 * a.length + 12)}`);
  });

  it('the warning says what kubectl does and what other tools do', () => {
    expect(messages(`${a}\n${b}`)).toEqual([
      'This file holds 2 JSON values one after another. kubectl reads such a stream with encoding/json (k8s.io/apimachinery YAMLOrJSONDecoder) and applies each object, and each was checked; it is no YAML, so YAML tools and kustomize reject the file: write one object per file, a List, or YAML documents separated by ---.',
    ]);
  });

  it('values that are no object are no object here either (kubectl: "cannot unmarshal ... into unstructured.detector", and reads on)', () => {
    const text = `${a} 5 "s" null [${b}] ${b}`;
    // The Pod inside the array is no object kubectl reads (an array is no object); the last one is.
    expect(report(text)).toEqual([`privileged-container 1:${String(col(a))}`, `yaml-compatibility 1:${String(a.length + 2)}`, `privileged-container 1:${String(text.lastIndexOf('"privileged"') + 1)}`]);
  });

  it('one JSON value, or one then YAML, is read as before (kubectl v0.33+ reads the rest as YAML)', () => {
    expect(jsonStream(a)).toBeUndefined();
    expect(jsonStream(`${a}\n---\nkind: Pod\n`)).toBeUndefined();
    expect(jsonStream('kind: Pod\n')).toBeUndefined();
    expect(report(`${a}\n---\n${b}`, 'a.yaml')).toEqual([`privileged-container 1:${String(col(a))}`, `privileged-container 3:${String(col(b))}`]);
    // A trailing comma: JSON rejects it, go-yaml reads the flow mapping (kubectl v0.33+ falls back to YAML).
    const doubled = a.replace('"c",', '"c",,');
    expect(report(doubled)).toEqual([`parse-error 1:${String(doubled.indexOf(',,') + 2)}`]);
    expect(report(a.replace('}]}}', '},]}}'))).toEqual([`privileged-container 1:${String(col(a))}`]);
  });
});

describe('lines kubectl\'s reader fails at (YAMLReader.Read, go-yaml on what it hands over)', () => {
  const yamlPod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext: {privileged: true}\n`;
  const yreport = (text: string) => report(text, 'a.yaml');
  it.each([
    ['--- with a flow mapping on it', `${yamlPod('a')}--- {apiVersion: v1, kind: Pod}\n---\n${yamlPod('c')}`, ['parse-error 9:1', 'privileged-container 18:25']],
    ['--- with a flow mapping, first line', `--- ${JSON.stringify(JSON.parse(pod('b')))}\n`, ['parse-error 1:1']],
    ['---- (a fourth dash)', `${yamlPod('a')}----\n${yamlPod('b')}`, ['parse-error 9:1']],
    ['after a good separator, the document before is kept', `${yamlPod('a')}---\n${yamlPod('b')}--- x\n`, ['privileged-container 8:25', 'parse-error 18:1']],
    ['%YAML 1.1', `%YAML 1.1\n---\n${yamlPod('a')}`, ['parse-error 1:1']],
    ['%TAG', `%TAG !e! tag:example.com,2000:\n---\n${yamlPod('a')}`, ['parse-error 1:1']],
    ['a directive in the second document', `${yamlPod('a')}---\n%YAML 1.1\n---\n${yamlPod('b')}`, ['privileged-container 8:25', 'parse-error 10:1']],
  ])('%s', (_, text, expected) => {
    expect(yreport(text)).toEqual(expected);
  });

  it('says why', () => {
    expect(messages(`--- {a: 1}\n`, 'a.yaml')).toEqual([
      'kubectl rejects this line: a line that starts with --- may hold only blanks or a comment after it (k8s.io/apimachinery YAMLReader: "invalid Yaml document separator"), so it applies neither the document this line ends nor anything after it, and neither was checked. Put the content on the next line.',
    ]);
    expect(messages(`%YAML 1.1\n---\na: 1\n`, 'a.yaml')).toEqual([
      'kubectl rejects a YAML directive (%YAML): its reader (k8s.io/apimachinery YAMLReader) cuts the stream at the --- line after it and hands go-yaml the directive without its document ("did not find expected <document start>"), so nothing from here on is applied, and the document was not checked. Remove the directive: Kubernetes reads YAML 1.1 without it.',
    ]);
  });

  it('a separator with a comment, or blanks, is no failure; nor is % inside a value', () => {
    expect(yreport(`${yamlPod('a')}--- # next\n${yamlPod('b')}`)).toEqual(['privileged-container 8:25', 'privileged-container 17:25']);
    expect(yreport(`${yamlPod('a')}  hostname: "%x"\n`)).toEqual(['privileged-container 8:25']);
  });
});

describe('content after a ... marker (kubectl ignores it up to the next --- line)', () => {
  const yamlPod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext: {privileged: true}\n`;
  it.each([
    ['a document after ...', `${yamlPod('a')}...\n${yamlPod('b')}`, ['privileged-container 8:25', 'yaml-compatibility 9:1', 'privileged-container 17:25']],
    ['... with a comment', `${yamlPod('a')}... # end\n${yamlPod('b')}`, ['privileged-container 8:25', 'yaml-compatibility 9:1', 'privileged-container 17:25']],
  ])('%s: checked as written, with a warning on the marker', (_, text, expected) => {
    expect(report(text, 'a.yaml')).toEqual(expected);
  });

  it('no warning when a --- line follows the marker, or only comments do', () => {
    expect(report(`${yamlPod('a')}...\n---\n${yamlPod('b')}`, 'a.yaml')).toEqual(['privileged-container 8:25', 'privileged-container 18:25']);
    expect(report(`${yamlPod('a')}...\n# the end\n`, 'a.yaml')).toEqual(['privileged-container 8:25']);
  });

  it('says why', () => {
    expect(messages(`a: 1\n...\nb: 2\n`, 'a.yaml')).toEqual([
      'kubectl ignores everything after this ... marker up to the next --- line, with no error (its reader splits documents only at ---, and go-yaml reads one document of what it is handed), so it does not apply what follows; kustomize and YAML tools read it as a document, and it was checked as written. Start the next document with a --- line.',
    ]);
  });
});
