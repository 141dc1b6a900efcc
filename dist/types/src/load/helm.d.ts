/** Where a document of `helm template` output came from, read from its `# Source:` comment. */
export interface HelmSource {
    /** The chart that owns the template (the innermost one for subcharts). */
    readonly chart: string;
    /** The template path exactly as Helm printed it, e.g. `web/templates/deployment.yaml`. */
    readonly template: string;
}
/** Finds Helm's `# Source: chart/templates/x.yaml` comment in the text that precedes a document's content. */
export declare function helmSourceIn(header: string): HelmSource | undefined;
/** A template action or placeholder in the text: where it starts, and whether it is Go template (Helm) syntax. */
export interface TemplateAction {
    readonly at: number;
    readonly helm: boolean;
}
/** The template actions and placeholders in the text, in order. */
export declare function templateActions(text: string): Generator<TemplateAction>;
