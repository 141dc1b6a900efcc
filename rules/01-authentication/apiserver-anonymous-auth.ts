import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { AUTHN_CONFIG_ANONYMOUS, HEALTH_PATHS } from '../../src/k8s/config-files.js';
import { flagDefault } from '../../src/k8s/flags.js';
import { compareVersions, mustParse, type K8sVersion } from '../../src/k8s/versions.js';
import { matchConfigFile } from '../../src/model/config-references.js';
import { effectiveFlag, featureGates, type ControlPlaneNode } from '../../src/model/control-plane.js';

type Fact =
  | {
      readonly type: 'apiserver';
      /** The --authentication-config path. */
      readonly config: string;
      /** Set when --anonymous-auth is given: where, for the start-up conflict with an `anonymous:` stanza. */
      readonly flagAt?: Location;
      /** Where to report the default (anonymous on) when the config file has no `anonymous:` stanza. */
      readonly missingAt: Location;
    }
  | { readonly type: 'config'; readonly file: string; readonly anonymous: boolean };

/** True when the AuthenticationConfiguration's `anonymous:` stanza is honoured (gate AnonymousAuthConfigurableEndpoints). */
function configCanHoldAnonymous(node: ControlPlaneNode, target: K8sVersion): boolean {
  if (compareVersions(target, mustParse(AUTHN_CONFIG_ANONYMOUS.since)) >= 0) return true;
  return compareVersions(target, mustParse(AUTHN_CONFIG_ANONYMOUS.alphaSince)) >= 0 && featureGates(node).get(AUTHN_CONFIG_ANONYMOUS.gate) === true;
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'apiserver-anonymous-auth',
    pci: ['1.1'],
    requirements: ['8.2.1', '8.3.1'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must not accept anonymous requests beyond its health endpoints.',
      rationale:
        'With anonymous authentication on, every request without credentials is served as `system:anonymous`; any RBAC binding to that user ' +
        'or to `system:unauthenticated` then opens the API to the network. PCI DSS container guidance 1.1 requires every access to the orchestrator to be authenticated. ' +
        'From 1.32 (1.31 with the AnonymousAuthConfigurableEndpoints gate) anonymous access can instead be set in the `--authentication-config` file; when that file has no ' +
        '`anonymous:` stanza the `--anonymous-auth` flag and its default (true) still apply, and setting the flag together with the stanza stops the apiserver at start-up ' +
        '(pkg/kubeapiserver/options/authentication.go). The file is looked up among the input documents by its path; when it is not in the input the default is reported as a warning.',
      fix: 'Add `--anonymous-auth=false` to the kube-apiserver command (or `anonymous-auth: "false"` to kubeadm `apiServer.extraArgs`). From 1.32 you may instead drop the flag and keep anonymous access in the AuthenticationConfiguration, limited to `/healthz`, `/livez` and `/readyz`.',
      references: [
        'CIS Kubernetes Benchmark 1.2.1',
        'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests',
        'kubernetes/kubernetes pkg/kubeapiserver/options/authentication.go (ToAuthenticationConfig: flag and config file are mutually exclusive; without either, Anonymous.Allow defaults to true)',
      ],
    },
    messages: {
      enabled: 'kube-apiserver sets --anonymous-auth={{value}}: unauthenticated requests are served as system:anonymous.',
      enabledByDefault:
        'kube-apiserver does not set --anonymous-auth, and it defaults to true: unauthenticated requests are served as system:anonymous.',
      configWithoutAnonymous:
        'kube-apiserver does not set --anonymous-auth and its AuthenticationConfiguration ({{file}}) has no anonymous: stanza, so the flag default applies: unauthenticated requests are served as system:anonymous.',
      configNotInInput:
        'kube-apiserver does not set --anonymous-auth; unless {{config}} (not in the input) has an anonymous: stanza, the flag default applies and unauthenticated requests are served as system:anonymous.',
      conflict:
        'kube-apiserver sets --anonymous-auth and its AuthenticationConfiguration ({{file}}) has an anonymous: stanza: the apiserver refuses to start ("--anonymous-auth flag cannot be set when anonymous field is configured in authentication configuration file").',
      configUnrestricted:
        'AuthenticationConfiguration enables anonymous requests without conditions, so every path is reachable without credentials.',
      configPath:
        'AuthenticationConfiguration allows anonymous requests to "{{path}}"; only /healthz, /livez and /readyz should be reachable without credentials.',
    },
    fixes: {
      enabled: 'Set --anonymous-auth=false.',
      enabledByDefault: 'Add --anonymous-auth=false.',
      configWithoutAnonymous: 'Add --anonymous-auth=false, or an anonymous: stanza limited to the health paths.',
      configNotInInput: 'Add --anonymous-auth=false, or lint the AuthenticationConfiguration with this manifest.',
      conflict: 'Remove one of them.',
      configUnrestricted: 'Limit anonymous.conditions to /healthz, /livez and /readyz, or set anonymous.enabled: false.',
      configPath: 'Remove this condition.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const flag = node.flag('anonymous-auth');
      const config = effectiveFlag(node, 'authentication-config', ctx.target);
      const configDecides = config !== undefined && config.value.trim() !== '' && configCanHoldAnonymous(node, ctx.target);
      if (flag && flag.value.toLowerCase() !== 'false') ctx.report({ at: flag.path, messageId: 'enabled', data: { value: flag.value } });
      if (configDecides) {
        ctx.record({
          type: 'apiserver',
          config: config.value.trim(),
          ...(flag && { flagAt: ctx.locate(flag.path) }),
          missingAt: ctx.locate(node.missingAt, 'key'),
        });
        return;
      }
      if (!flag && flagDefault('kube-apiserver', 'anonymous-auth', ctx.target) === 'true') ctx.report({ at: node.missingAt, part: 'key', messageId: 'enabledByDefault' });
    },
    AuthenticationConfiguration(ctx, config) {
      const anonymous = config.value.anonymous;
      ctx.record({ type: 'config', file: ctx.file, anonymous: (anonymous as unknown) !== undefined && (anonymous as unknown) !== null });
      if (anonymous?.enabled !== true) return;
      const conditions = anonymous.conditions;
      if (!Array.isArray(conditions) || conditions.length === 0) {
        ctx.report({ at: config.pathTo('anonymous', 'enabled'), messageId: 'configUnrestricted' });
        return;
      }
      conditions.forEach((condition, i) => {
        const path = typeof condition.path === 'string' ? condition.path : '';
        if (!HEALTH_PATHS.includes(path)) ctx.report({ at: config.pathTo('anonymous', 'conditions', i, 'path'), messageId: 'configPath', data: { path } });
      });
    },
  },
  finish(ctx, project) {
    const configs = project.facts.filter((f): f is Extract<Fact, { type: 'config' }> => f.type === 'config');
    for (const fact of project.facts) {
      if (fact.type !== 'apiserver') continue;
      const matched = matchConfigFile(fact.config, configs);
      if (!matched) {
        if (!fact.flagAt) ctx.report({ at: fact.missingAt, messageId: 'configNotInInput', data: { config: fact.config }, severity: 'warning' });
      } else if (matched.anonymous && fact.flagAt) {
        ctx.report({ at: fact.flagAt, messageId: 'conflict', data: { file: matched.file } });
      } else if (!matched.anonymous && !fact.flagAt) {
        ctx.report({ at: fact.missingAt, messageId: 'configWithoutAnonymous', data: { file: matched.file } });
      }
    }
  },
});
