/**
 * What go-yaml v2 (under sigs.k8s.io/yaml, as kubectl decodes manifests) reads otherwise than YAML 1.2:
 * merge keys applied in the order written, keys that collide only in JSON, YAML 1.1 integers. Each is read
 * as kubectl reads it, on both load paths, and where other tools read it otherwise there is one warning.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, parseWithYaml, type ParsedFile } from '../../src/load/parse.js';
import { fastParse } from '../../src/load/fast-parse.js';
import { toPosition } from '../../src/load/positions.js';

const parse = (text: string): ParsedFile => parseSource({ file: 'test.yaml', text });
const notes = (parsed: ParsedFile) =>
  (parsed.lenient ?? []).map((n) => {
    const at = toPosition(parsed.lineCounter, n.span);
    return [n.code, `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`, n.message];
  });
const located = (parsed: ParsedFile, path: (string | number)[]) => {
  const found = parsed.documents[0]?.locate(path, 'pair');
  if (!found) return undefined;
  const at = toPosition(parsed.lineCounter, found.span);
  return `${at.line}:${at.column}-${at.endLine}:${at.endColumn}${found.exact ? '' : ' (ancestor)'}`;
};

const replaced = (key: string, at: string) =>
  `The key ${key} is set again by the merge key (<<) after it, at line ${at}. kubectl (go-yaml) applies merge keys in the order written, so the merged value replaces this one, and the document was checked with it; the YAML merge-key specification and most other YAML tools keep this value instead. Write the key after the << line so that every tool reads the same value.`;
const laterMerge = (what: string, at: string) =>
  `This merge key (<<) and a later one in the same mapping, at line ${at}, both set ${what}. kubectl (go-yaml) keeps the later one's values, and the document was checked with them; most other YAML tools keep this one's. Merge both in one sequence (<<: [*first, *second]), where every tool lets the first win.`;

describe('merge keys, applied in the order written (go-yaml v2 decode.go)', () => {
  it('a << after an explicit key replaces it: the merged value is checked and located, with a warning on the key', () => {
    const parsed = parse(
      ['base: &base', '  privileged: true', 'containers:', '  - name: proxy', '    securityContext:', '      privileged: false', '      <<: *base', ''].join('\n'),
    );
    expect(parsed.documents[0]?.problem).toBeUndefined();
    expect(parsed.documents[0]?.toValue()).toEqual({ base: { privileged: true }, containers: [{ name: 'proxy', securityContext: { privileged: true } }] });
    expect(located(parsed, ['containers', 0, 'securityContext', 'privileged'])).toBe('2:3-2:19');
    expect(notes(parsed)).toEqual([['MERGE_ORDER', '6:7-6:17', replaced('"privileged"', '7:7')]]);
  });

  it('an explicit key after the << wins for every tool: no warning, and it is located', () => {
    const parsed = parse('base: &base {privileged: true, runAsUser: 0}\nsc:\n  <<: *base\n  privileged: false\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ base: { privileged: true, runAsUser: 0 }, sc: { privileged: false, runAsUser: 0 } });
    expect(located(parsed, ['sc', 'privileged'])).toBe('4:3-4:20');
    expect(located(parsed, ['sc', 'runAsUser'])).toBe('1:32-1:44');
    expect(parsed.lenient).toBeUndefined();
  });

  it('of two << in one mapping the later wins, with one warning on the earlier naming the shared key', () => {
    const parsed = parse('a: &a {x: 1, w: 1}\nb: &b {x: 2}\nm:\n  <<: *a\n  <<: *b\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ a: { x: 1, w: 1 }, b: { x: 2 }, m: { x: 2, w: 1 } });
    expect(located(parsed, ['m', 'x'])).toBe('2:8-2:12');
    expect(located(parsed, ['m', 'w'])).toBe('1:14-1:18');
    expect(notes(parsed)).toEqual([['MERGE_ORDER', '4:3-4:5', laterMerge('the key "x"', '5:3')]]);
  });

  it('within one merge sequence the first map wins for go-yaml too: no warning', () => {
    const parsed = parse('a: &a {x: 1}\nb: &b {x: 2, z: 3}\nm:\n  <<: [*a, *b]\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ a: { x: 1 }, b: { x: 2, z: 3 }, m: { x: 1, z: 3 } });
    expect(located(parsed, ['m', 'x'])).toBe('1:8-1:12');
    expect(parsed.lenient).toBeUndefined();
  });

  it('follows merges of merges, and counts several shared keys', () => {
    const parsed = parse('a: &a {x: 1, w: 1}\nb: &b\n  <<: *a\nm:\n  x: 0\n  <<: {x: 5, w: 5}\n  <<: *b\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ a: { x: 1, w: 1 }, b: { x: 1, w: 1 }, m: { x: 1, w: 1 } });
    expect(notes(parsed)).toEqual([
      ['MERGE_ORDER', '5:3-5:4', replaced('"x"', '6:3')],
      ['MERGE_ORDER', '6:3-6:5', laterMerge('2 keys ("x" and others)', '7:3')],
    ]);
  });

  it('a quoted "<<" is an ordinary key, and a merge through an alias bomb stays bounded', () => {
    expect(parse('"<<": {a: 1}\na: 2\n').documents[0]?.toValue()).toEqual({ '<<': { a: 1 }, a: 2 });
    const levels = ['l0: &l0 {k: v}'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i}\n  <<: [${Array.from({ length: 8 }, () => `*l${i - 1}`).join(', ')}]\n  k: w`);
    const parsed = parse(`${levels.join('\n')}\n`);
    expect(parsed.lenient).toBeUndefined();
  });
});

describe('keys that differ in YAML and collide in JSON (sigs.k8s.io/yaml convertToJSONableObject)', () => {
  const collision = (first: string, last: string, at: string, json: string) =>
    `The key ${first} and the key ${last} at line ${at} are different YAML keys but the same JSON key, "${json}". kubectl (sigs.k8s.io/yaml) converts keys to strings and then keeps one of the two values, and which one is not defined, so the document was checked with the later one. Write the key once, quoted.`;

  it('warns on 1 and "1", on on and "true", on 1.5 and "1.5"; checks the later value', () => {
    const parsed = parse('data:\n  1: a\n  "1": b\n  on: c\n  "true": d\n  1.5: e\n  "1.5": f\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ data: { 1: 'b', true: 'd', 1.5: 'f' } });
    expect(notes(parsed)).toEqual([
      ['JSON_KEY_COLLISION', '2:3-2:4', collision('"1"', '"\\"1\\""', '3:3', '1')],
      ['JSON_KEY_COLLISION', '4:3-4:5', collision('"on"', '"\\"true\\""', '5:3', 'true')],
      ['JSON_KEY_COLLISION', '6:3-6:6', collision('"1.5"', '"\\"1.5\\""', '7:3', '1.5')],
    ]);
  });

  it('says nothing of keys that collide nowhere, or of floats whose JSON spelling it cannot be sure of', () => {
    expect(parse('data:\n  1: a\n  "2": b\n  true: c\n').lenient).toBeUndefined();
    expect(parse('data:\n  1e7: a\n  "10000000": b\n  0.1234567: c\n  "0.1234567": d\n').lenient).toBeUndefined();
  });
});

describe('YAML 1.1 integers (go-yaml v2 resolve.go)', () => {
  const cases: [string, unknown][] = [
    ['0644', 420],
    ['0400', 256],
    ['00', 0],
    ['0', 0],
    ['1_000', 1000],
    ['0b101', 5],
    ['-0b11', -3],
    ['0B11', 3],
    ['-0x10', -16],
    ['0X1F', 31],
    ['0x1f', 31],
    ['0o17', 15],
    ['0O17', 15],
    ['+5', 5],
    ['-_1', -1],
    ['09', 9],
    ['1e3', 1000],
    ['0x1_F', 31],
    ['0xFFFFFFFFFFFFFFFFF', '0xFFFFFFFFFFFFFFFFF'],
    ['_1', '_1'],
    ['0x', '0x'],
    ['"0644"', '0644'],
  ];
  it.each(cases)('%s reads as go-yaml reads it, on both load paths', (written, value) => {
    const text = `mode: ${written}\n`;
    expect(parseWithYaml('t.yaml', text).documents[0]?.toValue()).toEqual({ mode: value });
    const fast = fastParse(text);
    if (fast) expect(fast[0]?.value).toEqual({ mode: value });
  });

  it('the fast path keeps YAML 1.1 integers (no fallback for them)', () => {
    expect(fastParse('defaultMode: 0644\nreplicas: 1_0\n')?.[0]?.value).toEqual({ defaultMode: 420, replicas: 10 });
  });
});

describe('NEL, LS and PS end a line for go-yaml v2 (yamlh.go is_break), not for YAML 1.2', () => {
  // kubectl label --local -o json (v1.32) applies privileged: true from each of these.
  it.each([
    ['NEL', '\u0085'],
    ['LS', '\u2028'],
    ['PS', '\u2029'],
  ])('a %s after a comment starts a line kubectl reads: checked, located, with one warning', (_, lineBreak) => {
    const text = `securityContext:\n  runAsNonRoot: true # note${lineBreak}  privileged: true\n`;
    const parsed = parse(text);
    expect(parsed.documents[0]?.problem).toBeUndefined();
    expect(parsed.documents[0]?.toValue()).toEqual({ securityContext: { runAsNonRoot: true, privileged: true } });
    expect(located(parsed, ['securityContext', 'privileged'])).toBe('3:3-3:19');
    expect(notes(parsed)).toEqual([
      [
        'YAML11_LINE_BREAK',
        '2:28-3:1',
        `This file has 1 line break that only YAML 1.1 reads as one (NEL, LS or PS: U+0085, U+2028, U+2029), the first here. kubectl (go-yaml) starts a new line at each and the file was checked that way; YAML 1.2 tools (yamllint, editors, Helm) read them as ordinary characters and may show something else: use LF line breaks.`,
      ],
    ]);
  });

  it('the yaml path reads them so too, and a file without them has no warning', () => {
    const text = 'a: |\n  x\u2028b: 1\n';
    const parsed = parse(text);
    expect(parsed.documents[0]?.toValue()).toEqual({ a: 'x\n', b: 1 });
    expect(parse('a: 1\n').lenient).toBeUndefined();
  });
});

describe('!!binary and YAML 1.1 floats (go-yaml v2 decode.go, resolve.go)', () => {
  // kubectl label --local -o json (v1.32) applies each of these values.
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    [`!!binary ${b64('/var/run/docker.sock')}`, '/var/run/docker.sock'],
    [`!!binary |\n    ${b64('evil.example.com/x:latest').slice(0, 20)}\n    ${b64('evil.example.com/x:latest').slice(20)}`, 'evil.example.com/x:latest'],
    ['!!float 0', 0],
    ['!!float 1_0', 10],
    ['!!float 2.5', 2.5],
    ['0_0.0', 0],
    ['1_000.5', 1000.5],
    ['-_1.5e0_1', -15],
    ['1_0.0.0', '1_0.0.0'],
    ['._5', '._5'],
  ])('%s reads as kubectl applies it', (written, value) => {
    const text = `v: ${written}\n`;
    const parsed = parse(text);
    expect(parsed.documents[0]?.problem).toBeUndefined();
    expect(parsed.documents[0]?.toValue()).toEqual({ v: value });
    expect(parseWithYaml('t.yaml', text).documents[0]?.toValue()).toEqual({ v: value });
  });

  it.each([
    ['!!binary not*base64', 'The !!binary value is not base64: kubectl (go-yaml) rejects it.'],
    ['!!float abc', 'The !!float value is not a number: kubectl (go-yaml) rejects it.'],
  ])('%s is an error, as kubectl rejects it, quoting nothing', (written, message) => {
    expect(parse(`v: ${written}\n`).documents[0]?.problem?.message).toBe(message);
  });
});
