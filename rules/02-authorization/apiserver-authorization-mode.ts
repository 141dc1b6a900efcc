import { defineRule } from '../../src/engine/rule.js';
import { flagDefault } from '../../src/k8s/flags.js';
import { listValue } from '../../src/model/control-plane.js';

export default defineRule({
  meta: {
    id: 'apiserver-authorization-mode',
    pci: ['2.2'],
    requirements: ['7.3.1', '7.3.3'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must authorise requests with Node and RBAC, and never with AlwaysAllow.',
      rationale:
        '`AlwaysAllow` (the built-in default when `--authorization-mode` is not given) lets every authenticated user do anything. Without `RBAC`, roles and bindings have no effect; ' +
        'without `Node`, every kubelet can read all Secrets instead of those of its own pods. PCI DSS container guidance 2.2 requires least-privilege authorization.',
      fix: 'Set `--authorization-mode=Node,RBAC` (add `Webhook` if needed), or use an AuthorizationConfiguration file with Node and RBAC authorizers via `--authorization-config`.',
      references: ['CIS Kubernetes Benchmark 1.2.7-1.2.9', 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/'],
    },
    messages: {
      alwaysAllow: 'kube-apiserver authorises with AlwaysAllow ({{how}}): every authenticated request is allowed.',
      missingMode: 'kube-apiserver --authorization-mode={{modes}} lacks {{mode}}.',
      configAlwaysAllow: 'AuthorizationConfiguration has an AlwaysAllow authorizer: every request that reaches it is allowed.',
      configMissing: 'AuthorizationConfiguration has no {{mode}} authorizer.',
    },
    fixes: {
      alwaysAllow: 'Set --authorization-mode=Node,RBAC.',
      missingMode: 'Set --authorization-mode=Node,RBAC.',
      configAlwaysAllow: 'Remove it and rely on Node and RBAC.',
      configMissing: 'Add - type: {{mode}} to authorizers.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      // A structured AuthorizationConfiguration replaces the flag; that kind is checked below when its file is in the input.
      if (node.flag('authorization-config')) return;
      const flag = node.flag('authorization-mode');
      const modes = flag ? listValue(flag.value) : listValue(flagDefault('kube-apiserver', 'authorization-mode', ctx.target) ?? '');
      const at = flag?.path ?? node.missingAt;
      const part = flag ? 'pair' : 'key';
      if (modes.includes('AlwaysAllow')) {
        ctx.report({ at, part, messageId: 'alwaysAllow', data: { how: flag ? `--authorization-mode=${flag.value}` : 'the default when --authorization-mode is not set' } });
        return;
      }
      for (const mode of ['Node', 'RBAC']) if (!modes.includes(mode)) ctx.report({ at, part, messageId: 'missingMode', data: { modes: modes.join(','), mode } });
    },
    AuthorizationConfiguration(ctx, config) {
      const authorizers = Array.isArray(config.value.authorizers) ? config.value.authorizers : [];
      authorizers.forEach((authorizer, i) => {
        if ((authorizer as unknown) !== null && typeof authorizer === 'object' && authorizer.type === 'AlwaysAllow') ctx.report({ at: config.pathTo('authorizers', i, 'type'), messageId: 'configAlwaysAllow' });
      });
      const types = authorizers.map((a) => ((a as unknown) !== null && typeof a === 'object' ? a.type : undefined));
      const at = Array.isArray(config.value.authorizers) ? config.pathTo('authorizers') : config;
      for (const mode of ['Node', 'RBAC']) if (!types.includes(mode)) ctx.report({ at, part: 'key', messageId: 'configMissing', data: { mode } });
    },
  },
});
