/**
 * What a kustomization.yaml says about the files beside it: which of them are patches. A patch is a partial
 * object (a strategic-merge patch names only the fields it changes), so linting it as a whole object reports
 * every field it leaves out. Field names from kustomize's Kustomization type (api/types/kustomization.go:
 * `patches`, `patchesStrategicMerge`, `patchesJson6902`).
 */

/** File names kustomize reads as a kustomization (api/konfig/general.go: RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The patch files a kustomization lists, as written (relative to its directory). Inline patches (a `patch:`
 * text, or a `patchesStrategicMerge` entry holding YAML) name no file and are left out.
 */
export function kustomizationPatchFiles(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const files: string[] = [];
  const add = (entry: unknown) => {
    if (typeof entry === 'string' && entry.trim() !== '' && !entry.includes('\n')) files.push(entry.trim());
  };
  for (const list of [value['patches'], value['patchesJson6902']]) {
    if (Array.isArray(list)) for (const entry of list) if (isRecord(entry)) add(entry['path']);
  }
  const merge = value['patchesStrategicMerge'];
  if (Array.isArray(merge)) for (const entry of merge) add(entry);
  return files;
}

// Strategic-merge patch directives (k8s.io/apimachinery/pkg/util/strategicpatch/patch.go): `$patch`,
// `$retainKeys`, `$setElementOrder/<field>`, `$deleteFromPrimitiveList/<field>`.
const DIRECTIVE = /^\$(?:patch|retainKeys|setElementOrder\/|deleteFromPrimitiveList\/)/;

/** True when a document holds a strategic-merge patch directive anywhere: it is a patch, not an object. */
export function holdsPatchDirective(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsPatchDirective(item, depth + 1));
  for (const [key, item] of Object.entries(value)) if (DIRECTIVE.test(key) || holdsPatchDirective(item, depth + 1)) return true;
  return false;
}
