/** A file's text as pci-lint reads it: decoded, BOM removed, with the display path used in diagnostics. */
export interface SourceText {
    /** Display path: relative to the working directory with `/` separators, or `<stdin>`. */
    readonly file: string;
    readonly text: string;
    /** Listed as a patch or as plugin configuration by a kustomization in the input: its documents are not objects to lint, but for those `objects` names. */
    readonly kustomizePatch?: KustomizePatch;
    /**
     * Built by kustomizations of the input: each distinct thing their builds do to its objects (namespace,
     * name affixes, the roots that do it), the first root's first; its objects are judged once per view.
     */
    readonly kustomizeBuilds?: readonly KustomizeBuild[];
    /**
     * In the tree of a kustomization of the input (its directory or below), but listed by none of them: the
     * nearest such kustomization, as reports show paths. Its objects that lack a field the API server
     * requires are kustomize patches not in use (unlistedPatches in src/model/document.ts).
     */
    readonly unlistedIn?: string;
}
/** A patch target as a kustomization names it (its `target:`): group, version, kind and name, as written. */
export interface PatchTarget {
    readonly group?: string;
    readonly version?: string;
    readonly kind: string;
    readonly name?: string;
}
/**
 * A file kustomizations of the input list as a patch or plugin configuration (kustomizePatchUse in
 * src/run/kustomize-patch-use.ts): `objects` are its documents (by index) that kustomize would refuse or
 * ignore as one, each with why; they are linted as objects, with that said.
 */
export interface KustomizePatch {
    readonly objects?: readonly {
        readonly document: number;
        readonly why: string;
    }[];
    /** Documents of JSON patch operations (by index), with the object they are applied to (jsonPatchObject in src/model/json-patch.ts). */
    readonly operations?: readonly {
        readonly document: number;
        readonly target: PatchTarget;
    }[];
}
/**
 * One view of a file the kustomizations of the input build (kustomizeBuilds in src/run/kustomize-patches.ts):
 * what some of their builds do to its objects (the namespace kustomize's namespace transformer gives them,
 * the name affixes, the ServiceAccounts subjects resolve to) and the build roots (kustomizations no other
 * kustomization of the input builds) whose `kustomize build` does that.
 */
export interface KustomizeBuild {
    /** The namespace the objects of namespaced kinds get (`namespace:` of the outermost kustomization that sets one). */
    readonly namespace?: string;
    /** The kustomization file that sets it, as reports show paths. */
    readonly namespaceFrom?: string;
    /**
     * The `namePrefix` and `nameSuffix` the builds give the names of its objects (inner kustomization's
     * inside, outer's outside), as `prefix\u0000suffix`; absent when they add none.
     */
    readonly nameAffix?: string;
    /**
     * The labels the builds' `commonLabels` (and `labels` entries with `includeSelectors`) add to its objects,
     * their selectors and pod templates (an outer kustomization's value wins); absent when they add none.
     */
    readonly selectorLabels?: Readonly<Record<string, string>>;
    /** The objects `$patch: delete` patches of the kustomizations on the way remove from the builds (KustomizeDeletion). */
    readonly deleted?: readonly KustomizeDeletion[];
    /** The directories of the build roots that give the file this view, as reports show paths, sorted. */
    readonly roots: readonly string[];
    /**
     * With a namespace: the ServiceAccounts of the builds of these roots (their name, the namespace their file
     * states and the one the build gives them), for the subjects of bindings that name them.
     */
    readonly accounts?: readonly KustomizeAccount[];
    /** The `images` entries of the kustomizations on the way, innermost first (their transformers run in that order). */
    readonly images?: readonly KustomizeImage[];
    /** The JSON and strategic-merge patches of the kustomizations (and their components) on the way, innermost first, each kustomization's in the order kustomize runs them (KustomizeJsonPatch). */
    readonly jsonPatches?: readonly KustomizeJsonPatch[];
}
/**
 * A JSON patch (RFC 6902 operations) a kustomization applies to what its `target` selects
 * (applyJsonPatch in src/model/json-patch-apply.ts): the selector as written, the operations, and what the
 * kustomizations inside the one that lists it have done to the objects' names and namespace when it runs.
 */
export interface KustomizeJsonPatch {
    /** The `target:` as written; for a strategic-merge patch without one, undefined (the patch names its object). */
    readonly target: unknown;
    /** The JSON patch operations; empty for a strategic-merge patch. */
    readonly operations: readonly unknown[];
    /** A strategic-merge patch (applyStrategicMerge in src/model/strategic-merge-apply.ts) in place of operations. */
    readonly merge?: unknown;
    /** The name prefix and suffix of the kustomizations between it and the file. */
    readonly prefix: string;
    readonly suffix: string;
    /** The namespace those kustomizations set; absent when none does. */
    readonly namespace?: string;
    /** Read from a file of the input (checked for the values it states there); absent for an inline patch. */
    readonly fromFile?: true;
}
/** An `images` entry of a kustomization: the containers whose image has name `name` get the new name, tag or digest. */
export interface KustomizeImage {
    readonly name: string;
    readonly newName?: string;
    readonly newTag?: string;
    readonly digest?: string;
    readonly tagSuffix?: string;
}
/**
 * An object a kustomization's `$patch: delete` patch removes from its build, as the objects of one file are
 * named: API group, kind, the names it may have there (as the patch names it, and without the prefixes and
 * suffixes of the kustomizations between), and `anyName` for a Namespace that the namespace transformer of a
 * kustomization between names after its namespace, whatever it is called.
 */
export interface KustomizeDeletion {
    readonly group: string;
    readonly kind: string;
    readonly names: readonly string[];
    readonly anyName?: boolean;
}
/** A ServiceAccount of a kustomize build: the namespace its file states (if any) and the one it gets. */
export interface KustomizeAccount {
    readonly name: string;
    readonly stated?: string;
    readonly namespace?: string;
}
/** Why a file could not be turned into text. Becomes a diagnostic; never an exception. */
export interface LoadProblem {
    readonly file: string;
    readonly kind: 'unreadable' | 'binary' | 'encoding' | 'too-large';
    readonly message: string;
}
export type LoadResult = {
    readonly ok: true;
    readonly source: SourceText;
} | {
    readonly ok: false;
    readonly problem: LoadProblem;
};
/**
 * Where a document of rendered output came from, as the tool that rendered it records it, so that a finding
 * in `helm template` or `kustomize build` output names the file of the user's sources it was made from.
 * Helm's `# Source:` comment is read here in the load layer (helm.ts); kustomize's origin annotation is an
 * object's metadata, read by the model (`kustomizeSourceOf` in src/model/kustomization.ts).
 */
export interface RenderedSource {
    /** The tool: absent for Helm (chart and template as helm.ts reads them), `kustomize` for an origin annotation. */
    readonly tool?: 'kustomize';
    /** Helm: the chart that owns the template. Kustomize: empty (a build has no chart). */
    readonly chart: string;
    /**
     * The source file as reports show it: Helm's template path (`web/templates/deployment.yaml`); kustomize's
     * origin path, relative to the kustomization that was built (`../base/deployment.yaml`), followed by the
     * remote base's repository and ref and, for a generated object, its generator, in parentheses.
     */
    readonly template: string;
}
