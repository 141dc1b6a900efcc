import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { HYPERV_ISOLATION_ANNOTATION } from '../../src/k8s/runtime-isolation.js';
import { compareVersions, mustParse } from '../../src/k8s/versions.js';
import { runtimeClassHandlerOf } from '../../src/model/runtime-class.js';
import { matchesGlob, podMetadataOf } from '../../src/model/selector.js';
import { windowsMarkerOf } from '../../src/model/windows.js';

interface Options {
  /** RuntimeClass handler names (globs) that run Windows containers with Hyper-V isolation. */
  readonly hypervHandlers: readonly string[];
  /** RuntimeClass names (globs) accepted as Hyper-V isolated when their object is not in the input. */
  readonly hypervRuntimeClasses: readonly string[];
}

type Fact =
  | { readonly type: 'runtimeClass'; readonly name: string; readonly handler: string }
  | { readonly type: 'pod'; readonly owner: string; readonly why: string; readonly at: Location; readonly runtimeClassName?: string };

const DEFAULTS: Options = { hypervHandlers: [], hypervRuntimeClasses: [] };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'windows-process-isolation',
    pci: ['9.2'],
    requirements: ['2.2.3'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Windows pods must run with Hyper-V isolation, which Kubernetes only offers through a node-provided RuntimeClass.',
      rationale:
        'Microsoft does not treat process-isolated Windows containers as a security boundary; PCI DSS container guidance 9.2 therefore asks for Hyper-V isolation for Windows containers. ' +
        'Kubernetes has no API for it: the alpha annotation `experimental.windows.kubernetes.io/isolation-type: hyperv` (kubelet gate HyperVContainer, dockershim only) was deprecated in 1.20 and removed in 1.21, ' +
        'so every Windows pod runs process-isolated unless its node\'s container runtime (containerd) offers a Hyper-V runtime handler selected through a RuntimeClass. ' +
        'A pod is a Windows pod when `spec.os.name` is `windows`, its `nodeSelector` has `kubernetes.io/os` (or the older `beta.kubernetes.io/os`) `windows`, ' +
        'or its required node affinity admits only nodes with that label `In [windows]` (`securityContext.windowsOptions` alone does not count: Linux pods may carry it). ' +
        'It passes when its `runtimeClassName` names a RuntimeClass in the input whose handler matches the `hypervHandlers` option, or a RuntimeClass name listed in `hypervRuntimeClasses` ' +
        '(both lists of `*` globs, default empty: handler names are chosen by whoever configures the nodes, so there is no safe default). ' +
        'On targets before 1.21 the annotation is accepted, because a kubelet with the alpha gate honoured it (the gate itself cannot be seen offline); from 1.21 it is reported as ignored. ' +
        'Whether the handler really isolates with Hyper-V is node configuration this tool cannot read: keep evidence of it for the assessor.',
      fix:
        'Run Windows workloads of the cardholder-data environment on nodes whose runtime provides a Hyper-V isolated handler, define a RuntimeClass for it and set `runtimeClassName`; ' +
        'list the handler in this rule\'s `hypervHandlers` option. Otherwise keep Windows workloads out of the cardholder-data environment.',
      references: ['https://kubernetes.io/docs/concepts/windows/intro/', 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container', 'https://github.com/kubernetes/kubernetes/pull/97141'],
    },
    messages: {
      processIsolated:
        '{{owner}} is a Windows pod ({{why}}) without a Hyper-V isolated RuntimeClass, so its containers are process-isolated, which Microsoft does not treat as a security boundary.',
      notHyperV:
        '{{owner}} is a Windows pod using RuntimeClass "{{runtimeClass}}" (handler "{{handler}}"), which is not listed as Hyper-V isolated, so its containers are process-isolated.',
      unknownRuntimeClass:
        '{{owner}} is a Windows pod using RuntimeClass "{{runtimeClass}}", which is not in the input, so its isolation cannot be checked.',
      annotationIgnored:
        '{{owner}} asks for Hyper-V isolation with the annotation {{annotation}}, which Kubernetes {{removedIn}} and later ignore, so its containers are process-isolated.',
    },
    fixes: {
      processIsolated: 'Set runtimeClassName to a RuntimeClass whose handler provides Hyper-V isolation and list that handler in this rule\'s hypervHandlers option.',
      notHyperV: 'Use a Hyper-V isolated handler, or list this one in the hypervHandlers option if it is one.',
      unknownRuntimeClass: 'Include the RuntimeClass manifest, or list the name in the hypervRuntimeClasses option if it is Hyper-V isolated.',
      annotationIgnored: 'Use a RuntimeClass with a Hyper-V isolated handler instead.',
    },
    options: {
      schema: {
        type: 'object',
        properties: {
          hypervHandlers: { type: 'array', items: { type: 'string', minLength: 1 } },
          hypervRuntimeClasses: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
        required: ['hypervHandlers', 'hypervRuntimeClasses'],
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: {
    RuntimeClass(ctx, runtimeClass) {
      const handler = runtimeClassHandlerOf(runtimeClass.value);
      if (runtimeClass.name !== undefined && handler !== undefined) ctx.record({ type: 'runtimeClass', name: runtimeClass.name, handler });
    },
    PodSpec(ctx, spec) {
      const marker = windowsMarkerOf(spec);
      if (!marker) return;
      const owner = spec.owner;
      const metadata = podMetadataOf(spec);
      if (metadata.annotations[HYPERV_ISOLATION_ANNOTATION.key] === HYPERV_ISOLATION_ANNOTATION.value) {
        if (compareVersions(ctx.target, mustParse(HYPERV_ISOLATION_ANNOTATION.removedIn)) < 0) return;
        ctx.report({
          at: [...metadata.path, 'annotations', HYPERV_ISOLATION_ANNOTATION.key],
          messageId: 'annotationIgnored',
          data: { owner, annotation: `${HYPERV_ISOLATION_ANNOTATION.key}: ${HYPERV_ISOLATION_ANNOTATION.value}`, removedIn: HYPERV_ISOLATION_ANNOTATION.removedIn },
        });
        return;
      }
      const name: unknown = spec.value.runtimeClassName;
      if (typeof name === 'string' && name !== '') ctx.record({ type: 'pod', owner, why: marker.why, runtimeClassName: name, at: ctx.locate(spec.pathTo('runtimeClassName'), 'value') });
      else ctx.record({ type: 'pod', owner, why: marker.why, at: ctx.locate(marker.at, 'pair') });
    },
  },
  finish(ctx, project) {
    const { hypervHandlers, hypervRuntimeClasses } = ctx.options;
    const classes = new Map<string, string>();
    for (const fact of project.facts) if (fact.type === 'runtimeClass' && !classes.has(fact.name)) classes.set(fact.name, fact.handler);
    for (const fact of project.facts) {
      if (fact.type !== 'pod') continue;
      const { owner, why, at, runtimeClassName } = fact;
      if (runtimeClassName === undefined) {
        ctx.report({ at, messageId: 'processIsolated', data: { owner, why } });
        continue;
      }
      const handler = classes.get(runtimeClassName);
      if (handler === undefined) {
        if (!hypervRuntimeClasses.some((glob) => matchesGlob(glob, runtimeClassName))) ctx.report({ at, messageId: 'unknownRuntimeClass', data: { owner, runtimeClass: runtimeClassName } });
        continue;
      }
      if (!hypervHandlers.some((glob) => matchesGlob(glob, handler))) ctx.report({ at, messageId: 'notHyperV', data: { owner, runtimeClass: runtimeClassName, handler } });
    }
  },
});
