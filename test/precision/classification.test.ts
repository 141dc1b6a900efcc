/**
 * Input classification before linting, over fixtures of the shapes real repositories have: placeholder
 * templates filled in by deploy scripts, kustomize overlays with patch files, objects exported with their
 * status, configuration that names credential files, Secrets that hold no credential.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/run/lint.js';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function findings(...inputs: string[]): Promise<Diagnostic[]> {
  return (await lint(inputs, { cwd, settings: { now: '2026-06-01' } })).diagnostics;
}

const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

describe('placeholder templates', () => {
  it('a file with {{NAME}} or {{ name }} placeholders gets one unrendered-template diagnostic and nothing else', async () => {
    for (const [file, at] of [['templates/deployment.yaml', '5:9'], ['templates/service.j2.yaml', '4:9']] as const) {
      const found = await findings(file);
      expect(found.map(brief)).toEqual([`${file}:${at} parse-error`]);
      expect(found[0]?.message).toMatch(/^This looks like an unrendered template \(a \{\{ name \}\} placeholder\)/);
    }
  });

  it('the templates of one project are one fact: one diagnostic names them all', async () => {
    const found = await findings('templates');
    expect(found.map(brief)).toEqual(['templates/deployment.yaml:5:9 parse-error']);
    expect(found[0]?.message).toBe(
      'This file and 1 more of this project (templates/service.j2.yaml) look like unrendered templates ({{ ... }} placeholders); they are not the manifests yet. Render them with the tool that fills the placeholders in and lint the output.',
    );
  });
});

describe('unrendered Helm charts', () => {
  it('a chart whose templates are unrendered gets one parse-error naming the other templates, not one per template', async () => {
    const found = await findings('helm-chart');
    // The configmap parses (only its quoted name is a placeholder): a template of the chart all the same.
    expect(found.map(brief)).toEqual(['helm-chart/loose/job.yaml:8:7 parse-error', 'helm-chart/shop/templates/configmap.yaml:5:9 parse-error']);
    expect(found.map((d) => d.message)).toEqual([
      // A template outside the chart is a project of its own: its diagnostic stands alone.
      'This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.',
      'This file and 3 more of this project (helm-chart/shop/templates/deployment.yaml, helm-chart/shop/templates/secret.yaml and helm-chart/shop/templates/service.yaml) look like unrendered Helm templates ({{ ... }}); they are not YAML yet. Render the chart first (helm template ...) and lint the output.',
    ]);
  });

  it('linting the chart alone reports the same', async () => {
    expect((await findings('helm-chart/shop')).map(brief)).toEqual(['helm-chart/shop/templates/configmap.yaml:5:9 parse-error']);
  });
});

describe('placeholders inside strings', () => {
  it('a document whose name or namespace holds a placeholder is an unrendered template, even when it parses', async () => {
    const found = [...(await findings('templates-in-strings/service.yaml')), ...(await findings('templates-in-strings/tablet-pod.yaml'))];
    expect(found.map(brief)).toEqual(['templates-in-strings/service.yaml:5:14 parse-error', 'templates-in-strings/tablet-pod.yaml:6:9 parse-error']);
    expect(found.map((d) => d.message.slice(0, 75))).toEqual([
      'This looks like an unrendered template (metadata.namespace holds a {{ … }} ',
      'This looks like an unrendered template (metadata.name holds a {{ … }} place',
    ]);
    // Together, one project: one diagnostic on the first, naming the other.
    expect((await findings('templates-in-strings')).map((d) => `${brief(d)} ${d.message.slice(0, 80)}`)).toEqual([
      'templates-in-strings/service.yaml:5:14 parse-error This file and 1 more of this project (templates-in-strings/tablet-pod.yaml) look',
    ]);
  });
});

describe('kustomize patches', () => {
  it('files listed under patches or patchesStrategicMerge, and documents with $patch, are not linted as objects', async () => {
    const found = await findings('kustomize');
    expect(found.filter((d) => d.file.startsWith('kustomize/overlays/')).map(brief)).toEqual([]);
    // The base is linted as usual.
    expect(found.some((d) => d.file === 'kustomize/base/deployment.yaml' && d.ruleId === 'resource-limits')).toBe(true);
  });

  it('a patch file named on the command line is still a patch of the kustomization beside it', async () => {
    expect((await findings('kustomize/overlays/prod/replicas.yaml')).map(brief)).toEqual([]);
  });
});

describe('kustomize plugin configuration', () => {
  it('files listed under transformers or generators, and apiVersion: builtin documents, are not objects of the cluster', async () => {
    // Each build has its own LabelTransformer "labels" and an unlisted builtin PrefixSuffixTransformer
    // "prefix": linted as objects, each pair was a duplicate-object.
    expect((await findings('kustomize-plugins')).map(brief)).toEqual([]);
  });
});

describe('status', () => {
  it('is never schema-checked', async () => {
    expect((await findings('exported')).filter((d) => d.ruleId === 'schema').map(brief)).toEqual([]);
  });
});

describe('credentials', () => {
  it('paths to credential files, Secrets of CA certificates, usernames, empty values and the names of environment variables are not credentials', async () => {
    expect((await findings('credentials')).map(brief)).toEqual([]);
  });
});

describe('YAML that kubectl accepts', () => {
  it('is linted, with one yaml-compatibility warning naming the construct; what kubectl rejects stays a parse-error', async () => {
    const found = await findings('kubectl-yaml');
    const job = found.filter((d) => d.file === 'kubectl-yaml/job.yaml');
    expect(job.filter((d) => d.ruleId === 'yaml-compatibility').map((d) => [d.line, d.column, d.severity, d.message.slice(0, 45)])).toEqual([[18, 15, 'warning', 'This double-quoted scalar continues on a line']]);
    // The document was checked: its privileged container is reported.
    expect(job.some((d) => d.ruleId === 'privileged-container')).toBe(true);
    expect(found.filter((d) => d.file === 'kubectl-yaml/broken.yaml').map(brief)).toEqual(['kubectl-yaml/broken.yaml:9:3 parse-error']);
  });

  it('a repeated key is read with the value kubectl keeps: findings on its last occurrence, a warning on each earlier one', async () => {
    const found = (await findings('kubectl-yaml/repeated-keys.yaml')).filter((d) => d.file === 'kubectl-yaml/repeated-keys.yaml');
    expect(found.filter((d) => d.ruleId === 'yaml-compatibility').map((d) => [d.line, d.column, d.severity, d.message])).toEqual([
      [9, 5, 'warning', expect.stringMatching(/^The key "app" is repeated in this mapping: kubectl \(sigs\.k8s\.io\/yaml over go-yaml\) keeps the last value, at line 10:5, and ignores this one, so/)],
      [24, 13, 'warning', expect.stringMatching(/^The key "privileged" is repeated in this mapping: kubectl \(sigs\.k8s\.io\/yaml over go-yaml\) keeps the last value, at line 26:13, and ignores this one, so/)],
    ]);
    expect(found.filter((d) => d.ruleId === 'privileged-container').map(brief)).toEqual(['kubectl-yaml/repeated-keys.yaml:26:13 privileged-container']);
    // Nothing else points at the ignored occurrences.
    expect(found.filter((d) => (d.line === 9 || d.line === 24) && d.ruleId !== 'yaml-compatibility').map(brief)).toEqual([]);
  });

  it('a merge key written after explicit keys is applied last, as kubectl applies it: the merged value is checked, with a warning on each key it replaces', async () => {
    const found = (await findings('kubectl-yaml/merge-order.yaml')).filter((d) => d.file === 'kubectl-yaml/merge-order.yaml');
    expect(found.filter((d) => d.ruleId === 'yaml-compatibility').map((d) => [d.line, d.column, d.severity, d.message.slice(0, 82)])).toEqual([
      [35, 13, 'warning', 'The key "privileged" is set again by the merge key (<<) after it, at line 39:13. k'],
      [36, 13, 'warning', 'The key "allowPrivilegeEscalation" is set again by the merge key (<<) after it, at'],
    ]);
    // The proxy runs privileged (the merged value), reported where that value is written.
    expect(found.filter((d) => d.ruleId === 'privileged-container').map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'kubectl-yaml/merge-order.yaml:26:13 privileged-container Container "mesh-init" runs privileged, with full access to the node.',
      'kubectl-yaml/merge-order.yaml:26:13 privileged-container Container "proxy" runs privileged, with full access to the node.',
    ]);
  });
});
