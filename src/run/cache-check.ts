/**
 * Checks a file's result read back from the cache down to its leaves, before any of it is used: the shape
 * this version writes, and nothing that points at another file. A result that fails is ignored and the
 * file linted again, so a damaged cache can cost speed, never a crash or a finding.
 */
import { SEVERITIES } from '../engine/diagnostic.js';
import type { FileResult } from '../engine/result.js';
import { isInputKind } from '../k8s/input-kinds.js';

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isString);
}

function isStringMap(value: unknown): boolean {
  return isObject(value) && Object.values(value).every(isString);
}

function isResourceRef(value: unknown): boolean {
  return isObject(value) && isString(value.apiVersion) && isString(value.kind) && isOptionalString(value.namespace) && isOptionalString(value.name);
}

function isSpan(v: Obj): boolean {
  return isCount(v.line) && isCount(v.column) && isCount(v.endLine) && isCount(v.endColumn);
}

function isLocationIn(value: unknown, file: string): value is Obj {
  if (!isObject(value) || value.file !== file || !isSpan(value) || !isOptionalString(value.path)) return false;
  if (value.resource !== undefined && !isResourceRef(value.resource)) return false;
  const source = value.source;
  return source === undefined || (isObject(source) && isString(source.chart) && isString(source.template) && (source.tool === undefined || source.tool === 'kustomize'));
}

function isDiagnosticIn(value: unknown, file: string): boolean {
  return (
    isLocationIn(value, file) &&
    isString(value.ruleId) &&
    isOptionalString(value.messageId) &&
    isStringList(value.pci) &&
    isStringList(value.requirements) &&
    (SEVERITIES as readonly unknown[]).includes(value.severity) &&
    isString(value.message) &&
    isOptionalString(value.fix)
  );
}

function isSuppressionIn(value: unknown, file: string): boolean {
  if (!isObject(value) || !isStringList(value.ruleIds) || !isOptionalString(value.reason) || !isLocationIn(value.at, file)) return false;
  if (value.kind === 'comment') return isCount(value.line);
  return value.kind === 'annotation' && isResourceRef(value.resource) && isObject(value.scope) && isSpan(value.scope);
}

function isResourceSummaryIn(value: unknown, file: string): boolean {
  return isResourceRef(value) && isObject(value) && isStringMap(value.labels) && isLocationIn(value.location, file);
}

function isEvidenceIn(value: unknown, file: string): boolean {
  if (!isObject(value) || !Array.isArray(value.kinds) || !value.kinds.every((k) => isString(k) && isInputKind(k)) || !Array.isArray(value.versions)) return false;
  return value.versions.every((v) => isObject(v) && isString(v.version) && isString(v.text) && isString(v.how) && isLocationIn(v.at, file));
}

/**
 * Why `value` is not a FileResult for `file` (the first malformed part, in words that finish "the result
 * has ..."), or undefined when every part checks: diagnostics, objects, suppressions, facts, evidence.
 */
export function fileResultProblem(value: unknown, file: string): string | undefined {
  if (!isObject(value) || value.file !== file) return 'another file\'s name';
  const { diagnostics, resources, suppressions, facts, evidence } = value;
  if (!Array.isArray(diagnostics) || !diagnostics.every((d) => isDiagnosticIn(d, file))) return 'a malformed diagnostic';
  if (!Array.isArray(resources) || !resources.every((r) => isResourceSummaryIn(r, file))) return 'a malformed resource';
  if (!Array.isArray(suppressions) || !suppressions.every((s) => isSuppressionIn(s, file))) return 'a malformed suppression';
  if (!isObject(facts) || !Object.values(facts).every((list) => Array.isArray(list))) return 'malformed facts';
  if (!isEvidenceIn(evidence, file)) return 'malformed evidence';
  return undefined;
}

/** True when `value` is a FileResult for `file` in every part. */
export function isFileResultFor(value: unknown, file: string): value is FileResult {
  return fileResultProblem(value, file) === undefined;
}
