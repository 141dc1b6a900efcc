import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { sectionFolder } from '../../src/engine/pci-sections.js';
import { PCI_ITEMS } from '../../src/engine/pci-sections.js';
import { CONTROL_PLANE_INPUTS, type InputKind } from '../../src/k8s/input-kinds.js';
import {
  README_RULES_END,
  README_RULES_START,
  renderRequirementIndex,
  renderRuleDoc,
  renderRuleTable,
  REQUIREMENTS_END,
  REQUIREMENTS_START,
} from '../../src/report/rule-docs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = builtinRules.map((r) => r.meta.id);

function ruleFilesOnDisk(): string[] {
  const out: string[] = [];
  for (const folder of readdirSync(path.join(root, 'rules'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(path.join(root, 'rules', folder.name))) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) out.push(`${folder.name}/${file}`);
    }
  }
  return out.sort();
}

describe('rule registry (rules/index.ts)', () => {
  it('is sorted by id without duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('holds every rule file under rules/, each in the folder of its first PCI section', () => {
    const expected = builtinRules.map((r) => `${sectionFolder(r.meta.pci[0] ?? '') ?? '?'}/${r.meta.id}.ts`).sort();
    expect(ruleFilesOnDisk()).toEqual(expected);
  });

  it.each(ids)('%s has a case table beside it', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    const file = path.join(root, 'rules', sectionFolder(rule.meta.pci[0] ?? '') ?? '?', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
  });
});

describe('rule options', () => {
  // The engine trusts defaults without running ajv on every start; this is where they are checked.
  it.each(builtinRules.filter((r) => r.meta.options).map((r) => r.meta.id))('%s: the default options satisfy the schema', (id) => {
    const meta = builtinRules.find((r) => r.meta.id === id)!.meta.options!;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(meta.schema);
    expect(validate(meta.defaults), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('generated documentation', () => {
  it.each(ids)('docs/rules/%s.md is up to date (npm run docs)', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    expect(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8')).toBe(renderRuleDoc(rule));
  });

  it('docs/rules has no page for a rule that does not exist', () => {
    const pages = readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md'));
    expect(pages.sort()).toEqual(ids.map((id) => `${id}.md`).sort());
  });

  it('the README rule table is up to date (npm run docs)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(README_RULES_START) + README_RULES_START.length;
    const end = readme.indexOf(README_RULES_END);
    expect(readme.slice(start, end).trim()).toBe(renderRuleTable(builtinRules));
  });
});

describe('PCI mapping in the rules\' meta', () => {
  const mapping = readFileSync(path.join(root, 'docs/pci-requirements.md'), 'utf8');
  /** The hand-written entry of one requirement in docs/pci-requirements.md (up to the next entry). */
  const entryOf = (requirement: string): string | undefined => {
    const anchor = `<a id="req-${requirement.replace(/\./g, '-')}"></a>`;
    const start = mapping.indexOf(anchor);
    if (start === -1) return undefined;
    const next = mapping.indexOf('<a id="req-', start + anchor.length);
    return mapping.slice(start, next === -1 ? mapping.indexOf('## Index') : next);
  };
  const names = (entry: string, id: string) =>
    entry.includes(`\`${id}\``) || [...entry.matchAll(/`([a-z0-9-]+)-\*`/g)].some((m) => id.startsWith(`${m[1] ?? ''}-`));

  it.each(ids)('%s: every requirement it names is argued for in docs/pci-requirements.md, naming the rule', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    for (const requirement of rule.meta.requirements) {
      const entry = entryOf(requirement);
      expect(entry, `docs/pci-requirements.md has no entry for ${requirement}`).toBeDefined();
      expect(names(entry ?? '', id), `the entry for ${requirement} does not name ${id}`).toBe(true);
    }
  });

  it('every entry that names a rule is borne out by that rule\'s meta (the document does not drift)', () => {
    for (const rule of builtinRules) {
      for (const anchor of mapping.matchAll(/<a id="req-([0-9-]+)"><\/a>/g)) {
        const requirement = (anchor[1] ?? '').replace(/-/g, '.');
        const entry = entryOf(requirement) ?? '';
        if (entry.includes(`\`${rule.meta.id}\``)) expect(rule.meta.requirements, `${rule.meta.id} is listed under ${requirement}`).toContain(requirement);
      }
    }
  });

  it('guidance items that need evidence name requirements the document argues for', () => {
    for (const item of PCI_ITEMS) for (const r of item.evidenceRequirements ?? []) expect(entryOf(r), `${item.id} → ${r}`).toBeDefined();
  });

  it('the index of docs/pci-requirements.md is up to date (npm run docs)', () => {
    const start = mapping.indexOf(REQUIREMENTS_START) + REQUIREMENTS_START.length;
    expect(mapping.slice(start, mapping.indexOf(REQUIREMENTS_END)).trim()).toBe(renderRequirementIndex(builtinRules));
  });

  // A rule's inputs say what it can look at; its visitors are how it looks. They must agree, or the coverage
  // report would call a rule assessed (or not) on input it never sees.
  const VISITORS_OF: Readonly<Record<InputKind, readonly string[]>> = {
    workload: ['PodSpec', 'Container', 'Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'CronJob'],
    namespace: ['Namespace'],
    service: ['Service'],
    'network-policy': ['NetworkPolicy'],
    ingress: ['Ingress', 'Resource'],
    'rbac-role': ['Role', 'ClusterRole', 'Resource'],
    'rbac-binding': ['RoleBinding', 'ClusterRoleBinding', 'Resource'],
    'service-account': ['ServiceAccount'],
    secret: ['Secret'],
    configmap: ['ConfigMap'],
    csr: ['CertificateSigningRequest'],
    'kube-apiserver': ['ControlPlaneComponent'],
    'kube-controller-manager': ['ControlPlaneComponent'],
    'kube-scheduler': ['ControlPlaneComponent'],
    etcd: ['ControlPlaneComponent'],
    'kubelet-config': ['KubeletConfiguration', 'InitConfiguration', 'JoinConfiguration'],
    'audit-policy': ['Policy'],
    'encryption-config': ['EncryptionConfiguration'],
    'admission-config': ['Resource'],
    'image-policy': ['Resource'],
    kubeconfig: ['Resource'],
    'any-object': ['Resource'],
    'cluster-version': [],
  };
  it.each(ids)('%s: declares inputs its visitors can see', (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    const keys = Object.keys(rule.visit);
    for (const kind of rule.meta.inputs) {
      const wanted = VISITORS_OF[kind];
      // Rules over RBAC objects may read them in finish() from facts recorded by a Resource visitor, or not visit at all.
      if (kind === 'cluster-version' || ((kind === 'rbac-binding' || kind === 'rbac-role') && rule.finish)) continue;
      expect(
        keys.some((k) => wanted.includes(k)),
        `${id} needs ${kind} but visits only ${keys.join(', ') || 'nothing'}`,
      ).toBe(true);
    }
    // A rule with a finish phase may read a component only to find the config files it names (--admission-control-config-file).
    if (keys.includes('ControlPlaneComponent') && !rule.finish) expect(rule.meta.inputs.some((k) => (CONTROL_PLANE_INPUTS as readonly string[]).includes(k))).toBe(true);
  });
});
