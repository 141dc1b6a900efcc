import { describe, expect, it } from 'vitest';
import { imageMatches } from '../../src/model/image-names.js';

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
});
