import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { matchConfigFile } from '../../src/model/config-references.js';

type Fact = { readonly type: 'apiserver'; readonly policyFile: string; readonly at: Location } | { readonly type: 'policy'; readonly file: string };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'audit-policy-file-in-input',
    pci: ['7.1'],
    requirements: ['10.2.1'],
    inputs: ['kube-apiserver', 'audit-policy'],
    severity: 'warning',
    docs: {
      summary: 'The audit Policy that --audit-policy-file names should be in the input, so that what the API server audits is checked.',
      rationale:
        'Whether Secrets, exec sessions and RBAC changes are audited is decided by the Policy file on the control-plane node, not by the flag. ' +
        'When the input holds the kube-apiserver configuration but not the Policy its `--audit-policy-file` names, the audit-policy rules have nothing to check, and a report without findings would say nothing about PCI DSS 10.2.1. ' +
        'The Policy matches when its file path ends with the flag\'s path, else when its file has the flag\'s file name, else when it is the only audit Policy of the project; two equally good candidates match neither.',
      fix: 'Add the audit Policy file to the linted input (for kubeadm, the file mounted at the path of `--audit-policy-file`), under a path that ends like the flag\'s value.',
      references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
    messages: {
      notInInput:
        'kube-apiserver reads its audit Policy from {{file}}, but no audit Policy in the input matches that path, so which requests are audited was not checked.',
    },
    fixes: {
      notInInput: 'Add that file to the input.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const flag = node.flag('audit-policy-file');
      if (!flag || flag.value.trim() === '') return;
      ctx.record({ type: 'apiserver', policyFile: flag.value.trim(), at: ctx.locate(flag.valuePath) });
    },
    Policy(ctx) {
      ctx.record({ type: 'policy', file: ctx.file });
    },
  },
  finish(ctx, project) {
    const policies = project.facts.filter((f): f is Extract<Fact, { type: 'policy' }> => f.type === 'policy');
    for (const fact of project.facts) {
      if (fact.type === 'apiserver' && !matchConfigFile(fact.policyFile, policies)) ctx.report({ at: fact.at, messageId: 'notInInput', data: { file: fact.policyFile } });
    }
  },
});
