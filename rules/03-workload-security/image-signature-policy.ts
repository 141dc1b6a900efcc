import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { atSentenceStart, workloadFact, workloadNamespaces, type NamespaceFact } from '../../src/model/namespaces.js';
import { scalarText } from '../../src/model/pod-security.js';
import { isPlainObject, own, type Resource } from '../../src/model/resource.js';
import { labelSelectorProblems, workloadMatches } from '../../src/model/selector.js';

type Fact =
  /** Every workload: `inScope` false only when settings.inScope is set and does not select it. */
  | (Extract<NamespaceFact<Location>, { type: 'workload' }> & { readonly inScope: boolean })
  /** Every Namespace object, and whether it opts in to the Sigstore policy-controller. */
  | (Extract<NamespaceFact<Location>, { type: 'namespace' }> & { readonly sigstoreIncluded: boolean })
  /** A policy that applies to every namespace (Kyverno, Sigstore: `sigstore` marks the opt-in one). */
  | { readonly type: 'policy'; readonly enforced: boolean; readonly what: string; readonly at: Location; readonly mode: string; readonly sigstore: boolean }
  /** A Ratify Verifier: evidence only together with the Gatekeeper constraint that calls Ratify. */
  | { readonly type: 'ratify-verifier'; readonly what: string; readonly at: Location }
  /** A Gatekeeper ConstraintTemplate whose Rego calls Ratify's external data provider: its constraint kind. */
  | { readonly type: 'ratify-template'; readonly kind: string }
  /** A Gatekeeper constraint (constraints.gatekeeper.sh): counts when its kind is Ratify's. */
  | { readonly type: 'constraint'; readonly kind: string; readonly name: string; readonly action: string; readonly at: Location; readonly actionAt: Location };

const KYVERNO_GROUP = 'kyverno.io';
const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';
const SIGSTORE_GROUP = 'policy.sigstore.dev';
const RATIFY_GROUP = 'config.ratify.deislabs.io';
const GATEKEEPER_TEMPLATES_GROUP = 'templates.gatekeeper.sh';
const GATEKEEPER_CONSTRAINTS_GROUP = 'constraints.gatekeeper.sh';

/**
 * The policy-controller's webhooks only see namespaces with this label set to "true"
 * (https://docs.sigstore.dev/policy-controller/overview/, "Enable policy-controller for a namespace").
 */
const SIGSTORE_INCLUDE_LABEL = 'policy.sigstore.dev/include';

/**
 * Ratify's Gatekeeper constraint: the ConstraintTemplate `ratifyverification` of Ratify's library creates the kind
 * RatifyVerification, whose Rego calls the external data provider `ratify-provider`
 * (ratify-project/ratify library/default/template.yaml, samples/constraint.yaml). A template of another name that
 * calls that provider counts too.
 */
const RATIFY_CONSTRAINT_KIND = 'RatifyVerification';
const RATIFY_PROVIDER = /"provider"\s*:\s*"ratify-provider"/;

/** A Gatekeeper constraint's enforcementAction: deny (the default) blocks; dryrun and warn only record. */
function enforcementAction(resource: Resource): string {
  const spec = resource.value.spec;
  const action = isPlainObject(spec) ? own(spec, 'enforcementAction') : undefined;
  return typeof action === 'string' && action.trim() !== '' ? action.trim() : 'deny';
}

/** The constraint kind a ConstraintTemplate creates when its Rego calls Ratify, else undefined. */
function ratifyTemplateKind(resource: Resource): string | undefined {
  const spec = resource.value.spec;
  if (!isPlainObject(spec)) return undefined;
  const crd = own(spec, 'crd');
  const crdSpec = isPlainObject(crd) ? own(crd, 'spec') : undefined;
  const names = isPlainObject(crdSpec) ? own(crdSpec, 'names') : undefined;
  const kind = isPlainObject(names) ? own(names, 'kind') : undefined;
  const targets = own(spec, 'targets');
  const callsRatify =
    Array.isArray(targets) && targets.some((t: unknown) => isPlainObject(t) && typeof own(t, 'rego') === 'string' && RATIFY_PROVIDER.test(String(own(t, 'rego'))));
  return typeof kind === 'string' && callsRatify ? kind : undefined;
}

interface Found {
  readonly enforced: boolean;
  readonly what: string;
  readonly mode: string;
  readonly at: (string | number)[];
}

/**
 * Kyverno ClusterPolicy/Policy (kyverno.io) with `verifyImages` rules. Enforcement: the rule's
 * `verifyImages[].failureAction` where set, else the policy's `validationFailureAction`; Kyverno's
 * default is Audit (https://kyverno.io/docs/policy-types/cluster-policy/verify-images/).
 */
function kyvernoPolicy(resource: Resource): Found | undefined {
  const spec = resource.value.spec;
  if (!isPlainObject(spec) || !Array.isArray(spec.rules)) return undefined;
  const policyAction = typeof spec.validationFailureAction === 'string' ? spec.validationFailureAction : 'Audit';
  let found: Found | undefined;
  spec.rules.forEach((rule: unknown, i) => {
    const verify = isPlainObject(rule) ? own(rule, 'verifyImages') : undefined;
    if (!Array.isArray(verify) || verify.length === 0) return;
    const actions = verify.map((v: unknown) => (isPlainObject(v) && typeof v.failureAction === 'string' ? v.failureAction : policyAction));
    const enforced = actions.some((a) => a.toLowerCase() === 'enforce');
    if (!found || (enforced && !found.enforced)) {
      found = { enforced, what: `Kyverno ${resource.kind} "${resource.name ?? '(unnamed)'}"`, mode: actions.find((a) => a.toLowerCase() !== 'enforce') ?? 'Enforce', at: ['spec', 'rules', i, 'verifyImages'] };
    }
  });
  return found;
}

function signaturePolicy(resource: Resource): Found | undefined {
  const name = `"${resource.name ?? '(unnamed)'}"`;
  const spec = isPlainObject(resource.value.spec) ? resource.value.spec : {};
  if (resource.group === KYVERNO_GROUP && (resource.kind === 'ClusterPolicy' || resource.kind === 'Policy')) return kyvernoPolicy(resource);
  if (resource.group === KYVERNO_POLICIES_GROUP && (resource.kind === 'ImageValidatingPolicy' || resource.kind === 'NamespacedImageValidatingPolicy')) {
    // validationActions as in ValidatingAdmissionPolicyBinding: Deny blocks, Audit and Warn only record.
    const actions = own(spec, 'validationActions');
    const enforced = !Array.isArray(actions) || actions.includes('Deny');
    return { enforced, what: `Kyverno ${resource.kind} ${name}`, mode: Array.isArray(actions) ? actions.join(', ') : 'Deny', at: Array.isArray(actions) ? ['spec', 'validationActions'] : ['kind'] };
  }
  if (resource.group === SIGSTORE_GROUP && resource.kind === 'ClusterImagePolicy') {
    // spec.mode: enforce (default) or warn (https://docs.sigstore.dev/policy-controller/overview/).
    const mode = typeof own(spec, 'mode') === 'string' ? String(own(spec, 'mode')) : 'enforce';
    return { enforced: mode !== 'warn', what: `Sigstore ClusterImagePolicy ${name}`, mode, at: mode === 'enforce' && own(spec, 'mode') === undefined ? ['kind'] : ['spec', 'mode'] };
  }
  return undefined;
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'image-signature-policy',
    pci: ['3.2'],
    requirements: ['6.3.2', '6.5.1'],
    inputs: ['workload', 'image-policy'],
    severity: 'info',
    docs: {
      summary: 'An admission policy should verify image signatures before pods run.',
      rationale:
        'A digest pins which bytes run, not who built them: only a signature check at admission shows that an image came from the organisation\'s pipeline and was not replaced in the registry. ' +
        'PCI DSS container guidance 3.2 asks that only verified images run. Evidence of that in the manifests is a Kyverno ClusterPolicy or Policy with `verifyImages` rules, a Kyverno ImageValidatingPolicy, ' +
        'a Sigstore policy-controller ClusterImagePolicy, or Ratify with the Gatekeeper constraint that calls it. ' +
        'When a project runs workloads and holds none of these, that is reported once (info, at the first object), as an evidence request: verification may be configured where these files are not. ' +
        'A policy that only audits (Kyverno `validationFailureAction`/`failureAction: Audit`, the default; ImageValidatingPolicy `validationActions` without Deny; ClusterImagePolicy `mode: warn`; ' +
        'a Ratify constraint with `enforcementAction: dryrun` or `warn`) lets unsigned images run and is reported where it says so. ' +
        'The Sigstore policy-controller checks only namespaces labelled `policy.sigstore.dev/include: "true"`: when ClusterImagePolicies are the only verification in the input, each namespace that runs ' +
        'workloads (only in-scope ones when the shared setting `inScope` is set) and whose Namespace object lacks the label is reported (warning), and one whose Namespace object is not in the input is ' +
        'an evidence request (info). Ratify only verifies when Gatekeeper asks it: its Verifier objects count only beside a constraint of kind `RatifyVerification` (constraints.gatekeeper.sh, from ' +
        'Ratify\'s ConstraintTemplate `ratifyverification`) or of a template whose Rego calls the `ratify-provider` external data provider; a Verifier without one is reported (info). ' +
        'Not judged: whether the policy covers every image, and the namespaces a Kyverno Policy, an ImageValidatingPolicy or a constraint\'s `match` leaves out.',
      fix: 'Sign images in the build pipeline (cosign or Notation) and deploy an admission policy that verifies them in enforce mode: a Kyverno verifyImages rule with `failureAction: Enforce`, a Sigstore ClusterImagePolicy with the namespaces it must cover labelled `policy.sigstore.dev/include: "true"`, or Ratify with its `RatifyVerification` constraint in `enforcementAction: deny`.',
      references: [
        'https://kyverno.io/docs/policy-types/cluster-policy/verify-images/',
        'https://kyverno.io/docs/policy-types/image-validating-policy/',
        'https://docs.sigstore.dev/policy-controller/overview/',
        'https://ratify.dev/docs/',
        'ratify-project/ratify library/default/template.yaml (ConstraintTemplate ratifyverification, kind RatifyVerification, provider ratify-provider)',
      ],
    },
    messages: {
      missing:
        'No image signature verification policy (Kyverno verifyImages or ImageValidatingPolicy, Sigstore ClusterImagePolicy, Ratify with its Gatekeeper constraint) is in the input, so nothing here shows that only signed images from the organisation\'s pipeline run. (Reported once for the whole input.)',
      auditOnly:
        '{{policy}} verifies image signatures but only records failures ({{mode}}), so unsigned or tampered images still run.',
      notOptedIn:
        '{{namespace}} runs {{workloads}} but does not carry the label policy.sigstore.dev/include: "true", so the Sigstore policy-controller does not check its images and the ClusterImagePolicies in the input do not apply to it.',
      namespaceNotInInput:
        '{{namespace}} runs {{workloads}}, but its Namespace object is not in the input, so nothing here shows it carries policy.sigstore.dev/include: "true", without which the Sigstore policy-controller does not check its images.',
      ratifyWithoutConstraint:
        '{{verifier}} is configured, but no Gatekeeper constraint that calls Ratify (kind RatifyVerification, or of a ConstraintTemplate whose Rego calls ratify-provider) is in the input, so nothing here makes admission verify signatures.',
    },
    fixes: {
      missing: 'Deploy one in enforce mode, or keep evidence of the verification that is in place.',
      auditOnly: 'Set it to enforce (Kyverno failureAction: Enforce, validationActions: [Deny]; Sigstore mode: enforce; Gatekeeper enforcementAction: deny).',
      notOptedIn: 'Add the label policy.sigstore.dev/include: "true" to the Namespace.',
      namespaceNotInInput: 'Add the Namespace manifest with the label policy.sigstore.dev/include: "true" to the input, or keep evidence that the namespace carries it.',
      ratifyWithoutConstraint: 'Apply Ratify\'s ConstraintTemplate and a RatifyVerification constraint with enforcementAction: deny, or keep evidence of them.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const selector = ctx.settings.inScope;
      const workload = workloadFact(spec.resource, (at) => ctx.locate(at, 'key')) as Extract<NamespaceFact<Location>, { type: 'workload' }>;
      const inScope = selector === undefined || labelSelectorProblems(selector).length > 0 || workloadMatches(selector, spec);
      ctx.record({ ...workload, inScope });
    },
    Namespace(ctx, namespace) {
      if (namespace.name === undefined) return;
      const label = own(namespace.labels, SIGSTORE_INCLUDE_LABEL);
      ctx.record({
        type: 'namespace',
        name: namespace.name,
        at: ctx.locate(namespace.pathTo('metadata', 'name'), 'value'),
        sigstoreIncluded: label !== undefined && scalarText(label).trim() === 'true',
      });
    },
    Resource(ctx, resource) {
      const name = `"${resource.name ?? '(unnamed)'}"`;
      if (resource.group === RATIFY_GROUP && (resource.kind === 'Verifier' || resource.kind === 'NamespacedVerifier')) {
        ctx.record({ type: 'ratify-verifier', what: `Ratify ${resource.kind} ${name}`, at: ctx.locate(resource.pathTo('kind'), 'value') });
        return;
      }
      if (resource.group === GATEKEEPER_TEMPLATES_GROUP && resource.kind === 'ConstraintTemplate') {
        const kind = ratifyTemplateKind(resource);
        if (kind !== undefined) ctx.record({ type: 'ratify-template', kind });
        return;
      }
      if (resource.group === GATEKEEPER_CONSTRAINTS_GROUP) {
        const spec = resource.value.spec;
        const written = isPlainObject(spec) && own(spec, 'enforcementAction') !== undefined;
        ctx.record({
          type: 'constraint',
          kind: resource.kind,
          name: resource.name ?? '(unnamed)',
          action: enforcementAction(resource),
          at: ctx.locate(resource.pathTo('kind'), 'value'),
          actionAt: ctx.locate(written ? resource.pathTo('spec', 'enforcementAction') : resource.pathTo('kind'), 'key'),
        });
        return;
      }
      const found = signaturePolicy(resource);
      if (!found) return;
      const at = resource.pathTo(...found.at);
      const sigstore = resource.group === SIGSTORE_GROUP;
      ctx.record({ type: 'policy', enforced: found.enforced, what: found.what, mode: found.mode, at: ctx.locate(at), sigstore });
      if (!found.enforced) ctx.report({ at, part: 'key', messageId: 'auditOnly', severity: 'warning', data: { policy: found.what, mode: found.mode } });
    },
  },
  finish(ctx, project) {
    const facts = project.facts;
    const first = project.first;
    const workloads = facts.filter((f) => f.type === 'workload');
    if (!first || workloads.length === 0) return;
    const ratifyKinds = new Set([RATIFY_CONSTRAINT_KIND, ...facts.flatMap((f) => (f.type === 'ratify-template' ? [f.kind] : []))]);
    const ratifyConstraints = facts.filter((f): f is Extract<Fact, { type: 'constraint' }> => f.type === 'constraint' && ratifyKinds.has(f.kind));
    for (const c of ratifyConstraints) {
      if (c.action.toLowerCase() === 'deny') continue;
      ctx.report({ at: c.actionAt, messageId: 'auditOnly', severity: 'warning', data: { policy: `Gatekeeper ${c.kind} "${c.name}" (Ratify)`, mode: c.action } });
    }
    const policies = facts.filter((f): f is Extract<Fact, { type: 'policy' }> => f.type === 'policy');
    const verifiers = facts.filter((f): f is Extract<Fact, { type: 'ratify-verifier' }> => f.type === 'ratify-verifier');
    if (ratifyConstraints.length > 0 || policies.some((p) => !p.sigstore)) return;
    for (const v of verifiers) ctx.report({ at: v.at, messageId: 'ratifyWithoutConstraint', data: { verifier: v.what } });
    if (policies.length === 0) {
      if (verifiers.length === 0) ctx.report({ at: first.location, messageId: 'missing' });
      return;
    }
    // Only ClusterImagePolicies: they cover the namespaces that opt in.
    const included = new Map(facts.flatMap((f) => (f.type === 'namespace' ? [[f.name, f.sigstoreIncluded] as const] : [])));
    const fallback = ctx.settings.defaultNamespace;
    const selector = ctx.settings.inScope;
    const scoped = selector !== undefined && labelSelectorProblems(selector).length === 0;
    const relevant = workloads.filter((w) => w.inScope);
    const namespaceFacts = facts.filter((f) => f.type === 'namespace');
    const what = scoped ? 'in-scope workloads' : 'workloads';
    for (const ns of workloadNamespaces<Location>([...namespaceFacts, ...relevant], fallback)) {
      const state = included.get(ns.key);
      if (state === true) continue;
      const data = { namespace: atSentenceStart(ns.description), workloads: what };
      if (state === false) ctx.report({ at: ns.at, messageId: 'notOptedIn', severity: 'warning', data });
      else ctx.report({ at: ns.at, messageId: 'namespaceNotInInput', data });
    }
  },
});
