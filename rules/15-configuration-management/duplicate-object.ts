import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isControlPlaneStaticPod } from '../../src/model/control-plane.js';
import { namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject } from '../../src/model/resource.js';

/** One named object: who it is (API group, kind, namespace, name) and where its name is written. */
interface Fact {
  readonly identity: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** The kustomize build roots whose build holds the object; absent outside kustomize builds. */
  readonly roots?: readonly string[];
  readonly at: Location;
}

/**
 * Two copies meet when one `kubectl apply` or `kustomize build` can hold both: always, unless each is in
 * kustomize builds and no build holds both (alternative build roots of one tree are applied one at a time).
 */
function meet(a: Fact, b: Fact): boolean {
  if (!a.roots || !b.roots) return true;
  return a.roots.some((root) => b.roots?.includes(root));
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'duplicate-object',
    pci: ['15.1'],
    requirements: ['6.5.1'],
    inputs: ['any-object'],
    severity: 'error',
    docs: {
      summary: 'An object (API group, kind, namespace and name) must be defined once in the input.',
      rationale:
        'The API server keeps one object per API group, kind, namespace and name: of two definitions, the one applied last replaces the other, whatever the order of review. ' +
        'A harmless first copy can then stand in front of a privileged second one (or the reverse, depending on which file `kubectl apply` reads last), so the configuration that was reviewed is not the one that runs, which PCI DSS container guidance 15.1 asks to prevent. ' +
        'pci-lint checks each copy as written and reports every copy after the first; a suppression annotation on one copy covers that copy alone. ' +
        'Copies in one file (one `kubectl apply -f` or Helm release) are errors, each reported; copies in different files are warnings, one per pair of files, since alternative installs or per-environment directories may hold both (lint each environment on its own, or turn the rule off for such a tree). ' +
        'Objects without metadata.name (generateName) and control-plane static pods (named after their node) are not compared; objects without metadata.namespace are in the defaultNamespace setting, or in one unspecified namespace. ' +
        'Objects that kustomizations of the input build are compared in the namespace `kustomize build` gives them, and only within one build: two build roots (kustomizations no other one builds) are alternatives applied one at a time, so copies that only meet across two of them are not reported.',
      fix: 'Keep one definition of the object: remove the copy, or give each object a name of its own.',
      references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/names/'],
    },
    messages: {
      duplicate:
        '{{kind}} "{{name}}"{{namespace}} is defined again here; it is first defined {{where}}. The cluster keeps only the copy applied last, so the one reviewed may not be the one that runs.',
    },
    fixes: {
      duplicate: 'Keep one definition (for copies in per-environment directories, lint each environment on its own).',
    },
  },
  visit: {
    Resource(ctx, resource) {
      const metadata = resource.value.metadata;
      const name = isPlainObject(metadata) ? metadata.name : undefined;
      if (typeof name !== 'string' || name === '' || isControlPlaneStaticPod(resource)) return;
      const namespace = namespaceBucket(resource.namespace, ctx.settings.defaultNamespace).key;
      ctx.record({
        // Under kustomize the name the build gives (namePrefix/nameSuffix): same source names with other affixes differ.
        identity: `${resource.group}\u0000${resource.kind}\u0000${namespace}\u0000${name}\u0000${resource.nameAffix}`,
        kind: resource.kind,
        name,
        ...(resource.namespace !== undefined && { namespace: resource.namespace }),
        ...(resource.buildRoots.length > 0 && { roots: resource.buildRoots }),
        at: ctx.locate(resource.pathTo('metadata', 'name'), 'value'),
      });
    },
  },
  finish(ctx, project) {
    // Every copy of an identity so far: a copy is compared with the first it meets.
    const copies = new Map<string, Fact[]>();
    // Copies in another file are reported once per pair of files (alternative installs or environments
    // repeat many objects): at the first copy, with how many more the file repeats.
    const acrossFiles = new Map<string, { readonly fact: Fact; readonly earlier: Fact; count: number }>();
    const describe = (fact: Fact) => ({ kind: fact.kind, name: fact.name, namespace: fact.namespace === undefined ? '' : ` in namespace "${fact.namespace}"` });
    for (const fact of project.facts) {
      const seenCopies = copies.get(fact.identity);
      const earlier = seenCopies?.find((copy) => meet(copy, fact));
      if (seenCopies) seenCopies.push(fact);
      else copies.set(fact.identity, [fact]);
      if (!earlier) continue;
      if (earlier.at.file === fact.at.file) {
        // In one file (one `kubectl apply -f`, one Helm release) a copy always replaces the other.
        ctx.report({ at: fact.at, messageId: 'duplicate', data: { ...describe(fact), where: `at line ${earlier.at.line}` } });
        continue;
      }
      const pair = `${earlier.at.file}\u0000${fact.at.file}`;
      const seen = acrossFiles.get(pair);
      if (seen) seen.count++;
      else acrossFiles.set(pair, { fact, earlier, count: 1 });
    }
    for (const { fact, earlier, count } of acrossFiles.values()) {
      const more = count > 1 ? `, and ${count - 1} more object${count > 2 ? 's' : ''} of this file ${count > 2 ? 'are' : 'is'} defined there too` : '';
      ctx.report({ at: fact.at, messageId: 'duplicate', severity: 'warning', data: { ...describe(fact), where: `in ${earlier.at.file} at line ${earlier.at.line}${more}` } });
    }
  },
});
