/**
 * A kustomization's `images` entries are part of what its build runs (imagesTransformed in
 * src/model/kustomization.ts): the image rules judge the image the build writes, not the base's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-images-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const digest = `sha256:${'a'.repeat(64)}`;
const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels: {app: web}',
  '  template:',
  '    metadata:',
  '      labels: {app: web}',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: nginx:1.25',
  '',
].join('\n');

async function imageFindings(files: Record<string, string>): Promise<string[]> {
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), { 'base/deployment.yaml': deployment, ...files });
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics.filter((d) => d.ruleId === 'image-digest').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

const tagOnly = (image: string) => `base/deployment.yaml:14:16 Container "web" uses image "${image}" pinned only by tag; tags are mutable.`;

describe('image-digest through a kustomization', () => {
  it('an image its kustomization pins by digest is pinned', async () => {
    expect(await imageFindings({ 'base/kustomization.yaml': `resources:\n- deployment.yaml\nimages:\n- name: nginx\n  newTag: "1.27"\n  digest: ${digest}\n` })).toEqual([]);
  });

  it('an overlay that pins it pins the base file it builds', async () => {
    expect(
      await imageFindings({
        'base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
        'overlay/kustomization.yaml': `resources:\n- ../base\nimages:\n- name: nginx\n  digest: ${digest}\n`,
      }),
    ).toEqual([]);
  });

  it('an outer newTag runs after the inner digest, and drops it', async () => {
    expect(
      await imageFindings({
        'base/kustomization.yaml': `resources:\n- deployment.yaml\nimages:\n- name: nginx\n  digest: ${digest}\n`,
        'overlay/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: nginx\n  newTag: "1.27"\n',
      }),
    ).toEqual([tagOnly('nginx:1.27')]);
  });

  it('an entry for another image, or none, leaves it as written', async () => {
    expect(await imageFindings({ 'base/kustomization.yaml': `resources:\n- deployment.yaml\nimages:\n- name: docker.io/nginx\n  digest: ${digest}\n` })).toEqual([tagOnly('nginx:1.25')]);
    expect(await imageFindings({})).toEqual([tagOnly('nginx:1.25')]);
  });

  it("two overlays that tag it differently give one finding for the one line, in the first build's words", async () => {
    expect(
      await imageFindings({
        'base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
        'a/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: nginx\n  newTag: "1.27"\n',
        'b/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: nginx\n  newTag: "1.28"\n',
      }),
    ).toEqual([tagOnly('nginx:1.27')]);
  });

  it("one overlay that pins it and one that does not: the finding is the unpinned build's", async () => {
    expect(
      await imageFindings({
        'base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
        'a/kustomization.yaml': `resources:\n- ../base\nimages:\n- name: nginx\n  digest: ${digest}\n`,
        'b/kustomization.yaml': 'resources:\n- ../base\n',
      }),
    ).toEqual([tagOnly('nginx:1.25')]);
  });
});
