import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser end-to-end tests: they serve the already built site (`astro build` → dist/) and drive
// Debian's Chromium through playwright-core. Long timeouts: the machine is shared and slow.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
