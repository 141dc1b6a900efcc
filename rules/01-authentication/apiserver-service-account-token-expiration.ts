import { defineRule } from '../../src/engine/rule.js';
import { flagDefault } from '../../src/k8s/flags.js';
import { parseGoDuration } from '../../src/model/control-plane.js';

export default defineRule({
  meta: {
    id: 'apiserver-service-account-token-expiration',
    pci: ['1.3'],
    requirements: ['8.6.3'],
    inputs: ['kube-apiserver'],
    severity: 'warning',
    docs: {
      summary: 'ServiceAccount tokens issued by the kube-apiserver must have a bounded lifetime.',
      rationale:
        'Without `--service-account-max-token-expiration`, a client may request a token valid for years; with `--service-account-extend-token-expiration` (on by default) ' +
        'the tokens mounted into pods are silently issued for a year. A stolen long-lived token keeps working long after the theft. PCI DSS container guidance 1.3 asks for short-lived workload credentials.',
      fix: 'Set `--service-account-max-token-expiration` to a bounded value (for example `24h`) and `--service-account-extend-token-expiration=false` once no workload depends on one-year tokens.',
      references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
    },
    messages: {
      noMax: 'kube-apiserver does not set --service-account-max-token-expiration, so clients can request tokens of any lifetime.',
      tooLong:
        'kube-apiserver allows ServiceAccount tokens valid for {{value}}, longer than the {{max}} s this project accepts.',
      extended:
        'kube-apiserver extends the lifetime of tokens mounted into pods to one year (--service-account-extend-token-expiration is {{how}}).',
    },
    fixes: {
      noMax: 'Set it to a bounded value such as 24h.',
      tooLong: 'Lower --service-account-max-token-expiration.',
      extended: 'Set --service-account-extend-token-expiration=false.',
    },
    options: {
      schema: { type: 'object', properties: { maxSeconds: { type: 'integer', minimum: 600 } }, additionalProperties: false },
      defaults: { maxSeconds: 86_400 },
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const max = node.flag('service-account-max-token-expiration');
      if (!max) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noMax' });
      else {
        const seconds = parseGoDuration(max.value);
        if (seconds !== undefined && seconds > ctx.options.maxSeconds) ctx.report({ at: max.path, messageId: 'tooLong', data: { value: max.value, max: ctx.options.maxSeconds } });
      }
      const extend = node.flag('service-account-extend-token-expiration');
      if (extend) {
        if (extend.value.toLowerCase() !== 'false') ctx.report({ at: extend.path, messageId: 'extended', data: { how: 'set to true' } });
      } else if (flagDefault('kube-apiserver', 'service-account-extend-token-expiration', ctx.target) === 'true') {
        ctx.report({ at: node.missingAt, part: 'key', messageId: 'extended', data: { how: 'true by default' } });
      }
    },
  },
});
