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

const NAMESPACE = (name: string, labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n${labels}`;
const POD_IN = (namespace: string, labels = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: ${namespace}\n${labels === '' ? '' : `  labels:\n${labels}`}spec:\n  containers:\n    - name: app\n      image: registry.example.com/web:1\n`;
const CIP = 'apiVersion: policy.sigstore.dev/v1beta1\nkind: ClusterImagePolicy\nmetadata:\n  name: signed\nspec:\n  images:\n    - glob: "registry.example.com/**"\n  authorities:\n    - keyless: { url: https://fulcio.sigstore.dev }\n';
const VERIFIER = 'apiVersion: config.ratify.deislabs.io/v1beta1\nkind: Verifier\nmetadata:\n  name: notation\nspec:\n  name: notation\n  artifactTypes: application/vnd.cncf.notary.signature\n';
const RATIFY_TEMPLATE = (name: string, kind: string) =>
  `apiVersion: templates.gatekeeper.sh/v1beta1\nkind: ConstraintTemplate\nmetadata:\n  name: ${name}\nspec:\n  crd:\n    spec:\n      names:\n        kind: ${kind}\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n        package ${name}\n        remote_data := response {\n          response := external_data({"provider": "ratify-provider", "keys": ["x"]})\n        }\n`;
const CONSTRAINT = (kind: string, spec: string) =>
  `apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: ${kind}\nmetadata:\n  name: ratify-constraint\nspec:\n${spec}  match:\n    kinds:\n      - apiGroups: [""]\n        kinds: ["Pod"]\n`;
const SCOPE = { inScope: { matchLabels: { 'pci-scope': 'cde' } } };

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
      name: 'Sigstore ClusterImagePolicy (enforce is the default mode) and the workload\'s namespace opts in (1.37)',
      code: `${NAMESPACE('shop', '    policy.sigstore.dev/include: "true"\n')}---\n${POD_IN('shop')}---\n${CIP}`,
    },
    {
      name: 'with inScope, only in-scope workloads\' namespaces must opt in (1.24)',
      target: '1.24',
      settings: SCOPE,
      code: `${NAMESPACE('shop', '    policy.sigstore.dev/include: "true"\n')}---\n${NAMESPACE('tools', '    team: ops\n')}---\n${POD_IN('shop', '    pci-scope: cde\n')}---\n${POD_IN('tools')}---\n${CIP}`,
    },
    {
      name: 'Ratify Verifier with Ratify\'s ConstraintTemplate and a RatifyVerification constraint (deny)',
      code: `${POD}\n---\n${VERIFIER}---\n${RATIFY_TEMPLATE('ratifyverification', 'RatifyVerification')}---\n${CONSTRAINT('RatifyVerification', '  enforcementAction: deny\n')}`,
    },
    {
      name: 'a constraint of a differently named template that calls ratify-provider (1.24)',
      target: '1.24',
      code: `${POD}\n---\n${RATIFY_TEMPLATE('signedimages', 'SignedImages')}---\n${CONSTRAINT('SignedImages', '')}`,
    },
    {
      name: 'a Kyverno ClusterPolicy beside a ClusterImagePolicy covers the namespaces that do not opt in',
      code: `${POD_IN('shop')}---\n${CIP}---\n${dedent`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: verify
        spec:
          rules:
            - name: cosign
              verifyImages:
                - imageReferences: ["*"]
                  failureAction: Enforce
      `}`,
    },
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
    {
      name: 'ClusterImagePolicy only: the workload\'s Namespace lacks the opt-in label (1.37)',
      code: `${NAMESPACE('shop', '    team: web\n')}---\n${POD_IN('shop')}---\n${CIP}`,
      errors: [{ messageId: 'notOptedIn', data: { namespace: 'Namespace "shop"', workloads: 'workloads' }, line: 4, column: 9, endColumn: 13, severity: 'warning' }],
    },
    {
      name: 'ClusterImagePolicy only: label "false", and a namespace whose object is not in the input (1.24)',
      target: '1.24',
      code: `${NAMESPACE('shop', '    policy.sigstore.dev/include: "false"\n')}---\n${POD_IN('shop')}---\n${POD_IN('api')}---\n${CIP}`,
      errors: [
        { messageId: 'notOptedIn', data: { namespace: 'Namespace "shop"', workloads: 'workloads' }, line: 4, column: 9, endColumn: 13, severity: 'warning' },
        { messageId: 'namespaceNotInInput', data: { namespace: 'Namespace "api"', workloads: 'workloads' }, line: 22, column: 3, endColumn: 12, severity: 'info' },
      ],
    },
    {
      name: 'with inScope: only the in-scope workload\'s namespace is reported (1.37)',
      settings: SCOPE,
      code: `${NAMESPACE('tools', '    team: ops\n')}---\n${POD_IN('tools')}---\n${POD_IN('shop', '    pci-scope: cde\n')}---\n${CIP}`,
      errors: [{ messageId: 'namespaceNotInInput', data: { namespace: 'Namespace "shop"', workloads: 'in-scope workloads' }, line: 22, column: 3 }],
    },
    {
      name: 'a ClusterImagePolicy beside a pod without a namespace: the unspecified namespace',
      code: `${POD}\n---\n${CIP}`,
      errors: [
        {
          messageId: 'namespaceNotInInput',
          data: { namespace: 'The unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)', workloads: 'workloads' },
          line: 2,
          column: 1,
        },
      ],
    },
    {
      name: 'a Ratify Verifier without the Gatekeeper constraint that calls Ratify is no evidence (1.37)',
      code: `${POD}\n---\n${VERIFIER}`,
      errors: [{ messageId: 'ratifyWithoutConstraint', data: { verifier: 'Ratify Verifier "notation"' }, line: 11, column: 7, endColumn: 15 }],
    },
    {
      name: 'a ConstraintTemplate alone (no constraint) is no evidence either (1.24)',
      target: '1.24',
      code: `${POD}\n---\n${VERIFIER}---\n${RATIFY_TEMPLATE('ratifyverification', 'RatifyVerification')}`,
      errors: [{ messageId: 'ratifyWithoutConstraint', data: { verifier: 'Ratify Verifier "notation"' }, line: 11, column: 7 }],
    },
    {
      name: 'a RatifyVerification constraint in dryrun only records (1.37)',
      code: `${POD}\n---\n${CONSTRAINT('RatifyVerification', '  enforcementAction: dryrun\n')}`,
      errors: [{ messageId: 'auditOnly', data: { policy: 'Gatekeeper RatifyVerification "ratify-constraint" (Ratify)', mode: 'dryrun' }, line: 15, column: 3, endColumn: 20, severity: 'warning' }],
    },
    {
      name: 'a constraint of another kind is not Ratify\'s: still missing (1.24)',
      target: '1.24',
      code: `${POD}\n---\n${CONSTRAINT('K8sRequiredLabels', '')}`,
      errors: [{ messageId: 'missing', line: 2, column: 1, severity: 'info' }],
    },
  ],
});
