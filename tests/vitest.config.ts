import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The CLI and browser mode run from bundles (build/nodeBundles.mjs); built once here when stale.
    globalSetup: ['tests/buildNodeBundles.ts'],
    testTimeout: 20_000,
    // The CLI speaks the terminal's language (main/language.ts): tests expect English unless they
    // set a locale themselves, whatever the machine's LANG (as Playwright's browser is en-US).
    env: { LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
