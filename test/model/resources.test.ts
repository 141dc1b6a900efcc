import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { toPosition } from '../../src/load/positions.js';
import { resourcesOfDocument } from '../../src/model/document.js';
import { resourcesIn } from '../../src/model/resource.js';

describe('resourcesIn', () => {
  it('wraps a Kubernetes object at the document root', () => {
    const value = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop', labels: { app: 'web', replicas: 3 }, annotations: { note: 'x' } },
    };
    const [resource, ...rest] = resourcesIn(value);
    expect(rest).toEqual([]);
    expect(resource?.path).toEqual([]);
    expect(resource?.value).toBe(value);
    expect(resource?.ref).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' });
    expect(resource?.group).toBe('apps');
    // Only string label values are kept.
    expect(resource?.labels).toEqual({ app: 'web' });
    expect(resource?.annotations).toEqual({ note: 'x' });
    expect(resource?.pathTo('metadata', 'labels')).toEqual(['metadata', 'labels']);
  });

  it('uses generateName when there is no name, and the empty group for core kinds', () => {
    const [resource] = resourcesIn({ apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'job-' } });
    expect(resource?.ref).toEqual({ apiVersion: 'v1', kind: 'Pod', name: 'job-' });
    expect(resource?.group).toBe('');
  });

  it('expands kind: List into its items with ["items", i] paths, skipping items that are not objects', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'a' } },
        'just a string',
        { apiVersion: 'v1', metadata: { name: 'no-kind' } },
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'b' } },
      ],
    };
    expect(resourcesIn(list).map((r) => [r.kind, r.name, r.path])).toEqual([
      ['ServiceAccount', 'a', ['items', 0]],
      ['Deployment', 'b', ['items', 3]],
    ]);
  });

  it('expands typed lists such as DeploymentList', () => {
    const list = { apiVersion: 'apps/v1', kind: 'DeploymentList', items: [{ apiVersion: 'apps/v1', kind: 'Deployment' }] };
    expect(resourcesIn(list).map((r) => r.path)).toEqual([['items', 0]]);
  });

  // kubectl (apimachinery unstructured helpers.go `decode`, `decodeToList`; `kubectl label --local -o json`
  // v1.32 shows it) reads any object with an items array as a list, whatever its kind, and applies the
  // items only; an item with neither kind nor apiVersion takes the list's kind less "List" and its apiVersion.
  it('expands an items array whatever the kind, and an item without kind and apiVersion takes the list\u2019s', () => {
    const pod = { metadata: { name: 'web' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const identity = (value: unknown) => resourcesIn(value).map((r) => [r.apiVersion, r.kind, r.name, r.path]);
    expect(identity({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'innocent' }, items: [{ apiVersion: 'v1', kind: 'Pod', ...pod }] })).toEqual([['v1', 'Pod', 'web', ['items', 0]]]);
    expect(identity({ kind: 'Whatever', items: [{ apiVersion: 'v1', kind: 'Pod', ...pod }] })).toEqual([['v1', 'Pod', 'web', ['items', 0]]]);
    expect(identity({ apiVersion: 'v1', kind: 'PodList', items: [pod] })).toEqual([['v1', 'Pod', 'web', ['items', 0]]]);
    expect(identity({ apiVersion: 'v1', kind: 'Pod', items: [pod] })).toEqual([['v1', 'Pod', 'web', ['items', 0]]]);
    expect(resourcesIn({ apiVersion: 'v1', kind: 'Pod', items: [pod] })[0]?.value).toEqual({ apiVersion: 'v1', kind: 'Pod', ...pod });
    // kubectl rejects these items: kind: List leaves an empty kind, a list without apiVersion an empty apiVersion.
    expect(identity({ apiVersion: 'v1', kind: 'List', items: [pod] })).toEqual([]);
    expect(identity({ kind: 'PodList', items: [pod] })).toEqual([]);
    // items that are not an array make kubectl fail: the object is still checked as written.
    expect(identity({ apiVersion: 'v1', kind: 'Pod', items: 'x', ...pod })).toEqual([['v1', 'Pod', 'web', []]]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'kind: Pod'],
    ['an array', [{ apiVersion: 'v1', kind: 'Pod' }]],
    ['a map without apiVersion', { kind: 'Pod' }],
    ['a map without kind', { apiVersion: 'v1' }],
    ['an empty kind', { apiVersion: 'v1', kind: '' }],
    ['a non-string kind', { apiVersion: 'v1', kind: 3 }],
    ['a values.yaml', { replicaCount: 1, image: { repository: 'nginx' } }],
  ])('yields no resources for %s', (_name, value) => {
    expect(resourcesIn(value)).toEqual([]);
  });
});

describe('resourcesOfDocument', () => {
  it('turns a parsed document into resources, expanding merge keys', () => {
    const text = dedent`
      apiVersion: v1
      kind: Pod
      metadata: &meta
        name: web
      spec:
        containers:
          - &c {name: app, image: nginx}
          - <<: *c
            name: copy
    `;
    const parsed = parseSource({ file: 't.yaml', text });
    const { resources, problem } = resourcesOfDocument(parsed.documents[0]!);
    expect(problem).toBeUndefined();
    expect(resources.map((r) => r.value)).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'web' },
        spec: { containers: [{ name: 'app', image: 'nginx' }, { name: 'copy', image: 'nginx' }] },
      },
    ]);
  });

  it('leaves out only the items of a List that are patches or plugin configuration, never the List itself', () => {
    const pod = '  - apiVersion: v1\n    kind: Pod\n    metadata: {name: web}\n    spec: {containers: [{name: c, image: nginx}]}\n';
    const names = (text: string) => resourcesOfDocument(parseSource({ file: 't.yaml', text }).documents[0]!).resources.map((r) => `${r.kind}/${r.name}`);
    // kubectl sends the items, never the List around them, to the API server.
    expect(names(`apiVersion: builtin\nkind: List\nitems:\n${pod}`)).toEqual(['Pod/web']);
    expect(names(`apiVersion: v1\nkind: List\n$patch: replace\nitems:\n${pod}`)).toEqual(['Pod/web']);
    expect(names(`apiVersion: v1\nkind: List\nitems:\n${pod}  - apiVersion: example.com/v1\n    kind: Widget\n    metadata: {name: w}\n    spec: {$patch: delete}\n  - apiVersion: builtin\n    kind: LabelTransformer\n    metadata: {name: l}\n`)).toEqual(['Pod/web']);
    // A patch or plugin configuration on its own is still none of the cluster's objects.
    expect(names('apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  $patch: replace\n')).toEqual([]);
    expect(names('apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: l}\n')).toEqual([]);
  });

  it('reads a document Helm rendered (its # Source: comment) as an object even with a patch directive', () => {
    // helm install sends it as it is, and the API server drops the unknown $patch field (fieldValidation Warn).
    const text = '---\n# Source: web/templates/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  $patch: merge\n  containers: [{name: c, image: nginx, securityContext: {privileged: true}}]\n';
    const parsed = parseSource({ file: 't.yaml', text });
    expect(resourcesOfDocument(parsed.documents[0]!).resources.map((r) => `${r.kind}/${r.name}`)).toEqual(['Pod/web']);
  });

  it('yields nothing for a document holding only a comment', () => {
    const parsed = parseSource({ file: 't.yaml', text: '# nothing here\n' });
    expect(parsed.documents.flatMap((d) => resourcesOfDocument(d).resources)).toEqual([]);
  });

  it('returns an ALIAS_LIMIT problem for a billion-laughs document instead of throwing', () => {
    const text = dedent`
      apiVersion: v1
      kind: ConfigMap
      data:
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    `;
    const parsed = parseSource({ file: 't.yaml', text });
    expect(parsed.documents[0]!.problem).toBeUndefined();
    const result = resourcesOfDocument(parsed.documents[0]!);
    expect(result.resources).toEqual([]);
    expect(result.problem?.code).toBe('ALIAS_LIMIT');
    expect(result.problem?.message).toMatch(/^Document cannot be expanded: .+\.$/);
    // On the document's first character.
    expect(toPosition(parsed.lineCounter, result.problem!.span)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });
});
