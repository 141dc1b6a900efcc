import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'secret-env-reference',
    pci: ['6.1'],
    requirements: ['8.6.3'],
    inputs: ['workload'],
    severity: 'info',
    docs: {
      summary: 'Secrets should reach containers as mounted files, not as environment variables.',
      rationale:
        'A Secret read into an environment variable (`env[].valueFrom.secretKeyRef`, or a whole Secret through `envFrom[].secretRef`) is copied into the process environment: it is inherited by every child process, readable in /proc/<pid>/environ by anything that can inspect the process, often printed by crash handlers and debug endpoints, and fixed for the life of the container, so a rotated Secret does not reach it. ' +
        'A Secret mounted as a volume is a file with its own permissions that the kubelet updates when the Secret changes. The CIS Kubernetes Benchmark (5.4.1) prefers files over environment variables; PCI DSS container guidance 6.1 asks that secrets be protected in use. ' +
        'Reported as info, one finding per reference, because many images read their credentials only from the environment.',
      fix: 'Mount the Secret as a volume (`volumes[].secret`, with `items` to pick keys and `defaultMode: 0400`) and point the application at the file; where the image supports it, use its `*_FILE` variable naming that path.',
      references: [
        'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod',
        'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
        'CIS Kubernetes Benchmark 5.4.1 (Prefer using secrets as files over secrets as environment variables)',
      ],
    },
    messages: {
      keyRef:
        'Container "{{container}}" reads {{variable}} from Secret "{{secret}}" into an environment variable, where child processes, /proc and crash output can read it and a rotated value never arrives.',
      envFrom:
        'Container "{{container}}" loads every key of Secret "{{secret}}" into its environment, where child processes, /proc and crash output can read them and rotated values never arrive.',
    },
    fixes: {
      keyRef: 'Mount the Secret as a file instead (volumes[].secret) where the application can read it from a path.',
      envFrom: 'Mount the Secret as a volume instead (volumes[].secret) and read the keys from files.',
    },
  },
  visit: {
    Container(ctx, container) {
      const env: unknown = container.value.env;
      if (Array.isArray(env)) {
        env.forEach((item: unknown, i) => {
          if (!isPlainObject(item) || !isPlainObject(item.valueFrom) || !isPlainObject(item.valueFrom.secretKeyRef)) return;
          const ref = item.valueFrom.secretKeyRef;
          ctx.report({
            at: container.pathTo('env', i, 'valueFrom', 'secretKeyRef'),
            part: 'key',
            messageId: 'keyRef',
            data: { container: container.name, variable: typeof item.name === 'string' ? item.name : `env[${String(i)}]`, secret: typeof ref.name === 'string' ? ref.name : '(unnamed)' },
          });
        });
      }
      const envFrom: unknown = container.value.envFrom;
      if (Array.isArray(envFrom)) {
        envFrom.forEach((item: unknown, i) => {
          if (!isPlainObject(item) || !isPlainObject(item.secretRef)) return;
          const name = item.secretRef.name;
          ctx.report({ at: container.pathTo('envFrom', i, 'secretRef'), part: 'key', messageId: 'envFrom', data: { container: container.name, secret: typeof name === 'string' ? name : '(unnamed)' } });
        });
      }
    },
  },
});
