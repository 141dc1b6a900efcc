import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts', 'src/**/*.test.ts'],
    // Builds dist/ once per run so the CLI tests spawn a fresh bundle.
    globalSetup: ['test/global-setup.ts'],
    // The CLI tests spawn the bundled binary; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
