import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isPlainObject, own, type Resource } from '../../src/model/resource.js';

type Fact =
  | { readonly type: 'workload' }
  | { readonly type: 'policy'; readonly enforced: boolean; readonly what: string; readonly at: Location; readonly mode: string };

const KYVERNO_GROUP = 'kyverno.io';
const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';
const SIGSTORE_GROUP = 'policy.sigstore.dev';
const RATIFY_GROUP = 'config.ratify.deislabs.io';

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
  if (resource.group === RATIFY_GROUP && (resource.kind === 'Verifier' || resource.kind === 'NamespacedVerifier')) {
    // Ratify verifies; the Gatekeeper constraint that calls it decides enforcement, which is not judged here.
    return { enforced: true, what: `Ratify ${resource.kind} ${name}`, mode: 'enforce', at: ['kind'] };
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
        'PCI DSS container guidance 3.2 asks that only verified images run. Evidence of that in the manifests is a Kyverno ClusterPolicy or Policy with `verifyImages` rules, a Kyverno ImageValidatingPolicy, a Sigstore policy-controller ClusterImagePolicy, or a Ratify Verifier. ' +
        'When a project runs workloads and holds none of these, that is reported once (info, at the first object), as an evidence request: verification may be configured where these files are not. ' +
        'A policy that only audits (Kyverno `validationFailureAction`/`failureAction: Audit`, the default; ImageValidatingPolicy `validationActions` without Deny; ClusterImagePolicy `mode: warn`) lets unsigned images run and is reported where it says so. ' +
        'Not judged: whether the policy covers every image, the Sigstore opt-in label `policy.sigstore.dev/include` on namespaces, and the Gatekeeper constraint that makes Ratify enforce.',
      fix: 'Sign images in the build pipeline (cosign or Notation) and deploy an admission policy that verifies them in enforce mode: a Kyverno verifyImages rule with `failureAction: Enforce`, or a Sigstore ClusterImagePolicy (and label the namespaces it must cover).',
      references: [
        'https://kyverno.io/docs/policy-types/cluster-policy/verify-images/',
        'https://kyverno.io/docs/policy-types/image-validating-policy/',
        'https://docs.sigstore.dev/policy-controller/overview/',
        'https://ratify.dev/docs/',
      ],
    },
    messages: {
      missing:
        'No image signature verification policy (Kyverno verifyImages or ImageValidatingPolicy, Sigstore ClusterImagePolicy, Ratify) is in the input, so nothing here shows that only signed images from the organisation\'s pipeline run. (Reported once for the whole input.)',
      auditOnly:
        '{{policy}} verifies image signatures but only records failures ({{mode}}), so unsigned or tampered images still run.',
    },
    fixes: {
      missing: 'Deploy one in enforce mode, or keep evidence of the verification that is in place.',
      auditOnly: 'Set it to enforce (Kyverno failureAction: Enforce, validationActions: [Deny]; Sigstore mode: enforce).',
    },
  },
  visit: {
    PodSpec(ctx) {
      ctx.record({ type: 'workload' });
    },
    Resource(ctx, resource) {
      const found = signaturePolicy(resource);
      if (!found) return;
      const at = resource.pathTo(...found.at);
      ctx.record({ type: 'policy', enforced: found.enforced, what: found.what, mode: found.mode, at: ctx.locate(at) });
      if (!found.enforced) ctx.report({ at, part: 'key', messageId: 'auditOnly', severity: 'warning', data: { policy: found.what, mode: found.mode } });
    },
  },
  finish(ctx, project) {
    const first = project.first;
    if (!first || !project.facts.some((f) => f.type === 'workload') || project.facts.some((f) => f.type === 'policy')) return;
    ctx.report({ at: first.location, messageId: 'missing' });
  },
});
