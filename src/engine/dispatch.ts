/**
 * Lints one parsed file: a single walk over each document's objects, dispatching to the active rules by
 * the visitor keys they listen to. Parsing is the caller's (the run's) job.
 */
import type { ParsedFile, ParseProblem } from '../load/parse.js';
import { formatPath, toPosition, type Path, type Span, type SpanPart } from '../load/positions.js';
import type { LoadProblem, RenderedSource } from '../load/source.js';
import { resourcesOfDocument, unlistedPatches } from '../model/document.js';
import { isKnownKind } from '../model/kinds.js';
import { kustomizeSourceOf, objectsOfBuilds } from '../model/kustomization.js';
import { dict, own, Resource } from '../model/resource.js';
import { controlPlaneComponentsOf, isControlPlanePod, type ControlPlaneNode } from '../model/control-plane.js';
import { versionClaimsOf } from '../model/version-claims.js';
import { containersOf, podSpecsOf } from '../model/workloads.js';
import { controllerKeyOf, objectKey, uidOf } from '../model/controller.js';
import { controlledCopies, type WalkedObject } from './controlled-copies.js';
import type { CoreDiagnosticId } from './core-ids.js';
import type { Diagnostic, Location } from './diagnostic.js';
import { EvidenceCollector, inputKindsOfResource } from './evidence.js';
import { coreDiagnostic, describeError, isLocation, toDiagnostic, visitSubjectKey, type FileResult } from './result.js';
import type { Report, ResourceSummary, VisitContext } from './rule.js';
import type { LintSession } from './session.js';
import { annotationSuppression, commentSuppressions, IGNORE_ANNOTATION, type Scope } from './suppressions.js';
import type { ActiveRule } from './settings.js';

/** Turns a file that could not be read into its diagnostic. */
export function loadProblemResult(problem: LoadProblem): FileResult {
  const id: CoreDiagnosticId = problem.kind === 'too-large' ? 'file-too-large' : 'file-unreadable';
  const at: Location = { file: problem.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: problem.file, diagnostics: [coreDiagnostic(id, problem.message, at)], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } };
}

/** Problem codes whose message is complete without the "YAML syntax error" prefix. */
const SYNTAX_ERROR_CODES = new Set(['HELM_TEMPLATE', 'ALIAS_LIMIT', 'NESTING_LIMIT', 'JSON_STREAM_SYNTAX', 'DOCUMENT_SEPARATOR', 'DIRECTIVE', 'UNTYPED_OBJECT']);

function isPath(target: unknown): target is Path {
  return Array.isArray(target);
}

/** What one document's walk gave (lintParsedFile's `onDocument`): each rule's facts in the order recorded. */
export interface DocumentPart {
  readonly diagnostics: Diagnostic[];
  readonly resources: ResourceSummary[];
  readonly facts: Readonly<Record<string, unknown[]>>;
}

/**
 * Lints one file's documents with every active rule, in a single walk per document. With `onDocument`, each
 * document's diagnostics (in the order they were reported), object summaries and facts are handed over as
 * soon as its walk is done, and the result's `diagnostics` holds only those of the file as a whole (syntax
 * errors outside any document, lenient-read notes), its `resources` and `facts` none: a file with very many
 * objects or findings is then never held as objects at once. With `release`, each document's parsed data is
 * let go (ParsedDocument.release) once it has been walked: for a caller that has no other use for `parsed`.
 */
export function lintParsedFile(session: LintSession, parsed: ParsedFile, onDocument?: (part: DocumentPart) => void, release = false): FileResult {
  const { file, lineCounter } = parsed;
  const fileDiagnostics: Diagnostic[] = [];
  const fileResources: ResourceSummary[] = [];
  const fileFacts = dict<unknown[]>();
  let diagnostics = fileDiagnostics;
  let resources = fileResources;
  let facts = fileFacts;
  /** With `onDocument`: hands over what the document just walked gave, and starts the next one's lists. */
  const flush = () => {
    if (!onDocument) return;
    if (diagnostics !== fileDiagnostics && (diagnostics.length > 0 || resources.length > 0 || Object.keys(facts).length > 0)) onDocument({ diagnostics, resources, facts });
    diagnostics = [];
    resources = [];
    facts = dict<unknown[]>();
  };
  const suppressions = commentSuppressions(file, parsed.text, parsed.commentLines);
  const evidence = new EvidenceCollector();

  // Parser errors can point one past the end of the text; keep every position inside the file.
  const clamp = (offset: number) => Math.max(0, Math.min(offset, parsed.text.length));
  const locationOf = (span: Span, resource?: Resource, source?: RenderedSource, path?: string): Location => ({
    file,
    ...toPosition(lineCounter, { start: clamp(span.start), end: clamp(span.end) }),
    ...(resource && { resource: resource.ref }),
    ...(source && { source }),
    ...(path !== undefined && { path }),
  });
  const parseDiagnostic = (problem: ParseProblem, helm?: RenderedSource) =>
    coreDiagnostic('parse-error', SYNTAX_ERROR_CODES.has(problem.code) ? problem.message : `YAML syntax error: ${problem.message}`, locationOf(problem.span, undefined, helm));

  for (const problem of parsed.fileProblems) diagnostics.push(parseDiagnostic(problem));
  for (const note of parsed.lenient ?? []) diagnostics.push(coreDiagnostic('yaml-compatibility', note.message, locationOf(note.span)));

  for (const [d, document] of parsed.documents.entries()) {
    flush();
    // The document before has been walked; nothing of this walk reads it again.
    if (release && d > 0) parsed.documents[d - 1]?.release?.();
    if (document.problem) {
      diagnostics.push(parseDiagnostic(document.problem, document.helm));
      continue;
    }
    // A document of a file listed as a patch that kustomize would refuse or apply to nothing is what
    // `kubectl apply -f` would create: linted, with why.
    const unused = parsed.kustomizePatch?.objects?.find((o) => o.document === d);
    if (unused) diagnostics.push(coreDiagnostic('unused-kustomize-patch', `${unused.why}. It is checked as the object kubectl apply -f would create.`, locationOf({ start: document.start, end: document.start })));
    const operationsOn = parsed.kustomizePatch?.operations?.find((o) => o.document === d)?.target;
    const of = resourcesOfDocument(document, parsed.kustomizePatch !== undefined && unused === undefined, operationsOn, session.target);
    const { problem } = of;
    let { resources: objects, patches = [] } = of;
    if (problem) diagnostics.push(parseDiagnostic(problem, document.helm));
    // A file of a kustomization's tree that no kustomization lists: its objects the API server would refuse
    // are patches not in use (what Helm rendered is sent as it is).
    if (parsed.unlistedIn !== undefined && document.helm === undefined && objects.length > 0) {
      const unlisted = unlistedPatches(objects, session.target);
      for (const { resource, missing } of unlisted) {
        const what = `${resource.kind}${resource.name === undefined ? '' : ` "${resource.name}"`}`;
        const at = document.locate(resource.pathTo('kind'), 'pair')?.span ?? { start: document.start, end: document.start };
        const message = `${what} lacks ${missing}, which the API server requires, and no kustomization lists this file (it is in the tree of ${parsed.unlistedIn}): it is read as a kustomize patch not in use and checked only for the values it states. List it under patches: to check it with the object it patches.`;
        diagnostics.push(coreDiagnostic('unlisted-kustomize-patch', message, locationOf(at, resource)));
      }
      if (unlisted.length > 0) {
        const asPatch = new Set(unlisted.map((u) => u.resource));
        objects = objects.filter((resource) => !asPatch.has(resource));
        patches = [...patches, ...asPatch];
      }
    }
    if (objects.length === 0 && patches.length === 0) continue;
    // Where each object is written, for its annotation suppression: the document up to the next one, or
    // the object's item of a List.
    const documentEnd = parsed.documents[d + 1]?.start ?? parsed.text.length;
    const scopeOf = (resource: Resource): Scope => {
      const item = resource.path.length > 0 ? document.locate(resource.path, 'value') : undefined;
      const span = item?.exact ? item.span : { start: document.start, end: documentEnd };
      return toPosition(lineCounter, { start: clamp(span.start), end: clamp(Math.max(span.start, span.end)) });
    };
    // Each object once per view of the kustomize builds that hold the file (one copy outside them): what
    // the rules say alike of every copy is one finding (exact repeats are kept once), and the finish phase
    // joins each copy with the objects of its own builds. What the file itself states (input kinds, stated
    // versions) is taken from the first copy only. A patch is checked only by the rules that report values
    // an object states (RuleMeta.checksPatches): it is no object of its own, so it is no part of the
    // input's objects, facts or evidence.
    // A copy a `$patch: delete` of its build removes is checked as a patch is: for what it states.
    // A finding an earlier copy of the object already has (same rule, message id and place) is not repeated
    // in another build's words: the place is one fact of the file (an image two overlays tag differently is
    // one unpinned image).
    const copies = objectsOfBuilds(objects, parsed.kustomizeBuilds).flatMap((list, object) => {
      const first = list.findIndex((resource) => !resource.removed);
      return list.map((resource, copy) => ({ resource, first: copy === first, patch: resource.removed, object, copy }));
    });
    const walk: { resource: Resource; first: boolean; patch: boolean; object?: number; copy?: number }[] =
      patches.length === 0 ? copies : [...copies, ...patches.map((resource) => ({ resource, first: false, patch: true }))];
    let objectFrom = diagnostics.length;
    // The objects of the document and the diagnostics of each, to drop controlled copies' repeats after the walk.
    const walked: { resource: Resource; from: number; to: number }[] = [];
    for (const { resource, first, patch, object, copy } of walk) {
      const from = diagnostics.length;
      if (copy === 0) objectFrom = from;
      // Helm's `# Source:` comment names the template the document came from; else kustomize's origin
      // annotation, one per object, the file it was read from.
      const source = document.helm ?? kustomizeSourceOf(resource.annotations);
      // Several rules locate the same fields (and keep the locations in their facts): one object for each.
      const located = new Map<string, Location>();
      const locate = (target: Path | { readonly path: Path }, part: SpanPart = 'pair'): Location => {
        const path = target instanceof Resource ? target.pathTo('kind') : isPath(target) ? target : target.path;
        const text = formatPath(path);
        const key = `${part}\u0000${text}`;
        let location = located.get(key);
        if (!location) {
          const found = document.locate(resource.inDocument ? resource.inDocument(path) : path, part);
          location = locationOf(found?.span ?? { start: document.start, end: document.start }, resource, source, text);
          located.set(key, location);
        }
        return location;
      };
      // Anything that throws here is a bug of ours on odd input: it costs this object, not the run.
      const visited = guarded(() => {
        const anchor = locate(resource);
        const components = patch ? [] : controlPlaneComponentsOf(resource, session.target);
        if (!patch) resources.push({ ...resource.ref, labels: resource.labels, location: anchor });
        if (first) {
          evidence.addKinds(inputKindsOfResource(resource, components));
          for (const claim of versionClaimsOf(resource)) evidence.addVersion(claim, locate(claim.path, 'value'));
        }
        const subjectKey = visitSubjectKey((node) => locate(node));
        const ignore = annotationSuppression(resource.annotations, resource.ref, locate(resource.pathTo('metadata', 'annotations', IGNORE_ANNOTATION)), scopeOf(resource));
        if (ignore) suppressions.push(ignore);
        visitResource(patch ? session.patchDispatch : session.dispatch, session, resource, components, {
          file,
          locate,
          report: (entry, report) => {
            // What a build's JSON patch set is reported where the patch writes it, by the rules that check
            // patches: not again at the place of the base it replaced.
            if (resource.setByPatch && entry.rule.meta.checksPatches === true && !isLocation(report.at) && resource.setByPatch(isPath(report.at) ? report.at : report.at.path)) return;
            diagnostics.push(toDiagnostic(entry, report, isLocation(report.at) ? report.at : locate(report.at, report.part), subjectKey));
          },
          record: (entry, fact) => {
            if (!patch) (facts[entry.rule.meta.id] ??= []).push(fact);
          },
          crash: (entry, error) => {
            const message = `Rule "${entry.rule.meta.id}" failed on this object (${describeError(error)}); the other rules still ran. Please report this.`;
            diagnostics.push(coreDiagnostic('internal-error', message, anchor));
          },
        });
      });
      if (visited !== true) diagnostics.push(coreDiagnostic('internal-error', `pci-lint failed while reading this object (${visited}), so some rules did not check it. Please report this.`, locationOf({ start: document.start, end: document.start }, resource, source)));
      if (object !== undefined && copy !== 0 && from > objectFrom) dropEarlierCopies(diagnostics, objectFrom, from);
      if (!patch) walked.push({ resource, from, to: diagnostics.length });
    }
    // Only exported state names controllers: the paths of the objects are worked out only then.
    const repeats = walked.some(({ resource }) => controllerKeyOf(resource) !== undefined) ? controlledCopies(walked.flatMap(walkedObject), diagnostics, (ruleId, messageId) => {
          const table = session.defaultedInCopies.get(ruleId);
          return table ? own(table, messageId) : undefined;
        }) : undefined;
    if (repeats && repeats.size > 0) {
      let kept = walked[0]?.from ?? diagnostics.length;
      for (let i = kept; i < diagnostics.length; i++) if (!repeats.has(i)) diagnostics[kept++] = diagnostics[i] as Diagnostic;
      diagnostics.length = kept;
    }
  }
  flush();
  if (release) parsed.documents.at(-1)?.release?.();
  return { file, diagnostics: fileDiagnostics, resources: fileResources, facts: fileFacts, suppressions, evidence: evidence.result() };
}

/** Drops from `diagnostics[from..]` each one that `diagnostics[earlier..from]` has: same rule, message id and place. */
function dropEarlierCopies(diagnostics: Diagnostic[], earlier: number, from: number): void {
  const key = (d: Diagnostic) => `${d.ruleId}\0${d.messageId ?? ''}\0${String(d.line)}:${String(d.column)}`;
  const seen = new Set<string>();
  for (let i = earlier; i < from; i++) seen.add(key(diagnostics[i] as Diagnostic));
  let kept = from;
  for (let i = from; i < diagnostics.length; i++) if (!seen.has(key(diagnostics[i] as Diagnostic))) diagnostics[kept++] = diagnostics[i] as Diagnostic;
  diagnostics.length = kept;
}

/** An object of a document's walk as controlledCopies reads it; none for an unnamed object. */
function walkedObject({ resource, from, to }: { resource: Resource; from: number; to: number }): WalkedObject[] {
  if (resource.name === undefined) return [];
  const objectPath = formatPath(resource.path);
  return [
    {
      self: objectKey(resource.group, resource.kind, resource.namespace, resource.name),
      uid: uidOf(resource),
      controller: controllerKeyOf(resource),
      objectPath,
      podSpecs: podSpecsOf(resource).map((spec) => ({ path: formatPath(spec.path), relative: formatPath(spec.path.slice(resource.path.length)) })),
      from,
      to,
    },
  ];
}

interface VisitHooks {
  readonly file: string;
  readonly locate: (target: Path | { readonly path: Path }, part?: SpanPart) => Location;
  readonly report: (entry: ActiveRule, report: Report<string>) => void;
  readonly record: (entry: ActiveRule, fact: unknown) => void;
  readonly crash: (entry: ActiveRule, error: unknown) => void;
}

function visitResource(dispatch: LintSession['dispatch'], session: LintSession, resource: Resource, components: readonly ControlPlaneNode[], hooks: VisitHooks): void {
  const contextFor = (entry: ActiveRule): VisitContext<string, unknown, unknown> => ({
    ruleId: entry.rule.meta.id,
    target: session.target,
    options: entry.options,
    settings: session.settings,
    file: hooks.file,
    resource,
    report: (report) => {
      hooks.report(entry, report);
    },
    locate: (at, part) => hooks.locate(at, part),
    record: (fact) => {
      hooks.record(entry, fact);
    },
  });
  const call = (key: string, node: unknown) => {
    for (const entry of dispatch.get(key) ?? []) {
      const visitor = own(entry.rule.visit as Record<string, ((ctx: unknown, node: unknown) => void) | undefined>, key);
      if (!visitor) continue;
      try {
        visitor(contextFor(entry), node);
      } catch (error) {
        hooks.crash(entry, error);
      }
    }
  };

  // Kind visitors get the built-in kind only: not a custom resource that reuses its name (or `Container`).
  if (isKnownKind(resource.kind, resource.group)) call(resource.kind, resource);
  call('Resource', resource);
  if (dispatch.has('ControlPlaneComponent')) for (const component of components) call('ControlPlaneComponent', component);
  if (!dispatch.has('PodSpec') && !dispatch.has('Container')) return;
  // Control-plane static pods need host access by design; the control-plane rules check their settings.
  if (isControlPlanePod(resource)) return;
  // Each pod spec the object embeds (a RayCluster's head and worker groups), its containers after it.
  for (const spec of podSpecsOf(resource)) {
    call('PodSpec', spec);
    if (dispatch.has('Container')) for (const container of containersOf(spec)) call('Container', container);
  }
}

/** Runs `fn`; true when it returned, else what it threw (as text), so bad input costs one object, not the run. */
function guarded(fn: () => void): true | string {
  try {
    fn();
    return true;
  } catch (error) {
    return describeError(error);
  }
}
