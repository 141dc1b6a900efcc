/**
 * One finding per fact. A finding may name the subjects of the fact it reports (`about`); a rule may declare
 * that its findings replace those of other rules (`supersedes`). Over the whole run, a finding of a replaced
 * rule is dropped when each of its subjects is also the subject of a finding of a rule that replaces it; the
 * finding kept carries the dropped ones' PCI sub-items, requirements and rule ids, and the most serious
 * severity among them, so dropping never hides a section from the coverage report nor lowers an exit code.
 */
import { atLeast, type Diagnostic, type Location, type Severity } from './diagnostic.js';

/** The key of a located subject: the node in its file and object. */
export function locationSubjectKey(l: Location): string {
  const r = l.resource;
  return JSON.stringify(['@', l.file, r?.kind ?? '', r?.namespace ?? '', r?.name ?? '', l.path ?? `${String(l.line)}:${String(l.column)}`]);
}

/** The key of a subject named by text. */
export function textSubjectKey(text: string): string {
  return JSON.stringify(['#', text]);
}

/** True for the key of a subject named by text (see {@link textSubjectKey}). */
export function isTextSubjectKey(key: string): boolean {
  return key.startsWith('["#"');
}

/** What the deduplication needs of one finding that names subjects. */
export interface FactFinding {
  readonly ruleId: string;
  readonly about: readonly string[];
  readonly pci: readonly string[];
  readonly requirements: readonly string[];
  readonly severity: Severity;
}

/** What becomes of the findings passed in, by their index. */
export interface FactOutcome {
  readonly dropped: ReadonlySet<number>;
  /** Findings kept that absorbed others: what they carry now. */
  readonly merged: ReadonlyMap<number, MergedTags>;
}

/**
 * Decides which findings of `findings` stand for their fact. `supersedesOf` gives, for a rule id, the rule
 * ids it replaces (an active rule's `meta.supersedes`).
 */
export function oneFindingPerFact(findings: readonly FactFinding[], supersedesOf: (ruleId: string) => readonly string[] | undefined): FactOutcome {
  // Each subject's findings by rule, in the order given: a finding looks up only the rules that replace its
  // own, so a subject many findings share (the namespace's default ServiceAccount) costs no more per finding.
  const bySubject = new Map<string, Map<string, number[]>>();
  findings.forEach((f, i) => {
    for (const key of new Set(f.about)) {
      let byRule = bySubject.get(key);
      if (!byRule) bySubject.set(key, (byRule = new Map<string, number[]>()));
      const list = byRule.get(f.ruleId);
      if (list) list.push(i);
      else byRule.set(f.ruleId, [i]);
    }
  });
  // The rules that replace each rule (the inverse of `supersedes`), asked once per rule.
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  const replacersOf = new Map<string, string[]>();
  const replacers = (ruleId: string): readonly string[] => {
    let list = replacersOf.get(ruleId);
    if (list) return list;
    list = [];
    for (const winner of ruleIds) if (supersedesOf(winner)?.includes(ruleId) === true) list.push(winner);
    replacersOf.set(ruleId, list);
    return list;
  };

  // Who replaces each finding: for every subject, the other findings of that subject whose rule replaces its rule.
  const replacedBy = new Map<number, Set<number>>();
  findings.forEach((f, i) => {
    if (f.about.length === 0) return;
    const rules = replacers(f.ruleId);
    if (rules.length === 0) return;
    const by = new Set<number>();
    for (const key of new Set(f.about)) {
      const byRule = bySubject.get(key);
      let found = false;
      for (const rule of rules) {
        for (const j of byRule?.get(rule) ?? []) {
          if (j === i) continue;
          by.add(j);
          found = true;
        }
      }
      if (!found) return;
    }
    replacedBy.set(i, by);
  });

  // A dropped finding's tags go to the findings that replace it, through any that are dropped themselves.
  const merged = new Map<number, { pci: string[]; requirements: string[]; severity: Severity; alsoRules: string[] }>();
  const recipients = (i: number, seen: Set<number>): number[] => {
    const out: number[] = [];
    for (const j of replacedBy.get(i) ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (replacedBy.has(j)) for (const k of recipients(j, seen)) out.push(k);
      else out.push(j);
    }
    return out;
  };
  for (const i of replacedBy.keys()) {
    const loser = findings[i];
    if (!loser) continue;
    for (const j of recipients(i, new Set([i]))) {
      const winner = findings[j];
      if (!winner) continue;
      let m = merged.get(j);
      if (!m) merged.set(j, (m = { pci: [...winner.pci], requirements: [...winner.requirements], severity: winner.severity, alsoRules: [] }));
      for (const s of loser.pci) if (!m.pci.includes(s)) m.pci.push(s);
      for (const r of loser.requirements) if (!m.requirements.includes(r)) m.requirements.push(r);
      if (!atLeast(m.severity, loser.severity)) m.severity = loser.severity;
      if (loser.ruleId !== winner.ruleId && !m.alsoRules.includes(loser.ruleId)) m.alsoRules.push(loser.ruleId);
    }
  }
  return { dropped: new Set(replacedBy.keys()), merged };
}

/** What a kept finding carries after absorbing others. */
export interface MergedTags {
  readonly pci: readonly string[];
  readonly requirements: readonly string[];
  readonly severity: Severity;
  readonly alsoRules: readonly string[];
}

/** A kept finding with what it absorbed. */
export function withMerged(d: Diagnostic, m: MergedTags): Diagnostic {
  const alsoRules = [...new Set([...(d.alsoRules ?? []), ...m.alsoRules])].sort();
  return { ...d, pci: m.pci, requirements: m.requirements, severity: m.severity, ...(alsoRules.length > 0 && { alsoRules }) };
}

/** A finding without the subjects of its fact: they are for the run's finish phase only, never printed or cached. */
export function withoutSubjects(d: Diagnostic): Diagnostic {
  if (d.about === undefined) return d;
  const copy: { -readonly [K in keyof Diagnostic]?: Diagnostic[K] } = { ...d };
  delete copy.about;
  return copy as Diagnostic;
}
