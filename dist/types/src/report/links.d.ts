/**
 * Where pci-lint's documentation lives, for SARIF `helpUri`s and report links. Change these two lines when
 * the project is published under another address.
 */
export declare const TOOL_URL = "https://github.com/pci-lint/pci-lint";
export declare const RULE_DOCS_URL = "https://github.com/pci-lint/pci-lint/blob/main/docs/rules/";
