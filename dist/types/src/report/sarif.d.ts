import type { AnyRule } from '../engine/rule.js';
import { type ChunkFormatter } from './types.js';
/**
 * GitHub code scanning's numeric severity of a rule (`security-severity`: critical from 9.0, high from 7.0,
 * medium from 4.0, low below), from its default severity and the one impact fact rules declare: an error
 * rule that implements a Pod Security Standards Baseline check guards against a known privilege
 * escalation to the node, and is critical.
 */
export declare function securitySeverity(rule: AnyRule): string;
/**
 * A rule's display name, distinct from its id as SARIF wants (SARIF1001): the id in PascalCase, with
 * `Check` after a one-word id (whose PascalCase differs from it only in case).
 */
export declare function ruleName(id: string): string;
/** `runs[].automationDetails.id`: pci-lint's category (GitHub's upload-sarif `category` input overrides it). */
export declare const AUTOMATION_ID = "pci-lint/";
/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it (and Microsoft's sarif-multitool accepts):
 * one run, a rule descriptor for every rule (with PCI tags and code scanning's security-severity) and any
 * other id reported, results with exact regions relative to %SRCROOT% and stable partial fingerprints, then
 * the suppressed findings as results with `suppressions`. Two passes: the descriptors the results point at
 * come first.
 */
export declare const sarifChunks: ChunkFormatter;
export declare const sarif: import("./types.js").Formatter;
