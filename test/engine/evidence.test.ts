import { describe, expect, it } from 'vitest';
import { inputKindsOfResource } from '../../src/engine/evidence.js';
import { Resource, type PlainObject } from '../../src/model/resource.js';

const pod = (container: PlainObject) => new Resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'kube-system' }, spec: { containers: [container] } }, []);

describe('inputKindsOfResource', () => {
  it('counts a container that runs the kubelet as kubelet configuration, besides the workload', () => {
    expect(inputKindsOfResource(pod({ name: 'kubelet', image: 'k:1', command: ['kubelet', '--read-only-port=0'] }), [])).toEqual(['any-object', 'workload', 'kubelet-config']);
    expect(inputKindsOfResource(pod({ name: 'kubelet', image: 'quay.io/coreos/hyperkube:v1.9.6', command: ['/hyperkube', 'kubelet'] }), [])).toEqual(['any-object', 'workload', 'kubelet-config']);
  });

  it('does not for other containers', () => {
    expect(inputKindsOfResource(pod({ name: 'app', image: 'app:1', command: ['app', '--read-only-port=0'] }), [])).toEqual(['any-object', 'workload']);
  });
});
