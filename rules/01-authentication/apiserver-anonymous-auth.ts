import { defineRule } from '../../src/engine/rule.js';
import { AUTHN_CONFIG_ANONYMOUS, HEALTH_PATHS } from '../../src/k8s/config-files.js';
import { flagDefault } from '../../src/k8s/flags.js';
import { inRange } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'apiserver-anonymous-auth',
    pci: ['1.1'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must not accept anonymous requests beyond its health endpoints.',
      rationale:
        'With anonymous authentication on, every request without credentials is served as `system:anonymous`; any RBAC binding to that user ' +
        'or to `system:unauthenticated` then opens the API to the network. PCI DSS container guidance 1.1 requires every access to the orchestrator to be authenticated.',
      fix: 'Add `--anonymous-auth=false` to the kube-apiserver command (or `anonymous-auth: "false"` to kubeadm `apiServer.extraArgs`). From 1.32 you may instead keep anonymous access in an AuthenticationConfiguration limited to `/healthz`, `/livez` and `/readyz`.',
      references: ['CIS Kubernetes Benchmark 1.2.1', 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
    },
    messages: {
      enabled: 'kube-apiserver sets --anonymous-auth={{value}}: unauthenticated requests are served as system:anonymous. Set --anonymous-auth=false.',
      enabledByDefault:
        'kube-apiserver does not set --anonymous-auth, and it defaults to true: unauthenticated requests are served as system:anonymous. Add --anonymous-auth=false.',
      configUnrestricted:
        'AuthenticationConfiguration enables anonymous requests without conditions, so every path is reachable without credentials. Limit anonymous.conditions to /healthz, /livez and /readyz, or set anonymous.enabled: false.',
      configPath:
        'AuthenticationConfiguration allows anonymous requests to "{{path}}"; only /healthz, /livez and /readyz should be reachable without credentials. Remove this condition.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const flag = node.flag('anonymous-auth');
      if (flag) {
        if (flag.value.toLowerCase() !== 'false') ctx.report({ at: flag.path, messageId: 'enabled', data: { value: flag.value } });
        return;
      }
      // From 1.32 anonymous access may be configured in the --authentication-config file instead (checked on that kind).
      if (node.flag('authentication-config') && inRange(ctx.target, { since: AUTHN_CONFIG_ANONYMOUS.since })) return;
      if (flagDefault('kube-apiserver', 'anonymous-auth', ctx.target) === 'true') ctx.report({ at: node.missingAt, part: 'key', messageId: 'enabledByDefault' });
    },
    AuthenticationConfiguration(ctx, config) {
      const anonymous = config.value.anonymous;
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
});
