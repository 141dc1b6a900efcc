import { describe, expect, it } from 'vitest';
import { mustParse } from '../../src/k8s/versions.js';
import { controlPlaneComponentsOf, kubeletContainerFlags, listValue, parseFlagTokens, parseGoDuration } from '../../src/model/control-plane.js';
import { Resource, type PlainObject } from '../../src/model/resource.js';

const T = mustParse('1.30');

function pod(container: PlainObject): Resource {
  return new Resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'kube-system' }, spec: { containers: [container] } }, []);
}

describe('static pod recognition', () => {
  it('recognises kubeadm layout: command[0] is the binary', () => {
    const [node] = controlPlaneComponentsOf(pod({ name: 'kube-apiserver', image: 'registry.k8s.io/kube-apiserver:v1.30.0', command: ['kube-apiserver', '--anonymous-auth=false', '--authorization-mode=Node,RBAC'] }), T);
    expect(node?.component).toBe('kube-apiserver');
    expect(node?.source).toBe('static-pod');
    expect(node?.flag('anonymous-auth')).toMatchObject({ value: 'false', path: ['spec', 'containers', 0, 'command', 1] });
    expect(node?.list('authorization-mode')).toEqual(['Node', 'RBAC']);
    expect(node?.missingAt).toEqual(['spec', 'containers', 0, 'command']);
  });

  it('recognises a path to the binary, hyperkube, args-only containers by image, and by container name', () => {
    expect(controlPlaneComponentsOf(pod({ name: 'a', command: ['/usr/local/bin/etcd', '--client-cert-auth'] }), T)[0]?.component).toBe('etcd');
    expect(controlPlaneComponentsOf(pod({ name: 'a', command: ['/hyperkube', 'kube-scheduler', '--profiling=false'] }), T)[0]?.flag('profiling')?.path).toEqual(['spec', 'containers', 0, 'command', 2]);
    const byImage = controlPlaneComponentsOf(pod({ name: 'cm', image: 'k8s.gcr.io/kube-controller-manager:v1.24.0', args: ['--profiling=false'] }), T)[0];
    expect(byImage?.component).toBe('kube-controller-manager');
    expect(byImage?.flag('profiling')?.path).toEqual(['spec', 'containers', 0, 'args', 0]);
    expect(byImage?.missingAt).toEqual(['spec', 'containers', 0, 'args']);
    expect(controlPlaneComponentsOf(pod({ name: 'etcd', image: 'quay.io/coreos/etcd-custom:3.5' }), T)[0]?.component).toBe('etcd');
  });

  it('reads the flags of a shell wrapper, pointing at the script scalar', () => {
    const [node] = controlPlaneComponentsOf(
      pod({ name: 'api', image: 'registry.k8s.io/kube-apiserver:v1.30.0', command: ['/bin/sh', '-c', 'mkdir -p /x && exec /usr/local/bin/kube-apiserver \\\n  --profiling="false" --anonymous-auth=false; echo done'] }),
      T,
    );
    expect(node?.component).toBe('kube-apiserver');
    expect(node?.flags.map((f) => [f.name, f.value])).toEqual([
      ['profiling', 'false'],
      ['anonymous-auth', 'false'],
    ]);
    expect(node?.flag('profiling')?.path).toEqual(['spec', 'containers', 0, 'command', 2]);
  });

  it('recognises tini-style wrappers and arch-suffixed images', () => {
    expect(controlPlaneComponentsOf(pod({ name: 'x', image: 'registry.k8s.io/etcd:3.5.15-0', command: ['/tini', '--', 'etcd', '--auto-tls'] }), T)[0]?.flag('auto-tls')?.path).toEqual(['spec', 'containers', 0, 'command', 3]);
    expect(controlPlaneComponentsOf(pod({ name: 'x', image: 'k8s.gcr.io/kube-apiserver-amd64:v1.10.0', args: ['--profiling=false'] }), T)[0]?.component).toBe('kube-apiserver');
  });

  it('ignores other pods, other wrappers and custom resources named Pod', () => {
    expect(controlPlaneComponentsOf(pod({ name: 'web', image: 'nginx', command: ['nginx'] }), T)).toEqual([]);
    expect(controlPlaneComponentsOf(pod({ name: 'backup', image: 'registry.k8s.io/etcd:3.5.15-0', command: ['/bin/sh', '-c', 'etcdctl snapshot save /backup/db'] }), T)).toEqual([]);
    expect(controlPlaneComponentsOf(pod({ name: 'etcd', image: 'registry.k8s.io/etcd:3.5.15-0', command: ['etcdctl', 'endpoint', 'health'] }), T)).toEqual([]);
    const cr = new Resource({ apiVersion: 'example.com/v1', kind: 'Pod', spec: { containers: [{ name: 'etcd', command: ['etcd'] }] } }, []);
    expect(controlPlaneComponentsOf(cr, T)).toEqual([]);
  });

  it('runs a component only from a command position in a shell script', () => {
    const script = (text: string) => controlPlaneComponentsOf(pod({ name: 'x', image: 'example.com/app:1', command: ['sh', '-c', text] }), T);
    expect(script('/opt/tablet --topology etcd --topology-addr http://topo:2379')).toEqual([]);
    expect(script('echo starting kube-apiserver')).toEqual([]);
    expect(script('set -e\nGOMAXPROCS=2 nohup etcd --client-cert-auth=true')[0]?.flag('client-cert-auth')?.value).toBe('true');
    expect(script('mkdir -p /data; etcd --auto-tls')[0]?.component).toBe('etcd');
    expect(script('test -d /data || exec /usr/local/bin/etcd --auto-tls')[0]?.component).toBe('etcd');
    expect(script('if [ -d /data ]; then exec etcd --auto-tls; fi')[0]?.flag('auto-tls')?.value).toBe('true');
  });

  it('merges command and args: command flags first', () => {
    const [node] = controlPlaneComponentsOf(pod({ name: 'x', command: ['kube-apiserver', '--profiling=true'], args: ['--profiling=false'] }), T);
    expect(node?.all('profiling').map((f) => f.value)).toEqual(['true', 'false']);
    expect(node?.flag('profiling')?.path).toEqual(['spec', 'containers', 0, 'args', 0]);
  });
});

describe('self-hosted control planes', () => {
  const workload = (kind: string, namespace: string, container: PlainObject, labels: Record<string, string> = {}) =>
    new Resource({ apiVersion: 'apps/v1', kind, metadata: { name: 'x', namespace, labels }, spec: { template: { spec: { containers: [container] } } } }, []);
  const target = mustParse('1.30');

  it('reads the components of Deployments and DaemonSets that run kube-apiserver, kube-controller-manager or kube-scheduler', () => {
    const api = controlPlaneComponentsOf(workload('DaemonSet', 'kube-system', { name: 'apiserver', image: 'registry.k8s.io/kube-apiserver:v1.30.2', command: ['kube-apiserver', '--anonymous-auth=true'] }), target);
    expect(api.map((c) => [c.component, c.source, c.flags.map((f) => f.name)])).toEqual([['kube-apiserver', 'self-hosted', ['anonymous-auth']]]);
    expect(api[0]?.path).toEqual(['spec', 'template', 'spec', 'containers', 0]);
    const cm = controlPlaneComponentsOf(workload('Deployment', 'hosted-cp', { name: 'kcm', image: 'registry.k8s.io/kube-controller-manager:v1.30.2' }), target);
    expect(cm.map((c) => c.component)).toEqual(['kube-controller-manager']);
  });

  it('counts an etcd workload only in kube-system or labelled tier: control-plane (applications run etcd too)', () => {
    const etcd = { name: 'etcd', image: 'quay.io/coreos/etcd:v3.5.13', command: ['etcd'] };
    expect(controlPlaneComponentsOf(workload('StatefulSet', 'apisix', etcd), target)).toEqual([]);
    expect(controlPlaneComponentsOf(workload('StatefulSet', 'kube-system', etcd), target).map((c) => c.component)).toEqual(['etcd']);
    expect(controlPlaneComponentsOf(workload('DaemonSet', 'cp', etcd, { tier: 'control-plane' }), target).map((c) => c.component)).toEqual(['etcd']);
  });
});

describe('kubeletContainerFlags', () => {
  const flags = (container: PlainObject) => kubeletContainerFlags(container as never, ['spec', 'containers', 0])?.map((f) => [f.name, f.value, f.path.join('.')]);

  it('reads the flags of a container that runs the kubelet, by its command, hyperkube, or a kubelet image with args', () => {
    expect(flags({ name: 'k', command: ['/usr/bin/kubelet', '--anonymous-auth', '--read-only-port', '0'] })).toEqual([
      ['anonymous-auth', 'true', 'spec.containers.0.command.1'],
      ['read-only-port', '0', 'spec.containers.0.command.2'],
    ]);
    expect(flags({ name: 'k', command: ['/hyperkube', 'kubelet'], args: ['--rotate-certificates=false'] })).toEqual([['rotate-certificates', 'false', 'spec.containers.0.args.0']]);
    expect(flags({ name: 'k', image: 'quay.io/coreos/hyperkube:v1.9.6', args: ['kubelet', '--event-qps=0'] })).toEqual([['event-qps', '0', 'spec.containers.0.args.1']]);
    expect(flags({ name: 'k', image: 'gcr.io/google_containers/kubelet-amd64:v1.6.0', args: ['--read-only-port=10255'] })).toEqual([['read-only-port', '10255', 'spec.containers.0.args.0']]);
  });

  it('is undefined for a container that does not run the kubelet', () => {
    expect(flags({ name: 'app', command: ['app', '--read-only-port=10255'] })).toBeUndefined();
    expect(flags({ name: 'k', command: ['/hyperkube', 'kube-apiserver', '--anonymous-auth=true'] })).toBeUndefined();
    expect(flags({ name: 'kubelet-exporter', image: 'example.com/kubelet-exporter:1', args: ['--read-only-port=10255'] })).toBeUndefined();
  });
});

describe('parseFlagTokens', () => {
  const tokens = (...texts: string[]) => texts.map((text, i) => ({ text, path: ['c', i] }));

  it('reads --a=b, --a b, bare booleans and values containing =', () => {
    const flags = parseFlagTokens('kube-apiserver', tokens('--secure-port', '6443', '--profiling', '--x=a=b', '--anonymous-auth', 'false', '-v=2'));
    expect(flags.map((f) => [f.name, f.value])).toEqual([
      ['secure-port', '6443'],
      ['profiling', 'true'],
      ['x', 'a=b'],
      ['anonymous-auth', 'true'],
      ['v', '2'],
    ]);
    expect(flags[0]).toMatchObject({ path: ['c', 0], valuePath: ['c', 1] });
  });

  it('does not let a flag swallow the next flag', () => {
    expect(parseFlagTokens('etcd', tokens('--name', '--data-dir=/x')).map((f) => [f.name, f.value])).toEqual([
      ['name', 'true'],
      ['data-dir', '/x'],
    ]);
  });

  it('splits comma lists', () => {
    expect(listValue(' Node, RBAC,,')).toEqual(['Node', 'RBAC']);
  });
});

describe('kubeadm ClusterConfiguration', () => {
  const config = (body: PlainObject, apiVersion = 'kubeadm.k8s.io/v1beta3') => new Resource({ apiVersion, kind: 'ClusterConfiguration', ...body }, []);

  it('reads the v1beta3 map form over kubeadm defaults', () => {
    const nodes = controlPlaneComponentsOf(config({ apiServer: { extraArgs: { 'authorization-mode': 'AlwaysAllow', profiling: 'false' } } }), T);
    expect(nodes.map((n) => n.component)).toEqual(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd']);
    const api = nodes[0]!;
    expect(api.source).toBe('kubeadm');
    expect(api.flag('authorization-mode')).toMatchObject({ value: 'AlwaysAllow', path: ['apiServer', 'extraArgs', 'authorization-mode'] });
    expect(api.flag('enable-admission-plugins')).toMatchObject({ value: 'NodeRestriction', kubeadmDefault: true, path: ['apiServer', 'extraArgs'] });
    expect(nodes[1]?.missingAt).toEqual(['kind']);
  });

  it('reads the v1beta4 list form', () => {
    const [api] = controlPlaneComponentsOf(config({ apiServer: { extraArgs: [{ name: 'profiling', value: 'false' }, { name: 'audit-log-maxage', value: '30' }] } }, 'kubeadm.k8s.io/v1beta4'), T);
    expect(api?.flag('audit-log-maxage')).toMatchObject({ value: '30', path: ['apiServer', 'extraArgs', 1], valuePath: ['apiServer', 'extraArgs', 1, 'value'] });
  });

  it('skips an external etcd and applies version windows of kubeadm defaults', () => {
    const nodes = controlPlaneComponentsOf(config({ etcd: { external: { endpoints: ['https://e:2379'] } }, controllerManager: {} }), mustParse('1.21'));
    expect(nodes.map((n) => n.component)).not.toContain('etcd');
    expect(nodes[1]?.flag('port')?.value).toBe('0');
    expect(nodes[1]?.missingAt).toEqual(['controllerManager']);
    expect(controlPlaneComponentsOf(config({}), mustParse('1.23'))[1]?.flag('port')).toBeUndefined();
  });
});

describe('parseGoDuration', () => {
  it('reads Go durations into seconds', () => {
    expect(parseGoDuration('8760h')).toBe(31_536_000);
    expect(parseGoDuration('1h30m')).toBe(5400);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('1500ms')).toBe(1.5);
    expect(parseGoDuration('24')).toBeUndefined();
    expect(parseGoDuration('1d')).toBeUndefined();
  });
});
