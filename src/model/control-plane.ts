/**
 * The control-plane components a manifest configures, with their command-line flags: from static pods
 * (kubeadm's /etc/kubernetes/manifests layout) and from kubeadm ClusterConfiguration `extraArgs`.
 * Every flag keeps the path of the YAML scalar it came from, so a report lands on the `- --flag=value` line.
 */
import type { Container } from 'kubernetes-types/core/v1.js';
import { BOOLEAN_FLAGS, CONTROL_PLANE_COMPONENTS, KUBELET_BOOLEAN_FLAGS, flagLifecycle, flagStatus, isFlagUsableByDefault, type ControlPlaneComponentName } from '../k8s/flags.js';
import { KUBEADM_DEFAULT_FLAGS } from '../k8s/kubeadm.js';
import { compareVersions, mustParse, type K8sVersion } from '../k8s/versions.js';
import type { Path, PathSegment } from '../load/positions.js';
import { parseImageReference } from './image.js';
import { isPlainObject, own, type Located, type Resource } from './resource.js';

export type { ControlPlaneComponentName } from '../k8s/flags.js';

/** Where a component's flags come from. */
export type ControlPlaneSource = 'static-pod' | 'self-hosted' | 'kubeadm';

/** One occurrence of a flag. */
export interface ControlPlaneFlag extends Located<string> {
  /** Name without leading dashes. */
  readonly name: string;
  /** The value; `true` for a boolean flag written without one. */
  readonly value: string;
  /** Path of the scalar or entry that names the flag (`- --flag=value`, `flag: value`, `- name: flag`). */
  readonly path: Path;
  /** Path of the value when it is a separate scalar (`--flag value`, kubeadm maps and lists). */
  readonly valuePath: Path;
  /** Set for flags kubeadm writes itself when the ClusterConfiguration does not override them. */
  readonly kubeadmDefault?: true;
}

/** Splits a comma-separated flag value into its trimmed, non-empty items. */
export function listValue(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A control-plane component as configured by one static pod container or one kubeadm config section. */
export class ControlPlaneNode implements Located<readonly ControlPlaneFlag[]> {
  constructor(
    readonly component: ControlPlaneComponentName,
    readonly source: ControlPlaneSource,
    /** Every flag occurrence, in order (kubeadm defaults first, then what the file gives). */
    readonly value: readonly ControlPlaneFlag[],
    /** The container, or the kubeadm section (`apiServer`, `etcd.local`). */
    readonly path: Path,
    /** Where to report a flag that is absent: the `command`/`args` key, or the `extraArgs` key. */
    readonly missingAt: Path,
    readonly resource: Resource,
  ) {}

  get flags(): readonly ControlPlaneFlag[] {
    return this.value;
  }

  /** The effective occurrence of a flag: the last one, as pflag lets later values win. */
  flag(name: string): ControlPlaneFlag | undefined {
    for (let i = this.value.length - 1; i >= 0; i--) if (this.value[i]?.name === name) return this.value[i];
    return undefined;
  }

  /** Every occurrence of a flag, for flags that may repeat (`--service-account-key-file`). */
  all(name: string): ControlPlaneFlag[] {
    return this.value.filter((f) => f.name === name);
  }

  /** The items of a comma-separated flag, empty when absent. */
  list(name: string): string[] {
    const f = this.flag(name);
    return f ? listValue(f.value) : [];
  }
}

const BINARY_NAMES = new Set<string>(CONTROL_PLANE_COMPONENTS);

function basename(text: string): string {
  const slash = text.lastIndexOf('/');
  return slash === -1 ? text : text.slice(slash + 1);
}

function componentName(text: unknown): ControlPlaneComponentName | undefined {
  if (typeof text !== 'string') return undefined;
  const name = basename(text.trim());
  return BINARY_NAMES.has(name) ? (name as ControlPlaneComponentName) : undefined;
}

interface Token {
  readonly text: string;
  readonly path: Path;
}

/** Parses `--a=b`, `--a b`, `--bool` and `-a=b` tokens; anything that is not a flag is skipped. */
export function parseFlagTokens(component: ControlPlaneComponentName, tokens: readonly Token[]): ControlPlaneFlag[] {
  return parseTokens(BOOLEAN_FLAGS[component], tokens);
}

function parseTokens(booleans: ReadonlySet<string>, tokens: readonly Token[]): ControlPlaneFlag[] {
  const flags: ControlPlaneFlag[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const match = /^--?([A-Za-z0-9][A-Za-z0-9._-]*)(?:=([\s\S]*))?$/.exec(token.text.trim());
    if (!match) continue;
    const name = match[1] ?? '';
    if (match[2] !== undefined) {
      flags.push({ name, value: match[2], path: token.path, valuePath: token.path });
      continue;
    }
    const next = tokens[i + 1];
    if (!booleans.has(name) && next && !next.text.startsWith('-')) {
      flags.push({ name, value: next.text, path: token.path, valuePath: next.path });
      i++;
    } else {
      flags.push({ name, value: 'true', path: token.path, valuePath: token.path });
    }
  }
  return flags;
}

function tokensOf(list: unknown, base: Path, from: number): Token[] {
  if (!Array.isArray(list)) return [];
  const out: Token[] = [];
  list.forEach((item: unknown, i) => {
    if (i < from) return;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') out.push({ text: String(item), path: [...base, i] });
  });
  return out;
}

/** The component an image runs, from its repository's last segment (`registry.k8s.io/etcd`, `k8s.gcr.io/kube-apiserver-amd64`). */
function componentOfImage(image: unknown): ControlPlaneComponentName | undefined {
  if (typeof image !== 'string') return undefined;
  return componentName(parseImageReference(image).repository.replace(/-(?:amd64|arm64|arm|ppc64le|s390x)$/, ''));
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

/**
 * Where a container's flags start: `skip` command items are the binary (and a hyperkube or wrapper prefix);
 * `script` is set for `sh -c "exec kube-apiserver --flag …"`, whose words are the flags.
 */
interface ComponentStart {
  readonly component: ControlPlaneComponentName;
  readonly skip: number;
  readonly script?: { readonly index: number; readonly words: readonly string[] };
}

const SCRIPT_SEPARATOR = /^(?:;|&&|\|\|?|&)$/;
/**
 * Words after which the next word is still a command: wrappers (`exec kube-apiserver …`, `nohup etcd …`)
 * and shell keywords that open a command list (`if …; then exec etcd …`).
 */
const COMMAND_PREFIXES: ReadonlySet<string> = new Set(['exec', 'nohup', 'env', 'command', 'time', 'then', 'else', 'do', '!', '{', '(']);
/** `NAME=value` before a command sets its environment and keeps the command position. */
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The indices of the words in command position: the first word of a line or after `;`, `&&`, `||`, `|`
 * or `&`, skipping `exec`-style prefixes and environment assignments. A component named anywhere else is
 * an argument (`vttablet -topo_implementation etcd`), not the program the script runs.
 */
function commandPositions(lines: readonly (readonly string[])[]): Set<number> {
  const positions = new Set<number>();
  let index = 0;
  for (const line of lines) {
    let commandPosition = true;
    for (const word of line) {
      if (commandPosition) positions.add(index);
      index++;
      if (SCRIPT_SEPARATOR.test(word) || word.endsWith(';')) commandPosition = true;
      else if (!(commandPosition && (COMMAND_PREFIXES.has(word) || ENV_ASSIGNMENT.test(word)))) commandPosition = false;
    }
  }
  return positions;
}

/**
 * Splits a shell script into words after the first command that runs a component (quotes removed, stops at
 * `;`, `&&`, `|`).
 */
function scriptWords(script: string): { component: ControlPlaneComponentName; words: string[] } | undefined {
  const lines = script
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.split(/\s+/).filter((w) => w !== ''));
  const words = lines.flat();
  const positions = commandPositions(lines);
  const at = words.findIndex((w, i) => positions.has(i) && componentName(w) !== undefined);
  if (at === -1) return undefined;
  const component = componentName(words[at]);
  if (!component) return undefined;
  const rest: string[] = [];
  for (const raw of words.slice(at + 1)) {
    if (SCRIPT_SEPARATOR.test(raw)) break;
    const ends = raw.endsWith(';');
    const word = ends ? raw.slice(0, -1) : raw;
    if (word !== '') rest.push(word.replace(/^(['"])(.*)\1$/, '$2').replace(/=(['"])(.*)\1$/, '=$2'));
    if (ends) break;
  }
  return { component, words: rest };
}

/** Which component a container runs: by its command, then its image name, then its container name. */
export function componentOfContainer(container: Container): ComponentStart | undefined {
  const command: unknown[] = Array.isArray(container.command) ? container.command : [];
  const first = componentName(command[0]);
  if (first) return { component: first, skip: 1 };
  const head = typeof command[0] === 'string' ? basename(command[0]) : undefined;
  // hyperkube-style: `/hyperkube kube-apiserver --flag…`
  if (head === 'hyperkube') {
    const second = componentName(command[1]);
    if (second) return { component: second, skip: 2 };
  }
  if (head !== undefined && SHELLS.has(head) && command[1] === '-c' && typeof command[2] === 'string') {
    const found = scriptWords(command[2]);
    return found ? { component: found.component, skip: command.length, script: { index: 2, words: found.words } } : undefined;
  }
  if (command.length > 0 && !(typeof command[0] === 'string' && command[0].startsWith('-'))) {
    // Another wrapper (tini, dumb-init): trust it when the image names the component and the command runs it.
    const byImage = componentOfImage(container.image);
    const at = command.findIndex((c) => byImage !== undefined && componentName(c) === byImage);
    return byImage && at !== -1 ? { component: byImage, skip: at + 1 } : undefined;
  }
  const component = componentOfImage(container.image) ?? componentName(container.name);
  return component ? { component, skip: 0 } : undefined;
}

function containersWithPaths(resource: Resource, specAt: readonly string[]): { container: Container; path: Path }[] {
  const spec = dig(resource.value, specAt);
  if (!isPlainObject(spec) || !Array.isArray(spec.containers)) return [];
  const out: { container: Container; path: Path }[] = [];
  spec.containers.forEach((c: unknown, i) => {
    if (isPlainObject(c)) out.push({ container: c as unknown as Container, path: resource.pathTo(...specAt, 'containers', i) });
  });
  return out;
}

/** The control-plane components of a static pod (a core-group Pod). */
export function staticPodComponents(resource: Resource): ControlPlaneNode[] {
  if (resource.kind !== 'Pod' || resource.group !== '') return [];
  return podComponents(resource, ['spec'], 'static-pod', () => true);
}

/** Workload kinds a self-hosted control plane runs its components as (bootkube, Typhoon, hosted control planes). */
const SELF_HOSTING_KINDS: ReadonlySet<string> = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']);

/**
 * The control-plane components of a self-hosted control plane: kube-apiserver, kube-controller-manager or
 * kube-scheduler run by an apps/v1 workload. An etcd workload counts only where the control plane's own
 * would be (in kube-system, or labelled `tier: control-plane`): applications run etcd for their own data too.
 */
export function selfHostedComponents(resource: Resource): ControlPlaneNode[] {
  if (resource.group !== 'apps' || !SELF_HOSTING_KINDS.has(resource.kind)) return [];
  const template = dig(resource.value, ['spec', 'template', 'metadata', 'labels']);
  const controlPlaneLabel = resource.labels.tier === 'control-plane' || (isPlainObject(template) && template.tier === 'control-plane');
  const etcdCounts = resource.namespace === 'kube-system' || controlPlaneLabel;
  return podComponents(resource, ['spec', 'template', 'spec'], 'self-hosted', (component) => component !== 'etcd' || etcdCounts);
}

function podComponents(resource: Resource, specAt: readonly string[], source: ControlPlaneSource, counts: (component: ControlPlaneComponentName) => boolean): ControlPlaneNode[] {
  const out: ControlPlaneNode[] = [];
  for (const { container, path } of containersWithPaths(resource, specAt)) {
    const found = componentOfContainer(container);
    if (!found || !counts(found.component)) continue;
    const script = found.script;
    const scriptTokens = script ? script.words.map((text) => ({ text, path: [...path, 'command', script.index] })) : [];
    const tokens = [...scriptTokens, ...tokensOf(container.command, [...path, 'command'], found.skip), ...tokensOf(container.args, [...path, 'args'], 0)];
    const flags = parseFlagTokens(found.component, tokens);
    const missingKey = Array.isArray(container.command) && container.command.length > found.skip ? 'command' : Array.isArray(container.args) ? 'args' : 'command';
    const missingAt = missingKey === 'command' && !Array.isArray(container.command) ? [...path, 'name'] : [...path, missingKey];
    out.push(new ControlPlaneNode(found.component, source, flags, path, missingAt, resource));
  }
  return out;
}

/**
 * A control-plane static pod as kubeadm and most installers lay it out: a Pod running kube-apiserver,
 * kube-controller-manager, kube-scheduler or etcd in kube-system (or labelled `tier: control-plane`).
 * Its settings are checked by the control-plane rules; workload rules do not visit it.
 */
export function isControlPlaneStaticPod(resource: Resource): boolean {
  if (resource.kind !== 'Pod' || resource.group !== '') return false;
  if (resource.namespace !== 'kube-system' && resource.labels.tier !== 'control-plane') return false;
  return staticPodComponents(resource).length > 0;
}

/** The container lists of a pod spec. */
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/**
 * Whether a pod spec is shaped as a control-plane component's and nothing more: every container (init and
 * ephemeral ones too) runs a component, and the pod asks for no host access that no component is given by
 * kubeadm (whose static pods share only the host network and mount only the directories of their
 * configuration, certificates and data): no privileged container, no host PID or IPC namespace, no
 * hostPath volume of the node's root directory. (Source: kubernetes/kubernetes at
 * 011c4adea04f2596f361c3170f0e227113442ce4, cmd/kubeadm/app/util/staticpod/utils.go `ComponentPod`: one
 * container, `HostNetwork: true`, the hostPath volumes it is given.)
 */
function onlyControlPlane(spec: unknown): boolean {
  if (!isPlainObject(spec) || spec.hostPID === true || spec.hostIPC === true) return false;
  let components = 0;
  for (const list of CONTAINER_LISTS) {
    const containers = own(spec, list);
    if (containers === undefined || containers === null) continue;
    if (!Array.isArray(containers)) return false;
    for (const container of containers) {
      if (!isPlainObject(container) || !componentOfContainer(container as unknown as Container)) return false;
      const context = own(container, 'securityContext');
      if (isPlainObject(context) && context.privileged === true) return false;
      components++;
    }
  }
  const volumes = own(spec, 'volumes');
  if (Array.isArray(volumes)) {
    for (const volume of volumes) {
      const hostPath = isPlainObject(volume) ? own(volume, 'hostPath') : undefined;
      const path = isPlainObject(hostPath) ? own(hostPath, 'path') : undefined;
      if (typeof path === 'string' && isRootDirectory(path)) return false;
    }
  }
  return components > 0;
}

/** `/`, however written (`//`, `/./`, `/..`): the kubelet mounts the node's root directory for each. */
function isRootDirectory(path: string): boolean {
  return path.startsWith('/') && path.split('/').every((segment) => segment === '' || segment === '.' || segment === '..');
}

/**
 * A control-plane static pod, or a workload of a self-hosted control plane: its settings are checked by the
 * control-plane rules, and workload rules do not visit it (it needs host access by design). Only a pod
 * where the control plane runs (kube-system, or labelled `tier: control-plane`) that runs nothing but
 * components and asks for nothing more than they need (onlyControlPlane) counts: a container named
 * kube-scheduler beside a privileged one, or a scheduler Deployment in an application's namespace, is a
 * workload, and every container of it is checked.
 */
export function isControlPlanePod(resource: Resource): boolean {
  if (isControlPlaneStaticPod(resource)) return onlyControlPlane(dig(resource.value, ['spec']));
  if (selfHostedComponents(resource).length === 0) return false;
  const template = dig(resource.value, ['spec', 'template', 'metadata', 'labels']);
  const placed = resource.namespace === 'kube-system' || resource.labels.tier === 'control-plane' || (isPlainObject(template) && template.tier === 'control-plane');
  return placed && onlyControlPlane(dig(resource.value, ['spec', 'template', 'spec']));
}

/** kubeadm config sections holding each component's extraArgs. */
const KUBEADM_SECTIONS: readonly { component: ControlPlaneComponentName; section: readonly string[] }[] = [
  { component: 'kube-apiserver', section: ['apiServer'] },
  { component: 'kube-controller-manager', section: ['controllerManager'] },
  { component: 'kube-scheduler', section: ['scheduler'] },
  { component: 'etcd', section: ['etcd', 'local'] },
];

function dig(value: unknown, keys: readonly PathSegment[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isPlainObject(current)) return undefined;
    current = own(current, String(key));
  }
  return current;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Reads `extraArgs` in the v1beta3 map form or the v1beta4 list-of-{name,value} form. */
export function extraArgsFlags(extraArgs: unknown, base: Path): ControlPlaneFlag[] {
  const out: ControlPlaneFlag[] = [];
  if (Array.isArray(extraArgs)) {
    extraArgs.forEach((entry: unknown, i) => {
      if (!isPlainObject(entry) || typeof entry.name !== 'string') return;
      const value = scalarText(entry.value) ?? '';
      out.push({ name: entry.name, value, path: [...base, i], valuePath: [...base, i, 'value'] });
    });
  } else if (isPlainObject(extraArgs)) {
    for (const [name, raw] of Object.entries(extraArgs)) {
      const value = scalarText(raw);
      if (value !== undefined) out.push({ name, value, path: [...base, name], valuePath: [...base, name] });
    }
  }
  return out;
}

function inWindow(target: K8sVersion, since: string | undefined, until: string | undefined): boolean {
  if (since !== undefined && compareVersions(target, mustParse(since)) < 0) return false;
  if (until !== undefined && compareVersions(target, mustParse(until)) >= 0) return false;
  return true;
}

/**
 * The value kubeadm passes from `etcd.external` for an etcd client flag: the field when set (certFile and keyFile
 * only as a pair, as getAPIServerCommand does), else none.
 */
function externalEtcdValue(external: unknown, field: string): string | undefined {
  const text = (key: string) => {
    const value = dig(external, [key]);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  if ((field === 'certFile' || field === 'keyFile') && (text('certFile') === undefined || text('keyFile') === undefined)) return undefined;
  return text(field);
}

/** True for a kubeadm ClusterConfiguration of any API version. */
export function isKubeadmClusterConfiguration(resource: Resource): boolean {
  return resource.kind === 'ClusterConfiguration' && resource.group === 'kubeadm.k8s.io';
}

/**
 * The components a kubeadm ClusterConfiguration configures, with kubeadm's own flags (for the target
 * release) under the file's `extraArgs`. An external etcd is not kubeadm's to configure and is skipped.
 */
export function kubeadmComponents(resource: Resource, target: K8sVersion): ControlPlaneNode[] {
  if (!isKubeadmClusterConfiguration(resource)) return [];
  const out: ControlPlaneNode[] = [];
  for (const { component, section } of KUBEADM_SECTIONS) {
    if (component === 'etcd' && dig(resource.value, ['etcd', 'external']) !== undefined) continue;
    const sectionPath = resource.pathTo(...section);
    const hasExtra = dig(resource.value, [...section, 'extraArgs']) !== undefined;
    const existing = [...section];
    while (existing.length > 0 && dig(resource.value, existing) === undefined) existing.pop();
    const missingAt = hasExtra ? resource.pathTo(...section, 'extraArgs') : existing.length > 0 ? resource.pathTo(...existing) : resource.pathTo('kind');
    const external = dig(resource.value, ['etcd', 'external']);
    const defaults: ControlPlaneFlag[] = KUBEADM_DEFAULT_FLAGS.filter((d) => d.component === component && inWindow(target, d.since, d.until)).flatMap((d) => {
      const value = d.localEtcd && external !== undefined ? externalEtcdValue(external, d.localEtcd.externalField) : d.value;
      return value === undefined ? [] : [{ name: d.flag, value, path: missingAt, valuePath: missingAt, kubeadmDefault: true as const }];
    });
    const given = extraArgsFlags(dig(resource.value, [...section, 'extraArgs']), resource.pathTo(...section, 'extraArgs'));
    out.push(new ControlPlaneNode(component, 'kubeadm', [...defaults, ...given], sectionPath, missingAt, resource));
  }
  return out;
}

/** Every control-plane component a resource configures (static pod, self-hosted workload or kubeadm ClusterConfiguration). */
export function controlPlaneComponentsOf(resource: Resource, target: K8sVersion): ControlPlaneNode[] {
  if (resource.kind === 'Pod') return staticPodComponents(resource);
  if (resource.kind === 'ClusterConfiguration') return kubeadmComponents(resource, target);
  return selfHostedComponents(resource);
}

const DURATION_UNITS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 0.000001, '\u00b5s': 0.000001, ns: 0.000000001 };

/** Parses a Go duration (`8760h`, `1h30m`, `90s`) into seconds; undefined when it is not one. */
export function parseGoDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s|us|\u00b5s|ns))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const m of trimmed.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|\u00b5s|ns)/gy)) total += Number(m[1]) * (own(DURATION_UNITS, m[2] ?? '') ?? 0);
  return total;
}

/**
 * The kubelet flags a kubeadm InitConfiguration or JoinConfiguration passes in `nodeRegistration.kubeletExtraArgs`.
 * They override the node's KubeletConfiguration file, and are reported at their own entry.
 */
export function kubeletExtraArgs(resource: Resource): ControlPlaneFlag[] {
  if ((resource.kind !== 'InitConfiguration' && resource.kind !== 'JoinConfiguration') || resource.group !== 'kubeadm.k8s.io') return [];
  const base = resource.pathTo('nodeRegistration', 'kubeletExtraArgs');
  return extraArgsFlags(dig(resource.value, ['nodeRegistration', 'kubeletExtraArgs']), base);
}

/** The image repository's last segment without an architecture suffix (`kubelet-amd64` is `kubelet`). */
function imageBinary(image: unknown): string | undefined {
  if (typeof image !== 'string') return undefined;
  return basename(parseImageReference(image).repository).replace(/-(?:amd64|arm64|arm|ppc64le|s390x)$/, '');
}

/**
 * The flags of a kubelet that a container runs (a self-hosted or containerised kubelet: `kubelet --flag…`,
 * hyperkube's `hyperkube kubelet --flag…`, or a kubelet image given only `args`), each with the path of its
 * entry; undefined when the container does not run the kubelet. Like kubeadm's kubeletExtraArgs, a flag
 * written here beats the kubelet's config file, and a flag left out is decided by that file.
 */
export function kubeletContainerFlags(container: Container, path: Path): ControlPlaneFlag[] | undefined {
  const command: unknown[] = Array.isArray(container.command) ? container.command : [];
  const args: unknown[] = Array.isArray(container.args) ? container.args : [];
  const head = typeof command[0] === 'string' ? basename(command[0].trim()) : undefined;
  let fromCommand: number;
  let fromArgs = 0;
  if (head === 'kubelet') fromCommand = 1;
  else if (head === 'hyperkube' && command[1] === 'kubelet') fromCommand = 2;
  else if (command.length === 0 && imageBinary(container.image) === 'kubelet') fromCommand = 0;
  else if (command.length === 0 && imageBinary(container.image) === 'hyperkube' && args[0] === 'kubelet') {
    fromCommand = 0;
    fromArgs = 1;
  } else return undefined;
  return parseTokens(KUBELET_BOOLEAN_FLAGS, [...tokensOf(command, [...path, 'command'], fromCommand), ...tokensOf(args, [...path, 'args'], fromArgs)]);
}

/**
 * True when a kubelet run by a container has no configuration file to read: its flags name no `--config`
 * and no `--config-dir`, and no entry of its command or args hides flags behind a `$(VAR)` reference. Such
 * a kubelet runs on its flags and the command-line defaults (cmd/kubelet/app/options NewKubeletConfiguration:
 * no client CA, bearer-token webhook off, a self-signed serving certificate), so a flag left out is that
 * default rather than a setting of a file the input does not show.
 */
export function kubeletReadsFlagsOnly(container: Container, flags: readonly ControlPlaneFlag[]): boolean {
  if (flags.some((f) => f.name === 'config' || f.name === 'config-dir')) return false;
  const entries: unknown[] = [...(Array.isArray(container.command) ? container.command : []), ...(Array.isArray(container.args) ? container.args : [])];
  return !entries.some((e) => typeof e === 'string' && e.includes('$('));
}

/** The effective (last) occurrence of a flag in a list of flags. */
export function lastFlag(flags: readonly ControlPlaneFlag[], name: string): ControlPlaneFlag | undefined {
  for (let i = flags.length - 1; i >= 0; i--) if (flags[i]?.name === name) return flags[i];
  return undefined;
}

/** The `--feature-gates=A=true,B=false` settings of a component (later entries win). */
export function featureGates(node: ControlPlaneNode): ReadonlyMap<string, boolean> {
  const gates = new Map<string, boolean>();
  for (const flag of node.all('feature-gates')) {
    for (const item of listValue(flag.value)) {
      const [name, value] = item.split('=', 2).map((part) => part.trim());
      if (name) gates.set(name, (value ?? '').toLowerCase() === 'true');
    }
  }
  return gates;
}

/**
 * The flag's occurrence when it takes effect on the target: the release knows it and, for a gated flag, the
 * gate is on (by default there, or through --feature-gates). Undefined when absent or not in effect.
 */
export function effectiveFlag(node: ControlPlaneNode, name: string, target: K8sVersion): ControlPlaneFlag | undefined {
  const flag = node.flag(name);
  if (!flag) return undefined;
  if (isFlagUsableByDefault(node.component, name, target)) return flag;
  const status = flagStatus(node.component, name, target);
  if (status === 'removed' || status === 'not-yet-added') return undefined;
  const gate = flagLifecycle(node.component, name)?.gate;
  return gate && featureGates(node).get(gate.name) === true ? flag : undefined;
}
