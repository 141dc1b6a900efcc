import type { ParsedDocument, ParseProblem } from '../load/parse.js';
import { holdsPatchDirective } from './kustomization.js';
import { resourcesIn, type Resource } from './resource.js';

export type DocumentResources = { readonly resources: Resource[]; readonly problem?: undefined } | { readonly resources: []; readonly problem: ParseProblem };

/**
 * The Kubernetes objects of a syntactically valid document. Turning YAML into values can still fail
 * (an alias bomb past the expansion limit); that becomes a problem on the document's first line. A
 * kustomize patch (`patch`: the file is listed as one; or a strategic-merge directive such as `$patch` in
 * the document) holds partial objects: none of them is an object to lint.
 */
export function resourcesOfDocument(parsed: ParsedDocument, patch = false): DocumentResources {
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
  if (patch || holdsPatchDirective(value)) return { resources: [] };
  return { resources: resourcesIn(value) };
}
