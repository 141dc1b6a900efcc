import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../load/config-file.js';
import { describeIoError } from '../load/read.js';
import { UsageError } from './args.js';

/**
 * What `pci-lint --init` writes: every key of schemas/config.schema.json with what it does, the common
 * ones set to their defaults and the others commented out, so the file loads as it is and states nothing
 * the run would not do without it.
 */
export const INIT_CONFIG = `# yaml-language-server: $schema=./node_modules/pci-lint/schemas/config.schema.json
# pci-lint configuration. Every key is optional, and command-line options win over this file.
# The schema line above lets editors with YAML language support complete and check it.

# Kubernetes version to check against, 1.19 to 1.37. Quote it: 1.30 unquoted is the number 1.3.
# Without it: the version the input states (kubeadm, control-plane images), else the newest.
# k8sVersion: "1.30"

# Where the cluster runs, for the coverage report: self-managed, eks, aks, gke, openshift, k3s, rke2
# or auto (self-managed when control-plane files are in the input).
platform: auto

# Lowest severity that makes the exit code 1: error, warning or info.
failOn: error

# Run only the rules for these PCI sections ("3" matches 3.1, 3.2, ...).
# pci: ["1", "3", "6.1"]

# Files not to lint, relative to this file, on top of .gitignore.
ignore: []

# Findings recorded in this file are not reported again. Until it exists nothing is hidden;
# create it with: pci-lint --write-baseline .pci-lint-baseline.json
# baseline: .pci-lint-baseline.json

# Directories that are each one project for the checks that join several objects.
# projects: ["deploy/"]

# Per rule: off, error, warning, info, or { severity, options } (pci-lint --explain <rule> lists them).
rules: {}
#   image-digest: warning
#   image-registry-allowlist:
#     options: { registries: ["registry.example.com"] }

settings:
  # Pod Security Standards level the PSS rules enforce: restricted or baseline.
  pssLevel: restricted
  # Namespace of objects without metadata.namespace.
  # defaultNamespace: default
  # Label selector of the cardholder-data workloads (sandboxed-runtime, dedicated-node-pool need it).
  # inScope:
  #   matchLabels: { pci-scope: cde }
`;

/** Writes INIT_CONFIG as `.pci-lint.yaml` in `cwd`; refuses when a configuration file is already there. */
export function writeInitConfig(cwd: string): string {
  for (const name of CONFIG_FILE_NAMES) {
    if (statSync(path.join(cwd, name), { throwIfNoEntry: false }) !== undefined) {
      throw new UsageError(`${name} already exists; refusing to overwrite it. Edit it, or remove it and run pci-lint --init again.`);
    }
  }
  const name = CONFIG_FILE_NAMES[0];
  const file = path.join(cwd, name);
  let fd: number;
  try {
    // 'wx': never replaces a file that appeared since the check.
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST') throw new UsageError(`${name} already exists; refusing to overwrite it.`);
    throw new UsageError(`Cannot write ${name}: ${describeIoError(error)}.`);
  }
  try {
    writeSync(fd, INIT_CONFIG);
  } finally {
    closeSync(fd);
  }
  return name;
}
