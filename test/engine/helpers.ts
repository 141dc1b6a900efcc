import { expect } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { ConfigError } from '../../src/engine/settings.js';
import type { VersionRange } from '../../src/k8s/versions.js';

export const DOCS = { summary: 'A rule defined by a test.', rationale: 'It exercises the engine.', fix: 'Nothing to fix.' } as const;

/** A rule that reports every object on its `kind:` line with message `<kind> seen by <id>`. */
export function markerRule(id: string, k8s?: VersionRange): AnyRule {
  return defineRule({
    meta: { id, pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { seen: `{{kind}} seen by ${id}` }, ...(k8s && { k8s }) },
    visit: {
      Resource(ctx, resource) {
        ctx.report({ at: resource, messageId: 'seen', data: { kind: resource.kind } });
      },
    },
  });
}

/** Runs `fn`, expects it to throw a ConfigError and returns the error's message. */
export function configErrorOf(fn: () => unknown): string {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigError);
  return (caught as ConfigError).message;
}

/** The foundation rules: tests that lint with "the built-in rules" pin this set so new rule packs do not change them. */
export const FOUNDATION = builtinRules.filter((r) => ['automount-service-account-token', 'image-digest', 'privileged-container'].includes(r.meta.id));
