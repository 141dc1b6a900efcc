import type { Severity } from './diagnostic.js';

/**
 * Diagnostics the engine itself produces. They are not rules: they cannot be turned off, filtered by
 * PCI section or suppressed, because each one means part of the input was not checked at all.
 */
export const CORE_DIAGNOSTICS = {
  'parse-error': { severity: 'error', summary: 'The file or document is not valid YAML (or is an unrendered template) and was not checked.' },
  'yaml-compatibility': { severity: 'warning', summary: 'The document uses YAML that kubectl accepts and stricter YAML tools reject; it was checked.' },
  'file-unreadable': { severity: 'error', summary: 'The file could not be read or decoded (binary, bad encoding, I/O error) and was not checked.' },
  // An error like the other two: a pull request that pads a file past the cap must not pass the gate unchecked.
  'file-too-large': { severity: 'error', summary: 'The file is larger than --max-file-size and was skipped, so it was not checked.' },
  'unused-kustomize-patch': { severity: 'warning', summary: 'A file a kustomization lists as a patch or plugin configuration is one kustomize would refuse or apply to nothing; it was checked as the object it is.' },
  'unlisted-kustomize-patch': { severity: 'info', summary: 'An object of a kustomization\'s tree that no kustomization lists lacks a field the API server requires: a kustomize patch not in use, checked only for the values it states.' },
  'suppression-missing-reason': { severity: 'warning', summary: 'A suppression has no reason; auditors need to know why a control is waived.' },
  'unused-suppression': { severity: 'warning', summary: 'A suppression names an unknown rule or silences nothing; stale waivers hide future findings.' },
  'internal-error': { severity: 'error', summary: 'A rule crashed on this input; the other rules still ran. Please report it.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type CoreDiagnosticId = keyof typeof CORE_DIAGNOSTICS;

export function isCoreDiagnosticId(id: string): id is CoreDiagnosticId {
  return Object.hasOwn(CORE_DIAGNOSTICS, id);
}
