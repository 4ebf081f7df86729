import { defineConfig } from 'tsup'

// The binary and the worker it starts are two entries (the pool loads `dist/worker.js` by URL);
// `dist/signatures.js` is for the benchmark, which writes 1 M signatures without a pipeline run.
export default defineConfig({
  entry: ['src/bin.ts', 'src/worker.ts', 'src/signatures.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
})
