import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import imageDigest from '../../rules/03-workload-security/image-digest.js';
import privilegedContainer from '../../rules/03-workload-security/privileged-container.js';
import { defineRule } from '../../src/engine/rule.js';
import { createSession } from '../../src/engine/session.js';
import { activateRules, ConfigError, matchesPciFilter, resolveOptions, type LintSettings } from '../../src/engine/settings.js';
import type { K8sVersion } from '../../src/k8s/versions.js';
import { lintText } from '../../src/run/lint.js';
import { configErrorOf, DOCS, markerRule, FOUNDATION } from './helpers.js';

// Line 9: a tag-only image (image-digest, reported as a warning); line 11: privileged (error).
const POD = `${dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
  spec:
    automountServiceAccountToken: false
    containers:
      - name: app
        image: nginx:1.25
        securityContext:
          privileged: true
`}\n`;

function severities(settings: LintSettings, text = POD): string[] {
  return lintText(text, { registry: FOUNDATION, ...settings }).map((d) => `${String(d.line)} ${d.ruleId} ${d.severity}`);
}

function activeIds(settings: LintSettings, registry = FOUNDATION): string[] {
  return createSession(registry, settings).active.map((a) => a.rule.meta.id);
}

describe('severity', () => {
  it('uses each rule\'s default, and the per-report severity image-digest gives tag-only images', () => {
    expect(severities({})).toEqual(['9 image-digest warning', '11 privileged-container error']);
  });

  it('lets a configured severity replace the rule default', () => {
    expect(severities({ rules: { 'privileged-container': 'warning' } })).toEqual(['9 image-digest warning', '11 privileged-container warning']);
    expect(severities({ rules: { 'privileged-container': { severity: 'info' } } })).toEqual(['9 image-digest warning', '11 privileged-container info']);
  });

  it('lets a configured severity beat the severity a report asks for', () => {
    expect(severities({ rules: { 'image-digest': 'error' } })).toEqual(['9 image-digest error', '11 privileged-container error']);
    expect(severities({ rules: { 'image-digest': 'info' } })).toEqual(['9 image-digest info', '11 privileged-container error']);
  });

  it('uses the rule default when a report asks for nothing (latest tag is an error)', () => {
    expect(severities({}, POD.replace('nginx:1.25', 'nginx:latest'))).toEqual(['9 image-digest error', '11 privileged-container error']);
    expect(severities({ rules: { 'image-digest': 'warning' } }, POD.replace('nginx:1.25', 'nginx:latest'))).toEqual([
      '9 image-digest warning',
      '11 privileged-container error',
    ]);
  });

  it('turns a rule off with "off" in either form', () => {
    expect(severities({ rules: { 'privileged-container': 'off' } })).toEqual(['9 image-digest warning']);
    expect(severities({ rules: { 'image-digest': { severity: 'off' } } })).toEqual(['11 privileged-container error']);
    expect(activeIds({ rules: { 'privileged-container': 'off' } })).toEqual(['automount-service-account-token', 'image-digest']);
  });
});

describe('PCI filter', () => {
  it('keeps sub-items of a section', () => {
    expect(activeIds({ pci: ['3'] })).toEqual(['image-digest', 'privileged-container']);
  });

  it('keeps only the named sub-item', () => {
    expect(activeIds({ pci: ['3.2'] })).toEqual(['image-digest']);
    expect(activeIds({ pci: ['1', '3.1'] })).toEqual(['automount-service-account-token', 'privileged-container']);
  });

  it('does not match a longer sibling sub-item', () => {
    expect(matchesPciFilter(['3.20'], ['3.2'])).toBe(false);
    expect(matchesPciFilter(['3.2.1'], ['3.2'])).toBe(true);
    expect(matchesPciFilter(['13.1'], ['1'])).toBe(false);
    expect(matchesPciFilter(['1.5'], [])).toBe(true);
  });

  it('filters what lintText reports', () => {
    expect(severities({ pci: ['3.2'] })).toEqual(['9 image-digest warning']);
  });

  it.each([['17'], ['0'], ['3.0'], ['3.'], ['three'], ['']])('rejects the section "%s"', (section) => {
    expect(configErrorOf(() => createSession(builtinRules, { pci: ['3', section] }))).toBe(
      `Invalid PCI section "${section}": use a section 1..16 or a sub-item such as 3.2.`,
    );
  });
});

describe('rule ids in settings', () => {
  it('rejects an unknown rule id with a "Did you mean" hint for a near miss', () => {
    expect(configErrorOf(() => createSession(builtinRules, { rules: { 'privileged-containers': 'off' } }))).toBe(
      'Unknown rule "privileged-containers". Did you mean "privileged-container"? Run pci-lint --list-rules to see them all.',
    );
    expect(configErrorOf(() => createSession(builtinRules, { rules: { 'image-digests': 'error' } }))).toBe(
      'Unknown rule "image-digests". Did you mean "image-digest"? Run pci-lint --list-rules to see them all.',
    );
  });

  it('rejects an unknown rule id without a hint when nothing is close', () => {
    expect(configErrorOf(() => createSession(builtinRules, { rules: { 'no-host-network': 'off' } }))).toBe(
      'Unknown rule "no-host-network". Run pci-lint --list-rules to see them all.',
    );
  });

  it.each([['parse-error'], ['internal-error'], ['file-unreadable'], ['file-too-large']])('refuses to configure the core id %s', (id) => {
    expect(configErrorOf(() => createSession(builtinRules, { rules: { [id]: 'off' } }))).toBe(
      `"${id}" is reported by the engine itself and cannot be configured.`,
    );
  });

  it('also rejects bad settings from lintText', () => {
    expect(() => lintText(POD, { rules: { nope: 'off' } })).toThrow(ConfigError);
  });
});

describe('target version', () => {
  const v = (minor: number): K8sVersion => ({ major: 1, minor });

  it('runs a rule with k8s.since from that version on', () => {
    const rule = markerRule('since-rule', { since: '1.25' });
    expect(activeIds({ target: v(24) }, [rule])).toEqual([]);
    expect(activeIds({ target: v(25) }, [rule])).toEqual(['since-rule']);
    expect(activeIds({ target: v(37) }, [rule])).toEqual(['since-rule']);
  });

  it('stops a rule with k8s.until at that version (exclusive)', () => {
    const rule = markerRule('until-rule', { until: '1.25' });
    expect(activeIds({ target: v(19) }, [rule])).toEqual(['until-rule']);
    expect(activeIds({ target: v(24) }, [rule])).toEqual(['until-rule']);
    expect(activeIds({ target: v(25) }, [rule])).toEqual([]);
  });

  it('runs a rule with both bounds inside the window only', () => {
    const rule = markerRule('window-rule', { since: '1.22', until: '1.25' });
    expect([21, 22, 24, 25].map((minor) => activeIds({ target: v(minor) }, [rule]).length)).toEqual([0, 1, 1, 0]);
  });

  it('reports only at targets where the rule applies', () => {
    const rule = markerRule('since-rule', { since: '1.25' });
    const text = 'apiVersion: v1\nkind: Namespace\n';
    expect(lintText(text, { registry: [rule], target: v(24) })).toEqual([]);
    expect(lintText(text, { registry: [rule], target: v(25) }).map((d) => `${String(d.line)}:${String(d.column)} ${d.message}`)).toEqual([
      '2:1 Namespace seen by since-rule',
    ]);
  });

  it('defaults to the newest target and exposes it to rules', () => {
    let seen: K8sVersion | undefined;
    const rule = defineRule({
      meta: { id: 'target-reader', pci: ['10.1'], requirements: ['12.3.4'], inputs: ['any-object'], severity: 'info', docs: DOCS, messages: { m: 'm' } },
      visit: {
        Resource(ctx) {
          seen = ctx.target;
        },
      },
    });
    lintText('apiVersion: v1\nkind: Namespace\n', { registry: [rule] });
    expect(seen).toEqual({ major: 1, minor: 37 });
    lintText('apiVersion: v1\nkind: Namespace\n', { registry: [rule], target: v(28) });
    expect(seen).toEqual({ major: 1, minor: 28 });
  });
});

describe('rule options', () => {
  interface Options {
    readonly max: number;
    readonly kinds: readonly string[];
  }
  const seen: Options[] = [];
  const maxReplicas = defineRule({
    meta: {
      id: 'max-replicas',
      pci: ['11.1'],
      requirements: ['2.2.6'],
      inputs: ['any-object'],
      severity: 'warning',
      docs: DOCS,
      messages: { tooMany: '{{kind}} asks for {{replicas}} replicas; the limit is {{max}}.' },
      options: {
        schema: {
          type: 'object',
          properties: { max: { type: 'integer', minimum: 1 }, kinds: { type: 'array', items: { type: 'string' } } },
          required: ['max', 'kinds'],
          additionalProperties: false,
        },
        defaults: { max: 3, kinds: ['Deployment'] },
      },
    },
    visit: {
      Resource(ctx, resource) {
        seen.push(ctx.options);
        const replicas = (resource.value.spec as { replicas?: unknown } | undefined)?.replicas;
        if (!ctx.options.kinds.includes(resource.kind) || typeof replicas !== 'number' || replicas <= ctx.options.max) return;
        ctx.report({ at: resource.pathTo('spec', 'replicas'), messageId: 'tooMany', data: { kind: resource.kind, replicas, max: ctx.options.max } });
      },
    },
  });
  const text = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 5\n';
  const run = (options?: unknown) => {
    seen.length = 0;
    const settings: LintSettings = options === undefined ? {} : { rules: { 'max-replicas': { options } } };
    return lintText(text, { registry: [maxReplicas], ...settings }).map((d) => `${String(d.line)}:${String(d.column)} ${d.severity} ${d.message}`);
  };

  it('passes the defaults to ctx.options when none are configured', () => {
    expect(run()).toEqual(['4:3 warning Deployment asks for 5 replicas; the limit is 3.']);
    expect(seen).toEqual([{ max: 3, kinds: ['Deployment'] }]);
  });

  it('merges configured options over the defaults', () => {
    expect(run({ max: 5 })).toEqual([]);
    expect(seen).toEqual([{ max: 5, kinds: ['Deployment'] }]);
    expect(run({ kinds: ['StatefulSet'] })).toEqual([]);
    expect(seen).toEqual([{ max: 3, kinds: ['StatefulSet'] }]);
  });

  it('keeps options when only the severity is configured', () => {
    seen.length = 0;
    expect(lintText(text, { registry: [maxReplicas], rules: { 'max-replicas': { severity: 'error', options: { max: 4 } } } }).map((d) => d.severity)).toEqual(['error']);
    expect(seen).toEqual([{ max: 4, kinds: ['Deployment'] }]);
  });

  it('rejects options that fail the schema', () => {
    expect(configErrorOf(() => run({ max: 0 }))).toBe('Invalid options for rule "max-replicas": /max must be >= 1.');
    expect(configErrorOf(() => run({ max: 2, maxx: 2 }))).toBe('Invalid options for rule "max-replicas": (options) must NOT have additional properties.');
    expect(configErrorOf(() => run({ kinds: 'Deployment' }))).toBe('Invalid options for rule "max-replicas": /kinds must be array.');
    expect(configErrorOf(() => run(7))).toBe('Invalid options for rule "max-replicas": (options) must be object.');
  });

  it('rejects options for a rule that takes none', () => {
    expect(configErrorOf(() => createSession([privilegedContainer], { rules: { 'privileged-container': { options: { strict: true } } } }))).toBe(
      'Rule "privileged-container" takes no options.',
    );
    expect(resolveOptions(imageDigest, undefined)).toBeUndefined();
  });

  it('validates options through activateRules directly', () => {
    const [active] = activateRules([maxReplicas], { rules: { 'max-replicas': { options: { max: 9 } } } });
    expect(active?.options).toEqual({ max: 9, kinds: ['Deployment'] });
    expect(active?.severityOverride).toBeUndefined();
  });
});
