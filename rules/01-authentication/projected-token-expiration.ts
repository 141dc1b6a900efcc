import { defineRule } from '../../src/engine/rule.js';
import { INJECTED_TOKEN_EXPIRATION_SECONDS, INJECTED_TOKEN_VOLUME_PREFIX, PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS, PROJECTED_TOKEN_MIN_EXPIRATION_SECONDS } from '../../src/k8s/workload-defaults.js';
import { isPlainObject } from '../../src/model/resource.js';

interface Options {
  readonly maxExpirationSeconds: number;
}

const DEFAULTS: Options = { maxExpirationSeconds: PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS };

export default defineRule({
  meta: {
    id: 'projected-token-expiration',
    pci: ['1.3'],
    requirements: ['8.6.3'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Projected ServiceAccount tokens must not live longer than `maxExpirationSeconds` (default 3600, one hour).',
      rationale:
        'A token stolen from a pod stays usable until it expires. PCI DSS container guidance 1.3 and 1.5 ask for short-lived workload credentials; the guidance suggests at most one hour. ' +
        'The rule checks every `serviceAccountToken` source of a `projected` volume. When `expirationSeconds` is left out the API server sets 3600 ' +
        '(`SetDefaults_ServiceAccountTokenProjection`), so an unset value is only reported when `maxExpirationSeconds` is configured below one hour. ' +
        'The API server rejects values under 600 seconds, so the option cannot be set lower than that. The API server may also cap the lifetime with `--service-account-max-token-expiration`; that flag is checked with the control-plane configuration, not here.',
      fix: 'Set `expirationSeconds` on the `serviceAccountToken` projection to at most the allowed lifetime (for example 3600); the kubelet refreshes the token before it expires.',
      references: ['https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken'],
    },
    messages: {
      tooLong:
        'Volume "{{volume}}" projects a ServiceAccount token that lives {{seconds}} seconds, longer than the allowed {{max}} seconds; a stolen token stays valid that long.',
      defaultTooLong:
        'Volume "{{volume}}" projects a ServiceAccount token without expirationSeconds, which the API server sets to {{seconds}} seconds, longer than the allowed {{max}} seconds.',
    },
    fixes: {
      tooLong: 'Lower expirationSeconds to {{max}} or less.',
      defaultTooLong: 'Set expirationSeconds to {{max}} or less.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { maxExpirationSeconds: { type: 'integer', minimum: PROJECTED_TOKEN_MIN_EXPIRATION_SECONDS } },
        required: ['maxExpirationSeconds'],
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const max = ctx.options.maxExpirationSeconds;
      const volumes: unknown = spec.value.volumes;
      if (!Array.isArray(volumes)) return;
      volumes.forEach((volume: unknown, v) => {
        if (!isPlainObject(volume) || !isPlainObject(volume.projected) || !Array.isArray(volume.projected.sources)) return;
        const name = typeof volume.name === 'string' ? volume.name : `#${v}`;
        volume.projected.sources.forEach((source: unknown, s) => {
          if (!isPlainObject(source) || !isPlainObject(source.serviceAccountToken)) return;
          const at = spec.pathTo('volumes', v, 'projected', 'sources', s, 'serviceAccountToken');
          const seconds: unknown = source.serviceAccountToken.expirationSeconds;
          // The API server's own volume in an exported pod: the automounted token, which automount rules judge.
          if (name.startsWith(INJECTED_TOKEN_VOLUME_PREFIX) && seconds === INJECTED_TOKEN_EXPIRATION_SECONDS) return;
          if (seconds === undefined || seconds === null) {
            if (PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS > max)
              ctx.report({ at, part: 'key', messageId: 'defaultTooLong', data: { volume: name, seconds: PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS, max } });
            return;
          }
          if (typeof seconds === 'number' && seconds > max)
            ctx.report({ at: [...at, 'expirationSeconds'], part: 'value', messageId: 'tooLong', data: { volume: name, seconds, max } });
        });
      });
    },
  },
});
