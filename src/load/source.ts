/** A file's text as pci-lint reads it: decoded, BOM removed, with the display path used in diagnostics. */
export interface SourceText {
  /** Display path: relative to the working directory with `/` separators, or `<stdin>`. */
  readonly file: string;
  readonly text: string;
  /** Listed as a patch by a kustomization in the input: its documents are partial objects, not linted. */
  readonly kustomizePatch?: boolean;
}

/** Why a file could not be turned into text. Becomes a diagnostic; never an exception. */
export interface LoadProblem {
  readonly file: string;
  readonly kind: 'unreadable' | 'binary' | 'encoding' | 'too-large';
  readonly message: string;
}

export type LoadResult = { readonly ok: true; readonly source: SourceText } | { readonly ok: false; readonly problem: LoadProblem };
