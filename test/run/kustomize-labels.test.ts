/**
 * kustomize's commonLabels (and `labels` with includeSelectors) are part of what a build gives its objects
 * (labelsTransformed in src/model/kustomization.ts): a Deployment of a base that leaves its selector to
 * them has one in the build (kubeflow's and metrics-server's bases were schema errors).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-labels-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const deployment = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '      - name: c', '        image: x', ''].join('\n');

async function schemaFindings(kustomization: string | undefined): Promise<string[]> {
  const files: Record<string, string> = { 'base/deployment.yaml': deployment };
  if (kustomization !== undefined) files['base/kustomization.yaml'] = kustomization;
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), files);
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('a Deployment whose selector its kustomization adds', () => {
  it.each([
    ['commonLabels', 'commonLabels:\n  app: web\nresources:\n- deployment.yaml\n'],
    ['labels with includeSelectors', 'labels:\n- pairs:\n    app: web\n  includeSelectors: true\nresources:\n- deployment.yaml\n'],
  ])('has one in the build (%s)', async (_name, kustomization) => {
    expect(await schemaFindings(kustomization)).toEqual([]);
  });

  it('without them, or with labels that leave selectors alone, has none', async () => {
    const missing = ['base/deployment.yaml:5:1 DeploymentSpec requires field "selector" in Kubernetes 1.37: the API server rejects the object without it.'];
    expect(await schemaFindings(undefined)).toEqual(missing);
    expect(await schemaFindings('labels:\n- pairs:\n    app: web\n  includeTemplates: true\nresources:\n- deployment.yaml\n')).toEqual(missing);
  });
});
