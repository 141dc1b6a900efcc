/**
 * Diagnostics the engine itself produces. They are not rules: they cannot be turned off, filtered by
 * PCI section or suppressed, because each one means part of the input was not checked at all.
 */
export declare const CORE_DIAGNOSTICS: {
    readonly 'parse-error': {
        readonly severity: "error";
        readonly summary: "The file or document is not valid YAML (or is an unrendered template) and was not checked.";
    };
    readonly 'yaml-compatibility': {
        readonly severity: "warning";
        readonly summary: "The document uses YAML that kubectl accepts and stricter YAML tools reject; it was checked.";
    };
    readonly 'file-unreadable': {
        readonly severity: "error";
        readonly summary: "The file could not be read or decoded (binary, bad encoding, I/O error) and was not checked.";
    };
    readonly 'file-too-large': {
        readonly severity: "error";
        readonly summary: "The file is larger than --max-file-size and was skipped, so it was not checked.";
    };
    readonly 'unused-kustomize-patch': {
        readonly severity: "warning";
        readonly summary: "A file a kustomization lists as a patch or plugin configuration is one kustomize would refuse or apply to nothing; it was checked as the object it is.";
    };
    readonly 'unlisted-kustomize-patch': {
        readonly severity: "info";
        readonly summary: "An object of a kustomization's tree that no kustomization lists lacks a field the API server requires: a kustomize patch not in use, checked only for the values it states.";
    };
    readonly 'suppression-missing-reason': {
        readonly severity: "warning";
        readonly summary: "A suppression has no reason; auditors need to know why a control is waived.";
    };
    readonly 'unused-suppression': {
        readonly severity: "warning";
        readonly summary: "A suppression names an unknown rule or silences nothing; stale waivers hide future findings.";
    };
    readonly 'internal-error': {
        readonly severity: "error";
        readonly summary: "A rule crashed on this input; the other rules still ran. Please report it.";
    };
};
export type CoreDiagnosticId = keyof typeof CORE_DIAGNOSTICS;
export declare function isCoreDiagnosticId(id: string): id is CoreDiagnosticId;
