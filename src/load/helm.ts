/** Where a document of `helm template` output came from, read from its `# Source:` comment. */
export interface HelmSource {
  /** The chart that owns the template (the innermost one for subcharts). */
  readonly chart: string;
  /** The template path exactly as Helm printed it, e.g. `web/templates/deployment.yaml`. */
  readonly template: string;
}

const SOURCE_COMMENT = /^[ \t]*#[ \t]*Source:[ \t]*(\S+)[ \t]*\r?$/m;

/** Finds Helm's `# Source: chart/templates/x.yaml` comment in the text that precedes a document's content. */
export function helmSourceIn(header: string): HelmSource | undefined {
  const match = SOURCE_COMMENT.exec(header);
  if (!match?.[1]) return undefined;
  const template = match[1];
  const parts = template.split('/');
  const templatesAt = parts.lastIndexOf('templates');
  const chart = templatesAt > 0 ? parts[templatesAt - 1] : parts[0];
  return { chart: chart ?? template, template };
}

// A Go template action such as `{{ .Values.x }}`, `{{- include "x" . }}` or `{{ end }}`.
const TEMPLATE_ACTION = /\{\{-?\s*(?:\.|\$|-|\/\*|end\b|if\b|else\b|range\b|with\b|define\b|include\b|template\b|toYaml\b|tpl\b|default\b|required\b|quote\b)/;

/** Offset of the first Go template action in the text, or -1. */
export function firstTemplateAction(text: string): number {
  const match = TEMPLATE_ACTION.exec(text);
  return match ? match.index : -1;
}
