/**
 * One finding per fact. A finding may name the subjects of the fact it reports (`about`); a rule may declare
 * that its findings replace those of other rules (`supersedes`). Over the whole run, a finding of a replaced
 * rule is dropped when each of its subjects is also the subject of a finding of a rule that replaces it; the
 * finding kept carries the dropped ones' PCI sub-items, requirements and rule ids, and the most serious
 * severity among them, so dropping never hides a section from the coverage report nor lowers an exit code.
 */
import { atLeast, type Diagnostic, type Location, type Severity } from './diagnostic.js';

/**
 * The key of a located subject: the node in its file and object, by its path and its place (objects of one
 * name in several documents of a file are several subjects; two nodes a build adds at one place of the base
 * differ by path).
 */
export function locationSubjectKey(l: Location): string {
  const r = l.resource;
  return JSON.stringify(['@', l.file, r?.kind ?? '', r?.namespace ?? '', r?.name ?? '', l.path ?? '', `${String(l.line)}:${String(l.column)}`]);
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
  // Each subject's findings, in the order given.
  const bySubject = new Map<string, number[]>();
  findings.forEach((f, i) => {
    for (const key of f.about.length > 1 ? new Set(f.about) : f.about) {
      const list = bySubject.get(key);
      if (list) list.push(i);
      else bySubject.set(key, [i]);
    }
  });
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  // The rules that replace each rule (the inverse of `supersedes`), asked once per rule.
  const replacersOf = new Map<string, ReadonlySet<string>>();
  const replacers = (ruleId: string): ReadonlySet<string> => {
    let rules = replacersOf.get(ruleId);
    if (!rules) replacersOf.set(ruleId, (rules = new Set([...ruleIds].filter((winner) => supersedesOf(winner)?.includes(ruleId) === true))));
    return rules;
  };
  // A subject many findings share (a namespace's default ServiceAccount) is looked up by rule, so that each
  // of its findings costs the findings of the rules replacing it, not all of them.
  const byRuleOf = new Map<string, Map<string, number[]>>();
  const byRule = (key: string, list: readonly number[]): Map<string, number[]> => {
    let map = byRuleOf.get(key);
    if (!map) {
      map = new Map<string, number[]>();
      for (const j of list) {
        const rule = findings[j]?.ruleId ?? '';
        const same = map.get(rule);
        if (same) same.push(j);
        else map.set(rule, [j]);
      }
      byRuleOf.set(key, map);
    }
    return map;
  };

  // Who replaces each finding: for every subject, the other findings of that subject whose rule replaces its rule.
  // (A list, in the order found: a finding has few replacers, and a run can have hundreds of thousands of them.)
  const replacedBy = new Map<number, number | number[]>();
  findings.forEach((f, i) => {
    if (f.about.length === 0) return;
    const rules = replacers(f.ruleId);
    if (rules.size === 0) return;
    const by: number[] = [];
    /** Adds the findings of `key` that replace this one; false when there is none. */
    const replacing = (key: string): boolean => {
      const list = bySubject.get(key) ?? [];
      const size = by.length;
      let already = false;
      const candidates = list.length <= 16 ? list.filter((j) => rules.has(findings[j]?.ruleId ?? '')) : [...rules].flatMap((rule) => byRule(key, list).get(rule) ?? []);
      for (const j of candidates) {
        if (j === i) continue;
        if (by.includes(j)) already = true;
        else by.push(j);
      }
      return already || by.length > size;
    };
    for (const key of f.about.length > 1 ? new Set(f.about) : f.about) if (!replacing(key)) return;
    replacedBy.set(i, by.length === 1 ? (by[0] as number) : by);
  });

  // A dropped finding's tags go to the findings that replace it, through any that are dropped themselves.
  const replacersList = (i: number): readonly number[] => {
    const by = replacedBy.get(i);
    return by === undefined ? [] : typeof by === 'number' ? [by] : by;
  };
  const recipients = (i: number, seen: Set<number>): number[] => {
    const out: number[] = [];
    for (const j of replacersList(i)) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (replacedBy.has(j)) for (const k of recipients(j, seen)) out.push(k);
      else out.push(j);
    }
    return out;
  };
  // Each winner's losers, in the order met.
  const losersOf = new Map<number, number[]>();
  for (const i of replacedBy.keys()) {
    if (!findings[i]) continue;
    for (const j of recipients(i, new Set([i]))) {
      if (!findings[j]) continue;
      const list = losersOf.get(j);
      if (list) list.push(i);
      else losersOf.set(j, [i]);
    }
  }
  // What a merge gives depends only on the tags of the winner and of its losers in order: each distinct
  // combination is worked out once and shared (a dense file repeats a few kinds of merge for every object).
  const tagIds = new Map<string, number>();
  const tagId = (f: FactFinding): number => {
    const key = `${f.ruleId}\u0000${f.severity}\u0000${f.pci.join(',')}\u0000${f.requirements.join(',')}`;
    let id = tagIds.get(key);
    if (id === undefined) tagIds.set(key, (id = tagIds.size));
    return id;
  };
  const shared = new Map<string, MergedTags>();
  const outcome = new Map<number, MergedTags>();
  for (const [j, losers] of losersOf) {
    const winner = findings[j] as FactFinding;
    const key = `${tagId(winner)}:${losers.map((i) => tagId(findings[i] as FactFinding)).join(',')}`;
    let one = shared.get(key);
    if (!one) {
      const m = { pci: [...winner.pci], requirements: [...winner.requirements], severity: winner.severity, alsoRules: [] as string[] };
      for (const i of losers) {
        const loser = findings[i] as FactFinding;
        for (const s of loser.pci) if (!m.pci.includes(s)) m.pci.push(s);
        for (const r of loser.requirements) if (!m.requirements.includes(r)) m.requirements.push(r);
        if (!atLeast(m.severity, loser.severity)) m.severity = loser.severity;
        if (loser.ruleId !== winner.ruleId && !m.alsoRules.includes(loser.ruleId)) m.alsoRules.push(loser.ruleId);
      }
      shared.set(key, (one = m));
    }
    outcome.set(j, one);
  }
  return { dropped: new Set(replacedBy.keys()), merged: outcome };
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
