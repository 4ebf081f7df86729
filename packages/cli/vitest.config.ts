import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the end-to-end tests spawn the built binary on a shared 2-core machine: limits catch hangs only
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
