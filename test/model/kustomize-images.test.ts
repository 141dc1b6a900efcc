/**
 * kustomize's `images` entries as its image transformer applies them (imagesTransformed in
 * src/model/kustomization.ts). Every expected image below is what kubectl kustomize (kubectl v1.32.4,
 * kustomize v5.5.0) wrote for the same input, except where a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { imagesTransformed, kustomizationImages } from '../../src/model/kustomization.js';
import type { KustomizeImage } from '../../src/load/source.js';

const digestA = `sha256:${'a'.repeat(64)}`;
const digestE = `sha256:${'e'.repeat(64)}`;

function podImage(image: string, images: readonly KustomizeImage[]): string {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image }] } };
  const out = imagesTransformed(pod, images) as { spec: { containers: { image: string }[] } } | undefined;
  return out ? (out.spec.containers[0]?.image ?? '') : image;
}

describe('imagesTransformed', () => {
  it.each<[string, string, KustomizeImage[], string]>([
    ['newTag replaces the tag', 'nginx:1.25', [{ name: 'nginx', newTag: '1.27' }], 'nginx:1.27'],
    ['newTag adds one', 'nginx', [{ name: 'nginx', newTag: '1.27' }], 'nginx:1.27'],
    ['newTag drops the digest', `nginx:1.7@${digestE}`, [{ name: 'nginx', newTag: '2' }], 'nginx:2'],
    ['digest replaces tag and digest', 'nginx:1.25', [{ name: 'nginx', digest: digestA }], `nginx@${digestA}`],
    ['newTag and digest set both', 'nginx:1.25', [{ name: 'nginx', newTag: '1.27', digest: digestA }], `nginx:1.27@${digestA}`],
    ['newName keeps tag and digest', `nginx:1.7@${digestE}`, [{ name: 'nginx', newName: 'registry.example/nginx' }], `registry.example/nginx:1.7@${digestE}`],
    ['tagSuffix, twice where the field specs name the list', 'nginx:1', [{ name: 'nginx', tagSuffix: '-fips' }], 'nginx:1-fips-fips'],
    ['tagSuffix drops the digest', `nginx:1.7@${digestE}`, [{ name: 'nginx', tagSuffix: '-fips' }], 'nginx:1.7-fips-fips'],
    ['a registry port is not a tag', 'localhost:5000/app', [{ name: 'localhost:5000/app', newTag: 'v1' }], 'localhost:5000/app:v1'],
    ['entries run in order', 'a', [{ name: 'a', newName: 'b' }, { name: 'b', newTag: '2' }], 'b:2'],
    ['the name matches whole: docker.io/nginx is not nginx', 'docker.io/nginx', [{ name: 'nginx', digest: digestA }], 'docker.io/nginx'],
    ['nor is nginx-exporter', 'nginx-exporter:1', [{ name: 'nginx', digest: digestA }], 'nginx-exporter:1'],
    // kustomize at 12f9e63 matches any OCI digest algorithm; v5.5.0 matched sha256 only and left this one.
    ['a sha512 digest is a digest', 'busybox:1@sha512:ff', [{ name: 'busybox', digest: digestA }], `busybox@${digestA}`],
  ])('%s', (_name, image, images, expected) => {
    expect(podImage(image, images)).toBe(expected);
  });

  it('reads every containers list of an object once, twice at the field-spec paths (a CronJob once)', () => {
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'cj' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx:1' }] } } } } },
    };
    expect(imagesTransformed(cronJob, [{ name: 'nginx', tagSuffix: '-fips' }])).toMatchObject({
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ image: 'nginx:1-fips' }] } } } } },
    });
    const custom = { apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't' }, spec: { deep: { list: [{ initContainers: [{ image: 'busybox' }] }] } } };
    expect(imagesTransformed(custom, [{ name: 'busybox', digest: digestA }])).toEqual({
      ...custom,
      spec: { deep: { list: [{ initContainers: [{ image: `busybox@${digestA}` }] }] } },
    });
  });

  it('leaves a CustomResourceDefinition, and an object it does not change, as they are', () => {
    const crd = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x' }, spec: { containers: [{ image: 'busybox' }] } };
    expect(imagesTransformed(crd, [{ name: 'busybox', digest: digestA }])).toBeUndefined();
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'redis' }] } };
    expect(imagesTransformed(pod, [{ name: 'nginx', digest: digestA }])).toBeUndefined();
    expect(imagesTransformed(pod, [])).toBeUndefined();
  });

  it('does not mutate its input, and stops at a nesting no pod template reaches', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const before = JSON.stringify(pod);
    imagesTransformed(pod, [{ name: 'nginx', newTag: '1' }]);
    expect(JSON.stringify(pod)).toBe(before);
    let deep: Record<string, unknown> = { containers: [{ image: 'nginx' }] };
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    expect(imagesTransformed({ kind: 'Thing', spec: deep }, [{ name: 'nginx', newTag: '1' }])).toBeUndefined();
  });
});

describe('kustomizationImages', () => {
  it('reads name, newName, newTag, digest and tagSuffix; drops entries that change nothing or are not text', () => {
    expect(
      kustomizationImages({
        images: [
          { name: 'nginx', newTag: '1.27', digest: digestA },
          { name: 'busybox', newName: 'registry.example/busybox' },
          { name: 'redis', tagSuffix: '-fips' },
          { name: 'noop' },
          { newTag: '1' },
          { name: 'numeric', newTag: 1.2 },
          'text',
        ],
      }),
    ).toEqual([
      { name: 'nginx', newTag: '1.27', digest: digestA },
      { name: 'busybox', newName: 'registry.example/busybox' },
      { name: 'redis', tagSuffix: '-fips' },
    ]);
    expect(kustomizationImages({ images: 'x' })).toEqual([]);
    expect(kustomizationImages(undefined)).toEqual([]);
  });
});
