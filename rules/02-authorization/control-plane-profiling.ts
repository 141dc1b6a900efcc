import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { flagLifecycle } from '../../src/k8s/flags.js';
import { matchConfigFile } from '../../src/model/config-references.js';
import { scalarText } from '../../src/model/pod-security.js';
import { checkControlPlaneFlag } from '../../src/model/shapes/control-plane-flag.js';

type Fact =
  | {
      readonly type: 'scheduler';
      /** The --config path: the file decides profiling, the --profiling flag is ignored. */
      readonly config: string;
      /** The ignored --profiling flag when given, else where the flag would go. */
      readonly at: Location;
    }
  | { readonly type: 'config'; readonly file: string };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'control-plane-profiling',
    pci: ['2.2'],
    requirements: ['2.2.4'],
    inputs: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
    severity: 'warning',
    docs: {
      summary: 'kube-apiserver, kube-controller-manager and kube-scheduler should not serve profiling endpoints.',
      rationale:
        'With `--profiling` (on by default) the component serves `/debug/pprof`, which reveals internals and lets a caller with access tie up CPU. ' +
        'PCI DSS container guidance 2.2 asks that control-plane components expose only the functions they need. ' +
        'A kube-scheduler started with `--config` ignores `--profiling`: the KubeSchedulerConfiguration file decides with `enableProfiling`, which defaults to true ' +
        '(cmd/kube-scheduler/app/options/deprecated.go). That file is looked up among the input documents by its path; when it is not in the input the scheduler is reported as a warning.',
      fix: 'Add `--profiling=false` to each component (kubeadm: `profiling: "false"` in its `extraArgs`); for a kube-scheduler with `--config`, set `enableProfiling: false` in its KubeSchedulerConfiguration.',
      references: ['CIS Kubernetes Benchmark 1.2.18, 1.3.2, 1.4.1', 'kubernetes/kubernetes cmd/kube-scheduler/app/options/deprecated.go, pkg/scheduler/apis/config/v1/defaults.go'],
    },
    messages: {
      enabled: '{{component}} sets --profiling={{value}}, serving /debug/pprof.',
      enabledByDefault: '{{component}} does not set --profiling, which defaults to true and serves /debug/pprof.',
      configEnabled: 'KubeSchedulerConfiguration sets enableProfiling: {{value}}, so kube-scheduler serves /debug/pprof.',
      configEnabledByDefault:
        'KubeSchedulerConfiguration does not set enableProfiling, which defaults to true, so kube-scheduler serves /debug/pprof.',
      configNotInInput:
        'kube-scheduler reads {{config}} (--config, not in the input), which decides profiling: --profiling is ignored when --config is set, and enableProfiling defaults to true.',
    },
    fixes: {
      enabled: 'Set --profiling=false.',
      enabledByDefault: 'Add --profiling=false.',
      configEnabled: 'Set enableProfiling: false.',
      configEnabledByDefault: 'Add enableProfiling: false.',
      configNotInInput: 'Set enableProfiling: false in that file, and lint it with this manifest.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component === 'etcd') return;
      const flag = node.flag('profiling');
      const config = node.flag('config');
      if (config && config.value.trim() !== '' && flagLifecycle(node.component, 'profiling')?.ignoredWithConfig) {
        ctx.record({
          type: 'scheduler',
          config: config.value.trim(),
          at: flag ? ctx.locate(flag.path) : ctx.locate(node.missingAt, 'key'),
        });
        return;
      }
      checkControlPlaneFlag(ctx, node, {
        components: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
        flag: 'profiling',
        unsafe: (value) => value.toLowerCase() !== 'false',
        unset: 'default',
        messages: { unsafe: 'enabled', unset: 'enabledByDefault' },
      });
    },
    KubeSchedulerConfiguration(ctx, config) {
      ctx.record({ type: 'config', file: ctx.file });
      const value: unknown = config.value.enableProfiling;
      if (value === false) return;
      if (value === undefined || value === null) ctx.report({ at: config.pathTo('kind'), messageId: 'configEnabledByDefault' });
      else ctx.report({ at: config.pathTo('enableProfiling'), messageId: 'configEnabled', data: { value: scalarText(value) } });
    },
  },
  finish(ctx, project) {
    const configs = project.facts.filter((f): f is Extract<Fact, { type: 'config' }> => f.type === 'config');
    for (const fact of project.facts) {
      // A KubeSchedulerConfiguration in the input is judged on its own (above).
      if (fact.type === 'scheduler' && !matchConfigFile(fact.config, configs)) {
        ctx.report({ at: fact.at, messageId: 'configNotInInput', data: { config: fact.config }, severity: 'warning' });
      }
    }
  },
});
