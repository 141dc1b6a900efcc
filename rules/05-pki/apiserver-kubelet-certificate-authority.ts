import { defineRule } from '../../src/engine/rule.js';
import { controlPlaneFlagRule } from '../../src/model/shapes/control-plane-flag.js';

export default defineRule(
  controlPlaneFlagRule({
    meta: {
      id: 'apiserver-kubelet-certificate-authority',
      pci: ['5.1', '4.2'],
      requirements: ['2.2.7'],
      inputs: ['kube-apiserver'],
      severity: 'error',
      docs: {
        summary: 'The kube-apiserver must verify the serving certificates of kubelets.',
        rationale:
          'Without `--kubelet-certificate-authority` the apiserver connects to kubelets (exec, logs, port-forward) without checking who answers, so anyone who can intercept ' +
          'node traffic sees commands and their output and can impersonate a node. PCI DSS container guidance 5.1 asks for a PKI that authenticates both ends of control-plane connections.',
        fix: 'Issue kubelet serving certificates from a CA (for example `serverTLSBootstrap: true` with a CSR approver) and pass that CA with `--kubelet-certificate-authority`.',
        references: ['CIS Kubernetes Benchmark 1.2.5', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/'],
      },
      messages: {
        missing:
          'kube-apiserver does not set --kubelet-certificate-authority, so it talks to kubelets without verifying their certificates.',
      },
      fixes: {
        missing: 'Add --kubelet-certificate-authority with the CA that signs kubelet serving certificates.',
      },
    },
    components: ['kube-apiserver'],
    flag: 'kubelet-certificate-authority',
    unsafe: (value) => value.trim() === '',
    unset: 'always',
    messages: { unsafe: 'missing', unset: 'missing' },
  }),
);
