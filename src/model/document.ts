import type { ParsedDocument, ParseProblem } from '../load/parse.js';
import { resourcesIn, type Resource } from './resource.js';

export type DocumentResources = { readonly resources: Resource[]; readonly problem?: undefined } | { readonly resources: []; readonly problem: ParseProblem };

/**
 * The Kubernetes objects of a syntactically valid document. Turning YAML into values can still fail
 * (an alias bomb past the expansion limit); that becomes a problem on the document's first line.
 */
export function resourcesOfDocument(parsed: ParsedDocument): DocumentResources {
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
  return { resources: resourcesIn(value) };
}
