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
  // `chart/templates/...`, or `parent/charts/child/templates/...` for subcharts (nested to any depth). Walk
  // the leading `charts/<name>` pairs: a folder under templates/ may itself be called `templates`.
  const parts = template.split('/');
  let chart = parts[0];
  for (let i = 1; parts[i] === 'charts' && parts[i + 1] !== undefined; i += 2) chart = parts[i + 1];
  return { chart: chart ?? template, template };
}

// A Go template action such as `{{ .Values.x }}`, `{{- include "x" . }}` or `{{ end }}`, or a placeholder
// of another template tool: `{{IMAGE}}`, `{{ app_name }}`, `{{ values.tag }}` (Mustache, Jinja, envsubst-like
// scripts, Ansible, cookiecutter).
const TEMPLATE_ACTIONS = /\{\{-?\s*(?:(\.|\$|-|\/\*|end\b|if\b|else\b|range\b|with\b|define\b|include\b|template\b|toYaml\b|tpl\b|default\b|required\b|quote\b)|[A-Za-z_][\w.-]*\s*(?:\|[^{}\n]*)?-?\}\})/g;

/** A template action or placeholder in the text: where it starts, and whether it is Go template (Helm) syntax. */
export interface TemplateAction {
  readonly at: number;
  readonly helm: boolean;
}

/** The template actions and placeholders in the text, in order. */
export function* templateActions(text: string): Generator<TemplateAction> {
  for (const match of text.matchAll(TEMPLATE_ACTIONS)) yield { at: match.index, helm: match[1] !== undefined };
}
