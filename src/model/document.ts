import type { ParsedDocument, ParseProblem } from '../load/parse.js';
import type { PatchTarget } from '../load/source.js';
import type { K8sVersion } from '../k8s/versions.js';
import { jsonPatchObject } from './json-patch.js';
import { holdsPatchDirective, isKustomizePluginConfig } from './kustomization.js';
import { releaseSchema } from './field-schemas.js';
import { KIND_GROUPS } from './kinds.js';
import { missingRequiredField } from './required-fields.js';
import { isPlainObject, own, resourcesIn, type Resource } from './resource.js';

/**
 * The objects of a document, and the problem that cost it some or all of them: a document that cannot be
 * expanded has none; of a List whose item is an unrendered template, the other items are kept.
 */
export type DocumentResources = {
  readonly resources: Resource[];
  /** The document's kustomize patches (partial objects: see resourcesOfDocument), checked only for the values they state. */
  readonly patches?: Resource[];
  readonly problem?: ParseProblem;
};

/**
 * The Kubernetes objects of a syntactically valid document. Turning YAML into values can still fail
 * (an alias bomb past the expansion limit); that becomes a problem on the document's first line. A
 * kustomize patch (`patch`: the file is listed as one; or a strategic-merge directive such as `$patch` in
 * the object) holds partial objects, and kustomize plugin configuration (listed under `transformers` or
 * `generators`, or `apiVersion: builtin`) tells kustomize what to do: none of them is an object to lint.
 * Patches are returned apart (`patches`): what they state becomes part of the object they patch, so the
 * rules that report stated values check them (RuleMeta.checksPatches).
 * Both are decided per object, so the wrapper of a List or one of its items never hides the other items,
 * and a document Helm rendered is never read as a patch. The objects are as the file writes them: what
 * kustomize builds make of them is objectsOfBuilds (src/model/kustomization.ts).
 */
export function resourcesOfDocument(parsed: ParsedDocument, patch = false, operationsOn?: PatchTarget, target?: K8sVersion): DocumentResources {
  let value: unknown;
  try {
    value = parsed.toValue();
  } catch (error) {
    const start = parsed.start;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      resources: [],
      problem: { span: { start, end: start + 1 }, code: 'ALIAS_LIMIT', message: `Document cannot be expanded: ${reason}.` },
    };
  }
  const operations = patch && operationsOn ? jsonPatchObject(value, operationsOn) : undefined;
  if (operations) return { resources: [], patches: [operations] };
  const objects = resourcesIn(value).filter((r) => !isKustomizePluginConfig(r.value));
  if (patch) return objects.length === 0 ? { resources: [] } : { resources: [], patches: objects };
  if (objects.length === 0) {
    const untyped = untypedObject(parsed, value, [], target);
    if (untyped) return { resources: [], problem: untyped };
  }
  // An item of a List kubectl cannot type is refused on its own; the other items are still sent.
  let problem = untypedItem(parsed, value, target);
  // Object by object: kubectl sends a List's items, never the List around them, to the API server. What
  // Helm rendered (a `# Source:` comment) is no kustomize patch: helm install sends it as it is, and the
  // API server drops an unknown `$patch` field.
  const isPatch = (r: Resource) => parsed.helm === undefined && holdsPatchDirective(r.value);
  const patches = objects.filter(isPatch);
  const resources = patches.length === 0 ? objects : objects.filter((r) => !isPatch(r));
  // An item with a placeholder in its identity is left out, never the other items of its List: kubectl
  // sends each item on its own, and the API server creates every one it accepts.
  const kept = resources.filter((resource) => {
    const template = templatedIdentity(parsed, resource);
    problem ??= template;
    return template === undefined;
  });
  return { resources: kept, ...(patches.length > 0 && { patches }), ...(problem && { problem }) };
}

/**
 * Of the objects of a file that lies in a kustomization's tree but that no kustomization of the input lists
 * (kubebuilder's `config/default/manager_*_patch.yaml`, named only in a comment of its kustomization), those
 * that lack a field the API server requires, each with that field: kustomize patches not in use, never an
 * object kustomize builds or `kubectl apply -f` could create. Like listed patches they are checked only for
 * the values they state. An object that has every required field (or whose kind pci-lint has no schema of)
 * could be applied as it is, and is linted as the object it is.
 */
export function unlistedPatches(objects: readonly Resource[], target: K8sVersion): { readonly resource: Resource; readonly missing: string }[] {
  const out: { resource: Resource; missing: string }[] = [];
  for (const resource of objects) {
    const missing = missingRequiredField(resource, target);
    if (missing !== undefined) out.push({ resource, missing });
  }
  return out;
}

/**
 * Kinds a document without apiVersion can only mean for a cluster: the built-in kinds pci-lint's rules know
 * (KIND_GROUPS), but `Policy`, a name other tools' configuration files use too.
 */
const BUILT_IN_KINDS: ReadonlySet<string> = new Set(Object.keys(KIND_GROUPS).filter((kind) => kind !== 'Policy'));

/**
 * A document shaped like a Kubernetes object (a `metadata` map) with a built-in kind and no apiVersion, or a
 * built-in apiVersion (`v1`, `apps/v1`) and no kind, is none pci-lint can check, and kubectl refuses it
 * ("apiVersion not set", "Object 'Kind' is missing"): a parse-error at the field it has, never silence.
 * (The apiVersion is judged only with a target release.) Other tools' configuration files shaped alike (operator-sdk's scorecard `kind: Configuration`, a Chart.yaml)
 * name neither a built-in kind nor a built-in apiVersion.
 */
function untypedObject(parsed: ParsedDocument, value: unknown, at: readonly (string | number)[], target: K8sVersion | undefined): ParseProblem | undefined {
  if (!isPlainObject(value) || !isPlainObject(own(value, 'metadata'))) return undefined;
  const kind = own(value, 'kind');
  const apiVersion = own(value, 'apiVersion');
  const stated = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';
  let problem: { field: 'kind' | 'apiVersion'; message: string } | undefined;
  if (stated(kind) && !stated(apiVersion) && BUILT_IN_KINDS.has(kind)) {
    problem = { field: 'kind', message: `This ${kind} has no apiVersion, so kubectl refuses it ("apiVersion not set") and pci-lint cannot check it. Add the apiVersion it is meant for.` };
  } else if (stated(apiVersion) && !stated(kind) && target !== undefined && (releaseSchema(target)?.kindsOf(apiVersion.trim()).length ?? 0) > 0) {
    problem = { field: 'apiVersion', message: `This object of ${apiVersion} has no kind, so kubectl refuses it ("Object 'Kind' is missing") and pci-lint cannot check it. Add its kind.` };
  }
  if (!problem) return undefined;
  const located = parsed.locate([...at, problem.field], 'pair');
  const start = located?.span.start ?? parsed.start;
  return { span: { start, end: located?.span.end ?? start + 1 }, code: 'UNTYPED_OBJECT', message: problem.message };
}

/** The first item of a List (its own `items`, not nested ones) that untypedObject refuses. */
function untypedItem(parsed: ParsedDocument, value: unknown, target: K8sVersion | undefined): ParseProblem | undefined {
  const items = isPlainObject(value) ? own(value, 'items') : undefined;
  if (!Array.isArray(items)) return undefined;
  for (const [index, item] of items.entries()) {
    const problem = untypedObject(parsed, item, ['items', index], target);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The placeholder a text holds, as its shape: `{{ … }}` (Helm's or any other templating tool's: `{{uid}}`,
 * `{{ .Release.Name }}`) or `${…}` (envsubst and shell scripts, clusterctl's cluster templates:
 * `${CLUSTER_NAME}`, `${component}-config`).
 */
function placeholderIn(text: string): '{{ … }}' | '${…}' | undefined {
  const open = text.indexOf('{{');
  if (open !== -1 && text.indexOf('}}', open + 2) !== -1) return '{{ … }}';
  const dollar = text.indexOf('${');
  return dollar !== -1 && text.indexOf('}', dollar + 2) !== -1 ? '${…}' : undefined;
}

/**
 * An object whose metadata.name, generateName or namespace holds a `{{ … }}` or `${…}` placeholder is an
 * unrendered template even when it parses (the placeholder quoted or inside a longer name, `name:
 * web-{{uid}}`, `name: ${component}-config`): no Kubernetes name can hold braces or `$`, so the API server
 * would reject the object, and what the template fills in (there and elsewhere) is unknown. One parse-error at the placeholder instead of findings on a manifest that does not
 * exist yet; the other items of its List are still linted.
 */
function templatedIdentity(parsed: ParsedDocument, resource: Resource): ParseProblem | undefined {
  const metadata = (resource.value as { metadata?: unknown }).metadata;
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  for (const field of ['name', 'generateName', 'namespace'] as const) {
    const text = (metadata as Record<string, unknown>)[field];
    const shape = typeof text === 'string' ? placeholderIn(text) : undefined;
    if (shape === undefined) continue;
    const located = parsed.locate(resource.pathTo('metadata', field), 'value');
    const start = located?.span.start ?? parsed.start;
    return {
      span: { start, end: located?.span.end ?? start + 1 },
      code: 'HELM_TEMPLATE',
      message: `This looks like an unrendered template (metadata.${field} holds a ${shape} placeholder, which no Kubernetes name can); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output.`,
    };
  }
  return undefined;
}
