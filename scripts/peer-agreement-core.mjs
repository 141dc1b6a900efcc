// The agreement logic of `npm run peer-agreement` (scripts/peer-agreement.mjs), kept free of I/O so that
// test/precision/peer-agreement.test.ts can check it on small fixtures.
//
// A peer adapter (scripts/peers/<name>.mjs) yields one case per peer fixture × peer check whose concept
// overlaps a pci-lint rule:
//   { id, check, files, rules, expect: 'fail' | 'pass', object?: { kind, name, namespace? }, k8sVersion? }
// A case agrees when expect is 'fail' and pci-lint reports at least one finding of `rules` (on `object` if
// given), or expect is 'pass' and it reports none. An entry of `rules` is a rule id (`resource-limits`), or,
// where one pci-lint rule reports several peer concepts, a rule id narrowed to one of its messages
// (`pss-capabilities-restricted#forbiddenAdd`) or to findings whose message contains a text
// (`resource-limits~memory limit`).

/**
 * @typedef {{ kind: string, name?: string, namespace?: string }} CaseObject
 * @typedef {{ id: string, check: string, files: string[], rules: string[], expect: 'fail' | 'pass', object?: CaseObject, k8sVersion?: string }} PeerCase
 * @typedef {{ ruleId: string, messageId?: string, alsoRules?: readonly string[], file: string, line: number, column: number, message: string, resource?: { kind?: string, name?: string, namespace?: string } }} Finding
 * @typedef {{ id: string, check: string, expect: 'fail' | 'pass', agrees: boolean, said: string, matching: Finding[], unlinted: Finding[] }} Verdict
 */

/** Rule ids pci-lint reports when it could not lint a document: a case whose files hold one says so. */
export const UNLINTED_RULES = new Set(['parse-error', 'file-unreadable', 'file-too-large', 'internal-error']);

/** Checks one case's shape; returns the problems (empty when it is well formed). */
export function validateCase(c) {
  const problems = [];
  if (!c || typeof c !== 'object') return ['a case must be an object'];
  if (typeof c.id !== 'string' || c.id === '') problems.push('id must be a non-empty string');
  if (typeof c.check !== 'string' || c.check === '') problems.push('check must be a non-empty string');
  if (!Array.isArray(c.files) || c.files.length === 0 || c.files.some((f) => typeof f !== 'string')) problems.push('files must be a non-empty list of paths');
  if (!Array.isArray(c.rules) || c.rules.length === 0 || c.rules.some((r) => typeof r !== 'string')) problems.push('rules must be a non-empty list of rule ids');
  if (c.expect !== 'fail' && c.expect !== 'pass') problems.push("expect must be 'fail' or 'pass'");
  if (c.object !== undefined && (typeof c.object !== 'object' || typeof c.object.kind !== 'string')) problems.push('object must have a kind');
  if (c.k8sVersion !== undefined && !/^1\.\d+$/.test(String(c.k8sVersion))) problems.push('k8sVersion must look like 1.29');
  return problems;
}

/**
 * One entry of a case's `rules`: `id`, `id#messageId` or `id~text`.
 * @param {string} spec
 */
export function parseRuleSpec(spec) {
  const hash = spec.indexOf('#');
  const tilde = spec.indexOf('~');
  if (hash > 0 && (tilde === -1 || hash < tilde)) return { rule: spec.slice(0, hash), messageId: spec.slice(hash + 1) };
  if (tilde > 0) return { rule: spec.slice(0, tilde), text: spec.slice(tilde + 1) };
  return { rule: spec };
}

/**
 * True when the finding is of one of `rules`, itself or through the findings of the same fact it replaced
 * (a narrowed entry matches the finding's own rule only: the replaced findings' messages are gone).
 * @param {Finding} finding
 * @param {readonly string[]} rules
 */
export function ofRules(finding, rules) {
  return rules.some((spec) => {
    const { rule, messageId, text } = parseRuleSpec(spec);
    if (messageId !== undefined) return finding.ruleId === rule && finding.messageId === messageId;
    if (text !== undefined) return finding.ruleId === rule && finding.message.includes(text);
    return finding.ruleId === rule || (finding.alsoRules ?? []).includes(rule);
  });
}

/** True when the finding is on `object` (kind, and name and namespace when the case gives them). */
export function onObject(finding, object) {
  if (!object) return true;
  const r = finding.resource;
  if (!r) return false;
  if (r.kind !== object.kind) return false;
  if (object.name !== undefined && r.name !== object.name) return false;
  if (object.namespace !== undefined && (r.namespace ?? '') !== object.namespace) return false;
  return true;
}

const short = (f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`;

/**
 * The verdict on one case, from the findings pci-lint reported on its files.
 * @param {PeerCase} c
 * @param {readonly Finding[]} findings
 * @returns {Verdict}
 */
export function judge(c, findings) {
  const matching = findings.filter((f) => ofRules(f, c.rules) && onObject(f, c.object));
  const unlinted = findings.filter((f) => UNLINTED_RULES.has(f.ruleId));
  const agrees = c.expect === 'fail' ? matching.length > 0 : matching.length === 0;
  let said;
  if (matching.length > 0) said = `${matching.length} finding${matching.length === 1 ? '' : 's'}: ${matching.slice(0, 3).map(short).join('; ')}${matching.length > 3 ? '; ...' : ''}`;
  else {
    const on = c.object ? ` on ${c.object.kind} ${c.object.name ?? ''}`.trimEnd() : '';
    said = `no finding of ${c.rules.join(', ')}${on}`;
    if (unlinted.length > 0) said += ` (not linted: ${unlinted.slice(0, 2).map(short).join('; ')})`;
  }
  return { id: c.id, check: c.check, expect: c.expect, agrees, said, matching, unlinted };
}

/** Parses a case's k8sVersion ('1.29') into a target, clamped to the versions pci-lint supports. */
export function targetOf(version, oldest, newest) {
  if (version === undefined) return undefined;
  const m = /^1\.(\d+)$/.exec(String(version));
  if (!m) return undefined;
  const minor = Math.min(Math.max(Number(m[1]), oldest.minor), newest.minor);
  return { major: 1, minor };
}

/**
 * Figures per check and in all for one peer's verdicts: cases, agreements, percent.
 * @param {Verdict[]} verdicts
 */
export function summarize(verdicts) {
  const perCheck = new Map();
  for (const v of verdicts) {
    let entry = perCheck.get(v.check);
    if (!entry) perCheck.set(v.check, (entry = { check: v.check, cases: 0, agreements: 0, fail: 0, pass: 0 }));
    entry.cases++;
    entry[v.expect]++;
    if (v.agrees) entry.agreements++;
  }
  const checks = [...perCheck.values()].sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)).map((e) => ({ ...e, percent: percent(e.agreements, e.cases) }));
  const cases = verdicts.length;
  const agreements = verdicts.filter((v) => v.agrees).length;
  return { cases, agreements, percent: percent(agreements, cases), checks };
}

/**
 * Agreement where the concepts overlap. An adapter may record, per case id, why pci-lint's answer
 * deliberately differs from the peer's (`divergences`: id → { class, why }): Kubernetes semantics the
 * peer's check does not follow, pci-lint's stricter PCI reading, a fixture kubectl would reject. Such a
 * case is counted apart, not as agreement. The ledger cannot hide a regression: an entry whose case now
 * agrees is `stale`, one naming no case is `unmatched`, and a disagreement not in the ledger stays one.
 * @param {Verdict[]} verdicts
 * @param {Readonly<Record<string, { class: string, why: string }>>} divergences
 */
export function overlapSummary(verdicts, divergences) {
  const recorded = new Map(Object.entries(divergences));
  const divergent = [];
  const stale = [];
  const seen = new Set();
  for (const v of verdicts) {
    const entry = recorded.get(v.id);
    if (!entry) continue;
    seen.add(v.id);
    if (v.agrees) stale.push(v.id);
    else divergent.push({ id: v.id, check: v.check, ...entry });
  }
  const unmatched = [...recorded.keys()].filter((id) => !seen.has(id));
  const comparable = verdicts.length - divergent.length;
  const agreements = verdicts.filter((v) => v.agrees).length;
  const byClass = {};
  for (const d of divergent) byClass[d.class] = (byClass[d.class] ?? 0) + 1;
  return { comparable, agreements, percent: percent(agreements, comparable), divergent: divergent.length, byClass, stale, unmatched };
}

/** Percent with one decimal; 100 for no cases (nothing disagrees). */
export function percent(part, whole) {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

/**
 * The deepest directory holding every file: the case's files are one project.
 * @param {readonly string[]} files
 * @param {(p: string) => string} dirname
 * @param {string} sep
 */
export function commonDirectory(files, dirname, sep) {
  const dirs = files.map((f) => dirname(f).split(sep));
  let common = dirs[0] ?? [];
  for (const d of dirs.slice(1)) {
    let i = 0;
    while (i < common.length && i < d.length && common[i] === d[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}
