import { defineConfig } from 'vitest/config'

// Unit tests in Node: the playground's pure helpers and the guide's examples (run against the
// built @nuqta/normalize). The browser tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
