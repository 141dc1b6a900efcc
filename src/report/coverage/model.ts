/**
 * The coverage report as data: one model that the HTML, Markdown and coverage-json formats render. It
 * says, per guidance sub-item and per PCI DSS v4.0.1 requirement, what this run can vouch for and what it
 * cannot, from a fixed vocabulary (STATUSES). A check passes only when its rule ran on input of the kind it
 * checks; without such input it is `not-assessed` (naming what to supply), or `provider` when the platform
 * runs that part (naming the evidence to ask the provider for). Findings count once, under exactly the
 * sub-items their rule names.
 */
import { isCoreDiagnosticId } from '../../engine/core-ids.js';
import type { Diagnostic, Severity } from '../../engine/diagnostic.js';
import type { RunEvidence, Waiver } from '../../engine/evidence.js';
import { compareRequirementIds, PCI_DSS_VERSION, pciRequirement } from '../../engine/pci-requirements.js';
import { PCI_ITEMS, PCI_SECTIONS, type Coverage } from '../../engine/pci-sections.js';
import type { AnyRule } from '../../engine/rule.js';
import type { RuleState } from '../../engine/settings.js';
import { CONTROL_PLANE_INPUTS, INPUT_KINDS, type InputKind } from '../../k8s/input-kinds.js';
import { PLATFORMS, type Platform, type PlatformChoice, type PlatformName } from '../../k8s/platforms.js';
import { formatVersion, type K8sVersion } from '../../k8s/versions.js';

export const STATUSES = ['fail', 'not-assessed', 'provider', 'not-configured', 'off', 'pass', 'evidence'] as const;
export type Status = (typeof STATUSES)[number];

/** What each status means, for the legend of every rendering. */
export const STATUS_MEANING: Readonly<Record<Status, string>> = {
  fail: 'findings: the rules found configuration that breaks the guidance',
  pass: 'the rules ran on input of the kind they check and found nothing',
  'not-assessed': 'no input of the kind the rules check was given: nothing was checked (see what to supply)',
  provider: 'the platform provider runs this part: ask the provider for the evidence named',
  evidence: 'cannot be settled from files: collect the evidence named',
  'not-configured': 'the rules need configuration before they check anything',
  off: 'the rules were turned off for this run (configuration, --rule or --pci)',
};

/** How a sub-item's status follows from its checks: the first of these any check has. */
const PRECEDENCE: readonly Status[] = ['fail', 'not-assessed', 'provider', 'not-configured', 'off', 'pass'];
/** A requirement that also needs evidence from outside the files is not settled by passing rules. */
const REQUIREMENT_PRECEDENCE: readonly Status[] = ['fail', 'not-assessed', 'provider', 'not-configured', 'off', 'evidence', 'pass'];

export interface InputFile {
  readonly file: string;
  readonly sha256?: string;
  readonly bytes?: number;
  readonly problem?: string;
}

/** Everything the report states about the run besides its findings. The CLI gathers it. */
export interface CoverageContext {
  readonly date: string;
  readonly platform: PlatformChoice;
  readonly platformFrom: 'flag' | 'config' | 'default';
  readonly targetFrom: 'flag' | 'config' | 'input' | 'default';
  /** For a target taken from the input: which claim. */
  readonly targetDetail?: string;
  readonly pssLevel: 'baseline' | 'restricted';
  readonly configFile?: { readonly path: string; readonly sha256: string };
  readonly gitCommit?: string;
  readonly inputs: readonly InputFile[];
  readonly evidence: RunEvidence;
  readonly ruleStates: readonly RuleState[];
  readonly baseline?: { readonly file: string; readonly hidden: number };
  /** Warnings the run printed (a target that differs from the input's version, …). */
  readonly warnings: readonly string[];
}

export interface FindingRef {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `Deployment shop/web`, when the finding is about an object. */
  readonly object?: string;
  readonly message: string;
}

export interface CheckReport {
  readonly ruleId: string;
  readonly summary: string;
  readonly status: Exclude<Status, 'evidence'>;
  readonly findings: number;
  /** Input kinds present that the rule checked. */
  readonly checked: readonly InputKind[];
  /** Input kinds the rule needs that were not in the input. */
  readonly missing: readonly InputKind[];
  /** Why: what to supply, the provider evidence, the configuration it needs, who turned it off. */
  readonly note?: string;
}

export interface ItemReport {
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly coverage: Coverage;
  readonly status: Status;
  readonly requirements: readonly string[];
  readonly checks: readonly CheckReport[];
  readonly findings: readonly FindingRef[];
  /** Evidence to collect from outside the files (partial and evidence-only items). */
  readonly evidence?: string;
  /** What to supply, for checks that were not assessed. */
  readonly supply: readonly string[];
  /** What to ask the provider for, for checks the provider runs. */
  readonly providerEvidence?: string;
  /** Published provider defaults that bear on the item (facts, not a pass). */
  readonly providerDefaults: readonly { readonly text: string; readonly source: string }[];
  /** Rules of the item that do not apply to the target version (not counted). */
  readonly notApplicable: readonly string[];
}

export interface SectionSummary {
  readonly id: string;
  readonly title: string;
  readonly counts: Readonly<Record<Status, number>>;
}

export interface RequirementReport {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  readonly items: readonly string[];
  readonly rules: readonly string[];
  readonly findings: number;
}

export interface WaiverEntry {
  readonly ruleId: string;
  readonly object?: string;
  readonly reason: string | null;
  /** Where the suppression is written. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'comment' | 'annotation';
  /** The finding it hid. */
  readonly finding: { readonly file: string; readonly line: number; readonly column: number; readonly message: string };
}

export interface CoverageReport {
  readonly reportVersion: 1;
  readonly tool: { readonly name: 'pci-lint'; readonly version: string };
  readonly standard: { readonly guidance: string; readonly pciDss: string };
  readonly scope: {
    readonly date: string;
    readonly targetVersion: string;
    readonly targetFrom: CoverageContext['targetFrom'];
    readonly targetDetail: string | null;
    readonly platform: PlatformName | 'unknown';
    readonly platformTitle: string;
    readonly platformFrom: CoverageContext['platformFrom'] | 'detected';
    readonly pssLevel: 'baseline' | 'restricted';
    readonly configFile: { readonly path: string; readonly sha256: string } | null;
    readonly gitCommit: string | null;
    readonly inputKinds: readonly InputKind[];
    readonly files: readonly InputFile[];
  };
  readonly totals: { readonly items: Readonly<Record<Status, number>>; readonly findings: Readonly<Record<Severity, number>> };
  readonly sections: readonly SectionSummary[];
  readonly items: readonly ItemReport[];
  readonly requirements: readonly RequirementReport[];
  readonly evidenceToCollect: readonly { readonly item: string; readonly title: string; readonly kind: 'evidence' | 'provider' | 'supply'; readonly text: string }[];
  readonly waivers: { readonly entries: readonly WaiverEntry[]; readonly baselineHidden: number; readonly baselineFile: string | null };
  readonly unreadable: readonly { readonly ruleId: string; readonly file: string; readonly line: number; readonly column: number; readonly message: string }[];
  readonly otherDiagnostics: readonly FindingRef[];
  readonly warnings: readonly string[];
}

function zeroCounts(): Record<Status, number> {
  return { fail: 0, 'not-assessed': 0, provider: 0, 'not-configured': 0, off: 0, pass: 0, evidence: 0 };
}

function objectName(resource: Diagnostic['resource']): string | undefined {
  if (!resource) return undefined;
  const name = [resource.namespace, resource.name].filter((p) => p !== undefined).join('/');
  return name ? `${resource.kind} ${name}` : resource.kind;
}

/** The platform the report applies: as given, or (auto) self-managed when control-plane files are in the input. */
export function resolvePlatform(choice: PlatformChoice, kinds: readonly InputKind[]): { platform: Platform | undefined; detected: boolean } {
  if (choice !== 'auto') return { platform: PLATFORMS[choice], detected: false };
  const selfManaged = kinds.some((k) => (CONTROL_PLANE_INPUTS as readonly string[]).includes(k) || k === 'audit-policy' || k === 'encryption-config');
  return { platform: selfManaged ? PLATFORMS['self-managed'] : undefined, detected: selfManaged };
}

function supplyText(kind: InputKind, platform: Platform | undefined): string {
  const where = platform?.whereToFind?.[kind];
  return `${INPUT_KINDS[kind].label}: ${where ?? INPUT_KINDS[kind].supply}`;
}

interface RuleTally {
  findings: number;
}

const MANAGED_HINT = 'If the control plane is managed (EKS, AKS, GKE), give --platform so these are reported as the provider\'s.';

/** Builds the report from a run: one pass over the diagnostics. */
export function buildCoverageReport(input: {
  readonly diagnostics: Iterable<Diagnostic>;
  readonly rules: readonly AnyRule[];
  readonly target: K8sVersion;
  readonly version: string;
  readonly context: CoverageContext;
}): CoverageReport {
  const { context } = input;
  const present = new Set<InputKind>(context.evidence.kinds);
  // The version is known when it was given or stated by the input; a default is not a fact about the cluster.
  if (context.targetFrom !== 'default') present.add('cluster-version');
  const { platform, detected } = resolvePlatform(context.platform, context.evidence.kinds);
  const providerManaged = new Set(platform?.providerManaged ?? []);

  const tallies = new Map<string, RuleTally>();
  const itemFindings = new Map<string, FindingRef[]>(PCI_ITEMS.map((i) => [i.id, []]));
  const findingTotals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const unreadable: CoverageReport['unreadable'][number][] = [];
  const otherDiagnostics: FindingRef[] = [];
  const requirementFindings = new Map<string, number>();
  for (const d of input.diagnostics) {
    const ref: FindingRef = { ruleId: d.ruleId, severity: d.severity, file: d.file, line: d.line, column: d.column, ...(objectName(d.resource) !== undefined && { object: objectName(d.resource) }), message: d.message };
    if (isCoreDiagnosticId(d.ruleId)) {
      if (d.ruleId === 'parse-error' || d.ruleId === 'file-unreadable' || d.ruleId === 'file-too-large') unreadable.push({ ruleId: d.ruleId, file: d.file, line: d.line, column: d.column, message: d.message });
      else otherDiagnostics.push(ref);
      continue;
    }
    findingTotals[d.severity]++;
    // A finding that stands for several rules' findings of one fact fails each of those rules' checks.
    for (const ruleId of [d.ruleId, ...(d.alsoRules ?? [])]) {
      let tally = tallies.get(ruleId);
      if (!tally) tallies.set(ruleId, (tally = { findings: 0 }));
      tally.findings++;
    }
    for (const item of new Set(d.pci)) itemFindings.get(item)?.push(ref);
    for (const r of new Set(d.requirements)) requirementFindings.set(r, (requirementFindings.get(r) ?? 0) + 1);
  }

  const waivedBy = new Map<string, number>();
  for (const w of context.evidence.waivers) for (const ruleId of [w.ruleId, ...(w.alsoRules ?? [])]) waivedBy.set(ruleId, (waivedBy.get(ruleId) ?? 0) + 1);
  const stateOf = new Map(context.ruleStates.map((s) => [s.rule.meta.id, s.state] as const));
  const checkOf = (rule: AnyRule): CheckReport => {
    const { meta } = rule;
    const base = { ruleId: meta.id, summary: meta.docs.summary };
    const findings = tallies.get(meta.id)?.findings ?? 0;
    const checked = meta.inputs.filter((k) => present.has(k));
    // Control-plane components are each checked on their own; any other input kind will do.
    const eachOf = meta.inputs.every((k) => (CONTROL_PLANE_INPUTS as readonly string[]).includes(k));
    const missing = eachOf ? meta.inputs.filter((k) => !present.has(k)) : checked.length > 0 ? [] : [...meta.inputs];
    const state = stateOf.get(meta.id) ?? 'active';
    if (state === 'off' || state === 'filtered') {
      return { ...base, status: 'off', findings: 0, checked: [], missing: [], note: state === 'off' ? 'turned off in the configuration or with --rule' : 'excluded by the --pci filter' };
    }
    if (state === 'not-configured') return { ...base, status: 'not-configured', findings: 0, checked: [], missing: [], note: meta.requires?.description ?? 'needs configuration' };
    if (findings > 0) return { ...base, status: 'fail', findings, checked, missing };
    const waived = waivedBy.get(meta.id) ?? 0;
    if (missing.length === 0) return { ...base, status: 'pass', findings: 0, checked, missing, ...(waived > 0 && { note: `${waived} finding${waived === 1 ? '' : 's'} suppressed (waiver register)` }) };
    const partly = checked.length > 0 ? `checked on ${checked.map((k) => INPUT_KINDS[k].label).join(', ')}; ` : '';
    if (missing.every((k) => providerManaged.has(k))) {
      return { ...base, status: 'provider', findings: 0, checked, missing, note: `${partly}${platform?.title ?? 'the provider'} runs ${missing.map((k) => INPUT_KINDS[k].label).join(', ')}` };
    }
    const hint = platform === undefined && missing.some((k) => (CONTROL_PLANE_INPUTS as readonly string[]).includes(k) || k === 'audit-policy' || k === 'encryption-config') ? ` ${MANAGED_HINT}` : '';
    return { ...base, status: 'not-assessed', findings: 0, checked, missing, note: `${partly}not in the input: ${missing.map((k) => INPUT_KINDS[k].label).join(', ')}.${hint}` };
  };

  const items: ItemReport[] = PCI_ITEMS.map((item) => {
    const section = item.id.split('.')[0] ?? '';
    const rules = input.rules.filter((r) => r.meta.pci.includes(item.id)).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
    const notApplicable = rules.filter((r) => stateOf.get(r.meta.id) === 'not-applicable').map((r) => r.meta.id);
    const checks = rules.filter((r) => stateOf.get(r.meta.id) !== 'not-applicable').map(checkOf);
    const statuses = new Set(checks.map((c) => c.status));
    let status: Status = PRECEDENCE.find((s) => statuses.has(s as CheckReport['status'])) ?? (item.coverage === 'evidence' ? 'evidence' : 'not-assessed');
    if (checks.length === 0 && item.coverage !== 'evidence') status = 'not-assessed';
    const requirements = [...new Set([...rules.flatMap((r) => r.meta.requirements), ...(item.evidenceRequirements ?? [])])].sort(compareRequirementIds);
    const supply = [...new Set(checks.filter((c) => c.status === 'not-assessed').flatMap((c) => c.missing.filter((k) => !providerManaged.has(k)).map((k) => supplyText(k, platform))))];
    const providerKinds = new Set(checks.filter((c) => c.status === 'provider').flatMap((c) => c.missing));
    const providerDefaults = (platform?.defaults ?? []).filter((d) => providerKinds.has(d.input) || rules.some((r) => r.meta.inputs.includes(d.input) && !present.has(d.input))).map((d) => ({ text: d.text, source: d.source }));
    const noRuleApplies = checks.length === 0 && item.coverage !== 'evidence' && rules.length > 0 ? `No rule of this item applies to Kubernetes ${formatVersion(input.target)}.` : undefined;
    return {
      id: item.id,
      section,
      title: item.title,
      coverage: item.coverage,
      status,
      requirements,
      checks,
      findings: itemFindings.get(item.id) ?? [],
      ...((item.evidence ?? noRuleApplies) !== undefined && { evidence: [item.evidence, noRuleApplies].filter((t) => t !== undefined).join(' ') }),
      supply,
      ...(providerKinds.size > 0 && platform?.providerEvidence !== undefined && { providerEvidence: platform.providerEvidence }),
      providerDefaults,
      notApplicable,
    };
  });

  const sections: SectionSummary[] = PCI_SECTIONS.map((s) => {
    const counts = zeroCounts();
    for (const item of items) if (item.section === s.id) counts[item.status]++;
    return { id: s.id, title: s.title, counts };
  });
  const itemTotals = zeroCounts();
  for (const item of items) itemTotals[item.status]++;

  const byRequirement = new Map<string, { items: Set<string>; rules: Set<string>; statuses: Set<Status>; findings: number }>();
  for (const item of items) {
    for (const r of item.requirements) {
      let e = byRequirement.get(r);
      if (!e) byRequirement.set(r, (e = { items: new Set(), rules: new Set(), statuses: new Set(), findings: 0 }));
      e.items.add(item.id);
      const checks = item.checks.filter((c) => input.rules.find((rule) => rule.meta.id === c.ruleId)?.meta.requirements.includes(r));
      for (const c of checks) {
        e.rules.add(c.ruleId);
        e.statuses.add(c.status);
      }
      const asEvidence = PCI_ITEMS.find((i) => i.id === item.id)?.evidenceRequirements?.includes(r) ?? false;
      if (asEvidence && item.coverage !== 'automated') e.statuses.add('evidence');
    }
  }
  // Findings per requirement, each finding once.
  for (const [r, count] of requirementFindings) {
    const e = byRequirement.get(r);
    if (e) e.findings += count;
  }
  const requirements: RequirementReport[] = [...byRequirement.entries()]
    .sort(([a], [b]) => compareRequirementIds(a, b))
    .map(([id, e]) => ({
      id,
      title: pciRequirement(id)?.title ?? '',
      status: REQUIREMENT_PRECEDENCE.find((s) => e.statuses.has(s)) ?? 'not-assessed',
      items: [...e.items],
      rules: [...e.rules].sort(),
      findings: e.findings,
    }));

  const evidenceToCollect: CoverageReport['evidenceToCollect'][number][] = [];
  for (const item of items) {
    if (item.evidence !== undefined) evidenceToCollect.push({ item: item.id, title: item.title, kind: 'evidence', text: item.evidence });
    if (item.providerEvidence !== undefined) evidenceToCollect.push({ item: item.id, title: item.title, kind: 'provider', text: item.providerEvidence });
    for (const s of item.supply) evidenceToCollect.push({ item: item.id, title: item.title, kind: 'supply', text: `Supply ${s}` });
  }

  const waiverEntries = context.evidence.waivers.map((w: Waiver): WaiverEntry => ({
    ruleId: w.ruleId,
    ...(objectName(w.finding.resource) !== undefined && { object: objectName(w.finding.resource) }),
    reason: w.reason ?? null,
    file: w.at.file,
    line: w.at.line,
    column: w.at.column,
    kind: w.kind,
    finding: { file: w.finding.file, line: w.finding.line, column: w.finding.column, message: w.finding.message },
  }));

  const platformName: PlatformName | 'unknown' = platform?.name ?? 'unknown';
  return {
    reportVersion: 1,
    tool: { name: 'pci-lint', version: input.version },
    standard: { guidance: 'PCI SSC Information Supplement: Guidance for Containers and Container Orchestration Tools', pciDss: PCI_DSS_VERSION },
    scope: {
      date: context.date,
      targetVersion: formatVersion(input.target),
      targetFrom: context.targetFrom,
      targetDetail: context.targetDetail ?? null,
      platform: platformName,
      platformTitle: platform?.title ?? 'unknown (no control-plane files in the input; give --platform)',
      platformFrom: detected ? 'detected' : context.platformFrom,
      pssLevel: context.pssLevel,
      configFile: context.configFile ?? null,
      gitCommit: context.gitCommit ?? null,
      inputKinds: [...present].sort(),
      files: context.inputs,
    },
    totals: { items: itemTotals, findings: findingTotals },
    sections,
    items,
    requirements,
    evidenceToCollect,
    waivers: { entries: waiverEntries, baselineHidden: context.baseline?.hidden ?? 0, baselineFile: context.baseline?.file ?? null },
    unreadable,
    otherDiagnostics,
    warnings: context.warnings,
  };
}
