#!/usr/bin/env node
// The pci-lint executable is dist/cli.cjs (CommonJS starts faster); this runs it for those who run this file.
process.getBuiltinModule('node:module').createRequire(import.meta.url)('./cli.cjs');
