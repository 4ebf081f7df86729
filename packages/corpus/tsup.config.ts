import { defineConfig } from 'tsup'

// Two builds: the isomorphic core (no Node types) and the Node entry (with Node types). `dist` is
// emptied by the build script, not by tsup, because the two builds run at the same time.
const shared = {
  format: ['esm', 'cjs'] as ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: true,
  target: 'es2022',
}

export default defineConfig([
  { ...shared, entry: ['src/index.ts'], tsconfig: 'tsconfig.build.json' },
  { ...shared, entry: ['src/node.ts'], tsconfig: 'tsconfig.node.json' },
])
