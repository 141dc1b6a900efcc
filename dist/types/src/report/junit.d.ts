import { type ChunkFormatter } from './types.js';
/**
 * JUnit XML, one <testsuite> per file; every finding is a <testcase> (errors and warnings as <failure>),
 * a file without findings is one passing test case, so CI dashboards show what was checked. It keeps to
 * the JUnit schema that Jenkins' xUnit plugin validates reports against (junit-10.xsd; see
 * test/report/junit-validate.test.ts): the file is the suite's `file` attribute and each case's
 * `classname`, the line is in the case's name, and a suite's `<properties>` name the PCI sub-items and
 * requirements of its findings (each finding's own are in its text), as that schema has no attribute or
 * property for a test case's file, line or properties. Two passes:
 * the first counts (the totals and each suite's counts come first in the XML), the second writes the
 * test cases a batch at a time, so a file with a million findings never becomes one string.
 */
export declare const junitChunks: ChunkFormatter;
export declare const junit: import("./types.js").Formatter;
