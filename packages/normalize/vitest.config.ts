import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['test/fc-seed.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // property tests and browser runs share 2 cores with the rest of the pipeline in CI: time
    // limits here only catch hangs, never measure speed (that is what `pnpm bench` is for)
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
