import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import {
  formatPssVersion,
  parsePssVersionLabel,
  PSA_CONFIGURATION,
  PSS_LEVEL_ORDER,
  PSS_NAMESPACE_LABELS,
  resolvePssPolicy,
} from '../../src/k8s/pss.js';
import { compareVersions } from '../../src/k8s/versions.js';
import {
  isAdmissionConfiguration,
  isPodSecurityConfiguration,
  podSecurityPluginEntry,
  podSecuritySettings,
  type PodSecuritySettings,
} from '../../src/model/admission-config.js';
import { matchConfigFile } from '../../src/model/config-references.js';
import { scalarText } from '../../src/model/pod-security.js';
import { isPlainObject, type Located } from '../../src/model/resource.js';

const { enforce: ENFORCE, enforceVersion: ENFORCE_VERSION } = PSS_NAMESPACE_LABELS;

/** What the rule keeps of a PodSecurityConfiguration: the cluster-wide enforce level and the exempted namespaces. */
interface ClusterDefaults {
  readonly file: string;
  readonly enforce: string;
  readonly exemptNamespaces: readonly string[];
}

type Fact =
  | {
      readonly type: 'namespace';
      readonly name: string;
      /** The enforce label's value when it is a level; absent when the namespace has no label. */
      readonly level?: string;
      readonly at: Location;
    }
  | { readonly type: 'apiserver'; readonly admissionConfig?: string }
  | ({ readonly type: 'admission' } & (
      | { readonly file: string; readonly inline: ClusterDefaults }
      | { readonly file: string; readonly path: string }
      | { readonly file: string; readonly none: true }
    ))
  | { readonly type: 'pod-security'; readonly settings: ClusterDefaults };

function rank(level: string): number {
  return PSS_LEVEL_ORDER.indexOf(level as (typeof PSS_LEVEL_ORDER)[number]);
}

function clusterDefaults(file: string, settings: PodSecuritySettings): ClusterDefaults {
  return { file, enforce: settings.enforce?.value ?? PSA_CONFIGURATION.defaultEnforce, exemptNamespaces: settings.exemptions.namespaces.map((n) => n.value) };
}

type Admission = Extract<Fact, { type: 'admission' }>;
type Standalone = Extract<Fact, { type: 'pod-security' }>;

/** The defaults an AdmissionConfiguration gives PodSecurity: inline, from the file its `path` names, or the built-in ones. */
function fromAdmission(admission: Admission, standalone: readonly Standalone[]): ClusterDefaults | 'built-in' | undefined {
  if ('inline' in admission) return admission.inline;
  if ('none' in admission) return 'built-in';
  return matchConfigFile(admission.path, standalone.map((s) => ({ file: s.settings.file, settings: s.settings })))?.settings;
}

/**
 * The PodSecurityConfiguration the cluster runs with: the one the apiservers in the input name (all of them the
 * same), or, with no apiserver in the input, the only one in the input. `built-in` when PodSecurity runs unconfigured;
 * undefined when pci-lint cannot tell.
 */
function effectiveDefaults(facts: readonly Fact[]): ClusterDefaults | 'built-in' | undefined {
  const admissions = facts.filter((f): f is Admission => f.type === 'admission');
  const standalone = facts.filter((f): f is Standalone => f.type === 'pod-security');
  const apiservers = facts.filter((f): f is Extract<Fact, { type: 'apiserver' }> => f.type === 'apiserver');
  if (apiservers.length > 0) {
    const resolved = apiservers.map((a) => {
      if (a.admissionConfig === undefined) return 'built-in' as const;
      const admission = matchConfigFile(a.admissionConfig, admissions);
      return admission ? fromAdmission(admission, standalone) : undefined;
    });
    const first = resolved[0];
    return resolved.every((r) => r === first) ? first : undefined;
  }
  if (admissions.length === 1 && admissions[0]) return fromAdmission(admissions[0], standalone);
  if (admissions.length === 0 && standalone.length === 1) return standalone[0]?.settings;
  return undefined;
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'namespace-pod-security-label',
    pci: ['3.1'],
    requirements: ['2.2.1', '2.2.6'],
    inputs: ['namespace', 'admission-config'],
    severity: 'error',
    k8s: { since: PSA_CONFIGURATION.since },
    docs: {
      summary:
        'Namespaces must enforce the configured Pod Security Standards level (the pod-security.kubernetes.io/enforce label, or the cluster-wide default of the PodSecurity admission configuration), without pinning an old policy version or exempting namespaces, users or runtime classes.',
      rationale:
        'Pod Security Admission only rejects pods in namespaces whose `pod-security.kubernetes.io/enforce` label asks it to, or, for namespaces without the label, when the PodSecurityConfiguration ' +
        '(`defaults.enforce` in the AdmissionConfiguration that `--admission-control-config-file` names) sets a cluster-wide level; its built-in default is `privileged`. A namespace left at a weaker ' +
        "level than the organisation's standard admits privileged pods whatever the manifests in this repository look like, and the configuration's `exemptions` (namespaces, usernames, runtime classes) " +
        'switch the checks off entirely for what they name. PCI DSS container guidance 3.1 asks that workload security settings are enforced, not only written down. ' +
        'The required level is `--pss-level` (default restricted; privileged < baseline < restricted). An `enforce-version` older than the policy version pci-lint checks against (the target Kubernetes version unless a PSS version is pinned in the settings) keeps the namespace on an older, weaker policy and is reported as a warning; `latest` is fine. Values Pod Security Admission cannot parse make the API server reject the namespace. ' +
        'The PodSecurityConfiguration is the one the kube-apiservers in the input name (matched by path), or the only one in the input when no apiserver is; otherwise unlabelled namespaces are reported as if no default were set. ' +
        'Pod Security Admission exists from 1.22 (on by default from 1.23); before that the rule does not apply, and `apiserver-admission-plugins` asks for PodSecurityPolicy instead.',
      fix:
        'Add `pod-security.kubernetes.io/enforce: restricted` (or the configured level) to the namespace labels, or set `defaults.enforce` in the PodSecurityConfiguration; set `pod-security.kubernetes.io/enforce-version` to `latest` or remove it. ' +
        'Keep `exemptions` to the system namespaces that need them, and record why by suppressing those findings with a reason.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces',
        'https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-admission-controller/',
        'kubernetes/pod-security-admission api/helpers.go (PolicyToEvaluate, ParseVersion), admission/api/v1/types.go and defaults.go',
      ],
    },
    messages: {
      missing:
        'Namespace "{{namespace}}" has no pod-security.kubernetes.io/enforce label, so Pod Security Admission admits any pod there.',
      weakDefault:
        'Namespace "{{namespace}}" has no pod-security.kubernetes.io/enforce label, and the cluster-wide default (defaults.enforce in {{file}}) is {{actual}}, weaker than the required {{level}}.',
      weaker:
        'Namespace "{{namespace}}" enforces the {{actual}} Pod Security Standard, weaker than the required {{level}}.',
      invalidLevel:
        'Namespace "{{namespace}}" sets pod-security.kubernetes.io/enforce to "{{value}}", which is not a level (privileged, baseline, restricted); the API server rejects the namespace.',
      invalidVersion:
        'Namespace "{{namespace}}" sets pod-security.kubernetes.io/enforce-version to "{{value}}", which Pod Security Admission cannot parse (use latest or v1.N, such as v1.30); the API server rejects the namespace.',
      oldVersion:
        'Namespace "{{namespace}}" pins pod-security.kubernetes.io/enforce-version to {{value}}, older than policy {{version}}, so newer Pod Security Standards checks are not enforced there.',
      exemptNamespace:
        'PodSecurityConfiguration exempts namespace "{{name}}": Pod Security Admission checks no pod there, whatever the namespace labels say.',
      exemptUsername:
        'PodSecurityConfiguration exempts user "{{name}}": pods that user creates directly skip every Pod Security Standards check.',
      exemptRuntimeClass:
        'PodSecurityConfiguration exempts runtime class "{{name}}": any pod that names it skips every Pod Security Standards check.',
    },
    fixes: {
      missing: 'Add the label pod-security.kubernetes.io/enforce: {{level}}.',
      weakDefault: 'Add the label pod-security.kubernetes.io/enforce: {{level}}, or raise defaults.enforce.',
      weaker: 'Set pod-security.kubernetes.io/enforce to {{level}}.',
      invalidLevel: 'Set it to {{level}}.',
      invalidVersion: 'Set it to latest.',
      oldVersion: 'Set it to latest (or remove it).',
      exemptNamespace: 'Remove the exemption, or keep it only for a system namespace that needs it and suppress this finding with the reason.',
      exemptUsername: 'Remove the exemption, or suppress this finding with the reason.',
      exemptRuntimeClass: 'Remove the exemption, or suppress this finding with the reason.',
    },
  },
  visit: {
    Namespace(ctx, namespace) {
      const metadata = (namespace.value as { metadata?: unknown }).metadata;
      const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
      const policy = resolvePssPolicy(ctx.settings, ctx.target);
      const name = namespace.name ?? '(unnamed)';
      const labelPath = (label: string) => namespace.pathTo('metadata', 'labels', label);

      if (labels[ENFORCE] === undefined || labels[ENFORCE] === null) {
        ctx.record({ type: 'namespace', name, at: ctx.locate(labelPath(ENFORCE), 'key') });
      } else {
        const level = scalarText(labels[ENFORCE]);
        if (rank(level) === -1) ctx.report({ at: labelPath(ENFORCE), messageId: 'invalidLevel', data: { namespace: name, value: level, level: policy.level } });
        else ctx.record({ type: 'namespace', name, level, at: ctx.locate(labelPath(ENFORCE)) });
      }

      if (labels[ENFORCE_VERSION] === undefined || labels[ENFORCE_VERSION] === null) return;
      const pinned = scalarText(labels[ENFORCE_VERSION]);
      const version = parsePssVersionLabel(pinned);
      if (version === undefined) {
        ctx.report({ at: labelPath(ENFORCE_VERSION), messageId: 'invalidVersion', data: { namespace: name, value: pinned } });
      } else if (version !== 'latest' && compareVersions(version, policy.version) < 0) {
        ctx.report({
          at: labelPath(ENFORCE_VERSION),
          messageId: 'oldVersion',
          severity: 'warning',
          data: { namespace: name, value: pinned, version: formatPssVersion(policy.version) },
        });
      }
    },
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const config = node.flag('admission-control-config-file')?.value.trim();
      ctx.record({ type: 'apiserver', ...(config && { admissionConfig: config }) });
    },
    Resource(ctx, resource) {
      const reportExemptions = (settings: PodSecuritySettings) => {
        const each = (list: readonly Located<string>[], messageId: 'exemptNamespace' | 'exemptUsername' | 'exemptRuntimeClass') => {
          for (const item of list) ctx.report({ at: item.path, messageId, data: { name: item.value }, severity: 'warning' });
        };
        each(settings.exemptions.namespaces, 'exemptNamespace');
        each(settings.exemptions.usernames, 'exemptUsername');
        each(settings.exemptions.runtimeClasses, 'exemptRuntimeClass');
      };
      if (isAdmissionConfiguration(resource)) {
        const entry = podSecurityPluginEntry(resource);
        if (!entry) ctx.record({ type: 'admission', file: ctx.file, none: true });
        else if ('path' in entry) ctx.record({ type: 'admission', file: ctx.file, path: entry.path.value });
        else {
          reportExemptions(entry.inline);
          ctx.record({ type: 'admission', file: ctx.file, inline: clusterDefaults(ctx.file, entry.inline) });
        }
      } else if (isPodSecurityConfiguration(resource)) {
        const settings = podSecuritySettings(resource.value, resource.path, resource.pathTo('kind'));
        reportExemptions(settings);
        ctx.record({ type: 'pod-security', settings: clusterDefaults(ctx.file, settings) });
      }
    },
  },
  finish(ctx, project) {
    const policy = resolvePssPolicy(ctx.settings, ctx.target);
    const defaults = effectiveDefaults(project.facts);
    const configured = defaults !== undefined && defaults !== 'built-in' ? defaults : undefined;
    for (const fact of project.facts) {
      if (fact.type !== 'namespace') continue;
      // Pods of an exempted namespace are never checked: the exemption is the finding (on the configuration).
      if (configured?.exemptNamespaces.includes(fact.name)) continue;
      const data = { namespace: fact.name, level: policy.level };
      if (fact.level !== undefined) {
        if (rank(fact.level) < rank(policy.level)) ctx.report({ at: fact.at, messageId: 'weaker', data: { ...data, actual: fact.level } });
      } else if (!configured) {
        ctx.report({ at: fact.at, messageId: 'missing', data });
      } else if (rank(configured.enforce) < rank(policy.level)) {
        ctx.report({ at: fact.at, messageId: 'weakDefault', data: { ...data, file: configured.file, actual: configured.enforce } });
      }
    }
  },
});
