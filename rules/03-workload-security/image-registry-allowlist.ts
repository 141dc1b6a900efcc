import { defineRule } from '../../src/engine/rule.js';
import { isBuildToolReference, parseImageReference } from '../../src/model/image.js';
import { matchesGlob } from '../../src/model/selector.js';

interface Options {
  readonly registries: readonly string[];
}

/** Docker's own aliases for Docker Hub, which image references may spell out. */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

function normalisedHost(host: string): string {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? 'docker.io' : lower;
}

/** `text` without the slashes it ends with. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end--;
  return text.slice(0, end);
}

/**
 * `registry.example.com` allows every repository on that registry; `registry.example.com/payments` only
 * repositories at or below that path (whole path components); `*` in the host part is a wildcard
 * (`*.dkr.ecr.eu-west-1.amazonaws.com`). Docker Hub short names count as `docker.io/library/<name>`, as
 * Docker resolves them.
 */
function isAllowed(image: string, entries: readonly string[]): boolean {
  const ref = parseImageReference(image);
  const host = normalisedHost(ref.registry);
  const repository = host === 'docker.io' && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
  return entries.some((entry) => {
    // (A loop, not /\/+$/: that pattern is quadratic over a long run of slashes.)
    const slash = entry.indexOf('/');
    const entryHost = normalisedHost(slash === -1 ? entry : entry.slice(0, slash));
    if (entryHost.includes('*') ? !matchesGlob(entryHost, host) : entryHost !== host) return false;
    const prefix = slash === -1 ? '' : withoutTrailingSlashes(entry.slice(slash + 1));
    return prefix === '' || repository === prefix || repository.startsWith(`${prefix}/`);
  });
}

const DEFAULTS: Options = { registries: [] };

export default defineRule({
  meta: {
    id: 'image-registry-allowlist',
    pci: ['3.3', '12.1'],
    requirements: ['6.3.2', '6.5.1'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Container images must come from an approved registry (configured with the `registries` option).',
      rationale:
        'PCI DSS container guidance 3.3 asks that workloads only run images from trusted sources, and 12.1/12.2 that images are built and stored under the organisation\'s control, ' +
        'so that every image that reaches the cardholder-data environment has passed its scanning and signing pipeline. An image pulled straight from a public registry has not. ' +
        'The rule needs to know which registries are approved: until `registries` is set it does not run (`--list-rules`, `--explain` and the coverage report say so). ' +
        'An entry is a registry host (`registry.example.com`, `registry.example.com:5000`, or with `*` wildcards such as `*.dkr.ecr.eu-west-1.amazonaws.com`) or a host with a repository prefix (`registry.example.com/payments`, matched on whole path components). ' +
        'Images without a registry host (`nginx`, `bitnami/redis`) are on Docker Hub and match `docker.io` (`nginx` is `docker.io/library/nginx`).',
      fix:
        'Mirror the image into an approved registry and reference it from there. To configure the rule, list the approved registries in `.pci-lint.yaml`: ' +
        '`rules: { image-registry-allowlist: { options: { registries: ["registry.example.com"] } } }`; library callers pass the same object under `rules` in the `lint()` options.',
      references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
    },
    messages: {
      notAllowed:
        'Container "{{container}}" uses image "{{image}}" from {{source}}, which is not an approved registry ({{allowed}}).',
    },
    fixes: {
      notAllowed: 'Only images from trusted registries may run in the cardholder-data environment: mirror the image into an approved registry and reference it from there.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { registries: { type: 'array', items: { type: 'string', minLength: 1 } } },
        required: ['registries'],
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
    requires: {
      description: 'the approved registries, as rules: { image-registry-allowlist: { options: { registries: ["registry.example.com"] } } } in .pci-lint.yaml',
      isConfigured: (options) => options.registries.length > 0,
    },
  },
  visit: {
    Container(ctx, container) {
      const image = container.value.image;
      if (typeof image !== 'string' || image === '' || isBuildToolReference(image)) return;
      const { registries } = ctx.options;
      if (isAllowed(image, registries)) return;
      const ref = parseImageReference(image);
      const source = `registry "${ref.registry}"${ref.registry === 'docker.io' && !image.toLowerCase().startsWith('docker.io/') ? ' (Docker Hub: no registry host in the name)' : ''}`;
      ctx.report({
        at: container.pathTo('image'),
        part: 'value',
        messageId: 'notAllowed',
        data: { container: container.name, image, source, allowed: registries.join(', ') },
      });
    },
  },
});
