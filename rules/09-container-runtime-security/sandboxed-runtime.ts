import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { SANDBOX_HANDLER_CONVENTIONS } from '../../src/k8s/runtime-isolation.js';
import { runtimeClassHandlerOf } from '../../src/model/runtime-class.js';
import { labelSelectorProblems, matchesGlob, workloadMatches } from '../../src/model/selector.js';

interface Options {
  /** Handler names (globs) that are sandboxes. */
  readonly sandboxHandlers: readonly string[];
  /** RuntimeClass names (globs) accepted as sandboxes when their RuntimeClass object is not in the input. */
  readonly sandboxRuntimeClasses: readonly string[];
}

type Fact =
  | { readonly type: 'runtimeClass'; readonly name: string; readonly handler: string }
  | { readonly type: 'workload'; readonly owner: string; readonly runtimeClassName?: string; readonly at: Location }
  | { readonly type: 'unscoped'; readonly at: Location };

const DEFAULTS: Options = { sandboxHandlers: SANDBOX_HANDLER_CONVENTIONS.map((c) => c.glob), sandboxRuntimeClasses: [] };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'sandboxed-runtime',
    pci: ['9.1'],
    requirements: ['2.2.3'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'In-scope workloads must run under a RuntimeClass whose handler is a sandbox (gVisor, Kata Containers, Firecracker).',
      rationale:
        'Ordinary containers share the node\'s kernel, so one kernel exploit reaches every pod on the node. PCI DSS container guidance 9.1 asks that high-risk workloads use ' +
        'sandbox or hypervisor isolation. Which workloads are in scope is the shared setting `inScope`, a Kubernetes label selector (matchLabels, matchExpressions with In, NotIn, Exists, DoesNotExist) ' +
        'matched against the workload\'s own labels and its pod template\'s labels: either matching puts it in scope. Without `inScope` the rule does not run (`--list-rules`, `--explain` and the coverage report say so). ' +
        'A workload passes when its `runtimeClassName` names a RuntimeClass in the input whose `handler` matches `sandboxHandlers` ' +
        `(default: ${SANDBOX_HANDLER_CONVENTIONS.map((c) => `\`${c.glob}\``).join(', ')}; \`*\` is a wildcard), or, when that RuntimeClass is defined outside the input (a managed cluster's \`gvisor\`), ` +
        'when the name matches `sandboxRuntimeClasses` (default none). Handler names are set by each node\'s container runtime configuration, so list yours if they differ.',
      fix:
        'Define a RuntimeClass for the sandbox runtime your nodes provide (e.g. `handler: runsc`) and set `runtimeClassName` to it in the pod spec of every in-scope workload. ' +
        'Configure the scope in `.pci-lint.yaml`: `settings: { inScope: { matchLabels: { pci-scope: cde } } }`.',
      references: ['https://kubernetes.io/docs/concepts/containers/runtime-class/', 'https://gvisor.dev/docs/user_guide/containerd/quick_start/', 'https://katacontainers.io/'],
    },
    messages: {
      noRuntimeClass:
        '{{owner}} is in PCI scope but sets no runtimeClassName, so it shares the node kernel with every other pod.',
      notSandbox:
        '{{owner}} is in PCI scope but its RuntimeClass "{{runtimeClass}}" uses handler "{{handler}}", which is not a sandbox ({{handlers}}).',
      unknownRuntimeClass:
        '{{owner}} is in PCI scope and uses RuntimeClass "{{runtimeClass}}", which is not in the input, so its handler cannot be checked.',
      invalidSelector: 'sandboxed-runtime checked no workload because settings.inScope is not a valid label selector: {{problems}}.',
    },
    fixes: {
      noRuntimeClass: 'Set runtimeClassName to a RuntimeClass whose handler is a sandbox ({{handlers}}).',
      notSandbox: 'Use a sandboxed RuntimeClass, or add the handler to this rule\'s sandboxHandlers option if it is one.',
      unknownRuntimeClass: 'Include the RuntimeClass manifest, or list the name in this rule\'s sandboxRuntimeClasses option if it is a sandbox.',
    },
    options: {
      schema: {
        type: 'object',
        properties: {
          sandboxHandlers: { type: 'array', items: { type: 'string', minLength: 1 } },
          sandboxRuntimeClasses: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
        required: ['sandboxHandlers', 'sandboxRuntimeClasses'],
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
    requires: {
      description: 'which workloads are in PCI scope, as settings: { inScope: { matchLabels: { pci-scope: cde } } } (a label selector) in .pci-lint.yaml',
      isConfigured: (_options, settings) => settings.inScope !== undefined,
    },
  },
  visit: {
    RuntimeClass(ctx, runtimeClass) {
      const handler = runtimeClassHandlerOf(runtimeClass.value);
      if (runtimeClass.name !== undefined && typeof handler === 'string') ctx.record({ type: 'runtimeClass', name: runtimeClass.name, handler });
    },
    PodSpec(ctx, spec) {
      const selector = ctx.settings.inScope;
      if (selector === undefined) return;
      if (labelSelectorProblems(selector).length > 0) {
        ctx.record({ type: 'unscoped', at: ctx.locate(spec, 'key') });
        return;
      }
      if (!workloadMatches(selector, spec)) return;
      const name: unknown = spec.value.runtimeClassName;
      const owner = spec.owner;
      if (typeof name === 'string' && name !== '') ctx.record({ type: 'workload', owner, runtimeClassName: name, at: ctx.locate(spec.pathTo('runtimeClassName'), 'value') });
      else ctx.record({ type: 'workload', owner, at: ctx.locate(spec, 'key') });
    },
  },
  finish(ctx, project) {
    const selector = ctx.settings.inScope;
    const unscoped = project.facts.find((f) => f.type === 'unscoped');
    if (unscoped) {
      const problems = selector === undefined ? [] : labelSelectorProblems(selector);
      ctx.report({ at: unscoped.at, messageId: 'invalidSelector', data: { problems: problems.join('; ') } });
      return;
    }
    const { sandboxHandlers, sandboxRuntimeClasses } = ctx.options;
    const handlers = sandboxHandlers.join(', ');
    const classes = new Map<string, string>();
    for (const fact of project.facts) if (fact.type === 'runtimeClass' && !classes.has(fact.name)) classes.set(fact.name, fact.handler);
    for (const fact of project.facts) {
      if (fact.type !== 'workload') continue;
      const { owner, runtimeClassName, at } = fact;
      if (runtimeClassName === undefined) {
        ctx.report({ at, messageId: 'noRuntimeClass', data: { owner, handlers } });
        continue;
      }
      const handler = classes.get(runtimeClassName);
      if (handler === undefined) {
        if (!sandboxRuntimeClasses.some((glob) => matchesGlob(glob, runtimeClassName)))
          ctx.report({ at, messageId: 'unknownRuntimeClass', data: { owner, runtimeClass: runtimeClassName } });
        continue;
      }
      if (!sandboxHandlers.some((glob) => matchesGlob(glob, handler))) ctx.report({ at, messageId: 'notSandbox', data: { owner, runtimeClass: runtimeClassName, handler, handlers } });
    }
  },
});

