import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './image-signature-policy.js';

const POD = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: registry.example.com/web@sha256:0000000000000000000000000000000000000000000000000000000000000000
`;

testRule(rule, {
  valid: [
    {
      name: 'Kyverno verifyImages in Enforce mode beside the workload',
      code: `${POD}\n---\n${dedent`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: verify-signatures
        spec:
          validationFailureAction: Enforce
          rules:
            - name: cosign
              match:
                any:
                  - resources: { kinds: [Pod] }
              verifyImages:
                - imageReferences: ["registry.example.com/*"]
                  attestors:
                    - entries:
                        - keys: { publicKeys: "-----BEGIN PUBLIC KEY-----" }
      `}`,
    },
    {
      name: 'per-rule failureAction Enforce beats the policy default',
      code: `${POD}\n---\n${dedent`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: verify-signatures
        spec:
          rules:
            - name: cosign
              verifyImages:
                - imageReferences: ["*"]
                  failureAction: Enforce
      `}`,
    },
    {
      name: 'Sigstore ClusterImagePolicy (enforce is the default mode)',
      code: `${POD}\n---\n${dedent`
        apiVersion: policy.sigstore.dev/v1beta1
        kind: ClusterImagePolicy
        metadata:
          name: signed
        spec:
          images:
            - glob: "registry.example.com/**"
          authorities:
            - keyless: { url: https://fulcio.sigstore.dev }
      `}`,
    },
    { name: 'Ratify verifier', code: `${POD}\n---\napiVersion: config.ratify.deislabs.io/v1beta1\nkind: Verifier\nmetadata:\n  name: notation\nspec:\n  name: notation\n  artifactTypes: application/vnd.cncf.notary.signature\n` },
    { name: 'no workloads, no note', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
  ],
  invalid: [
    {
      name: 'workloads without any signature policy: one note at the first object',
      code: POD,
      errors: [{ messageId: 'missing', line: 2, column: 1, severity: 'info' }],
    },
    {
      name: 'Kyverno verifyImages left in the default Audit mode is no enforcement, but counts as present',
      code: `${POD}\n---\n${dedent`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: verify-signatures
        spec:
          rules:
            - name: validate
              validate:
                pattern: {}
            - name: cosign
              verifyImages:
                - imageReferences: ["*"]
      `}`,
      errors: [{ messageId: 'auditOnly', data: { policy: 'Kyverno ClusterPolicy "verify-signatures"', mode: 'Audit' }, line: 20, column: 7, endColumn: 19, severity: 'warning' }],
    },
    {
      name: 'ClusterImagePolicy in warn mode, ImageValidatingPolicy that only audits',
      code: `${POD}\n---\n${dedent`
        apiVersion: policy.sigstore.dev/v1beta1
        kind: ClusterImagePolicy
        metadata:
          name: signed
        spec:
          mode: warn
          images:
            - glob: "**"
        ---
        apiVersion: policies.kyverno.io/v1alpha1
        kind: ImageValidatingPolicy
        metadata:
          name: check
        spec:
          validationActions: [Audit]
      `}`,
      errors: [
        { messageId: 'auditOnly', data: { policy: 'Sigstore ClusterImagePolicy "signed"', mode: 'warn' }, line: 15, column: 3, endColumn: 7 },
        { messageId: 'auditOnly', data: { policy: 'Kyverno ImageValidatingPolicy "check"', mode: 'Audit' }, line: 24, column: 3, endColumn: 20 },
      ],
    },
  ],
});
