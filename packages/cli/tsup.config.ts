import { defineConfig } from 'tsup'

// The binary and the worker it starts are two entries: the pool loads `dist/worker.js` by URL.
export default defineConfig({
  entry: ['src/bin.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
})
