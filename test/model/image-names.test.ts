import { describe, expect, it } from 'vitest';
import { imageMatches, imageRepository, podRunsImage, repositoryMatches } from '../../src/model/image-names.js';
import { Resource } from '../../src/model/resource.js';
import { podSpecsOf } from '../../src/model/workloads.js';

/** The first pod spec of a resource (these cases have one). */
const podSpecOf = (resource: Resource) => podSpecsOf(resource)[0];

describe('imageMatches', () => {
  const names = ['falcosecurity/falco', 'fluent/fluentd', 'kube-apiserver'];
  it.each([
    'falcosecurity/falco',
    'docker.io/falcosecurity/falco:0.39.2',
    'falcosecurity/falco-no-driver@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'mirror.example.com:5000/library/falcosecurity/falco:1',
    'fluent/fluentd-kubernetes-daemonset:v1',
    'registry.k8s.io/kube-apiserver:v1.31.0',
    'FALCOSECURITY/FALCO',
  ])('%s matches', (image) => {
    expect(imageMatches(image, names)).toBe(true);
  });
  it.each(['acme/falcon', 'falcosecurity/falcoctl-x', 'myfluent/fluentd', 'example.com/kube-apiserver-proxy/app', 'nginx'])('%s does not', (image) => {
    expect(imageMatches(image, names)).toBe(false);
  });
  it('matches a repository read once against several lists like the image itself', () => {
    const repository = imageRepository('Mirror.example.com/library/FalcoSecurity/Falco-No-Driver:1');
    expect(repository).toBe('library/falcosecurity/falco-no-driver');
    expect(repositoryMatches(repository, ['fluent/fluentd'])).toBe(false);
    expect(repositoryMatches(repository, ['falcosecurity/falco'])).toBe(true);
  });
  it('compares whole names, wherever else the name occurs in the repository', () => {
    expect(imageMatches('falco/falco', ['falco'])).toBe(true);
    expect(imageMatches('falco/falcon', ['falco'])).toBe(false);
    expect(imageMatches('a/b', [''])).toBe(false);
  });
});

describe('podRunsImage', () => {
  const daemonSet = (containers: object, initContainers: object = []) =>
    podSpecOf(new Resource({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { template: { spec: { containers, initContainers } } } }, []));
  it('finds an image of the list in any container, init containers included', () => {
    const names = ['fluent/fluent-bit'];
    expect(podRunsImage(daemonSet([{ name: 'a', image: 'nginx' }, { name: 'b', image: 'cr.fluentbit.io/fluent/fluent-bit:3.1' }]) ?? fail(), names)).toBe(true);
    expect(podRunsImage(daemonSet([{ name: 'a', image: 'nginx' }], [{ name: 'i', image: 'fluent/fluent-bit' }]) ?? fail(), names)).toBe(true);
    expect(podRunsImage(daemonSet([{ name: 'a', image: 'nginx' }, { name: 'b' }]) ?? fail(), names)).toBe(false);
  });
});

function fail(): never {
  throw new Error('no pod spec');
}
