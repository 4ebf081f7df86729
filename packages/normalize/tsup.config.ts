import { defineConfig } from 'tsup'

export default defineConfig({
  // the lexicon data sits behind its own subpath export so the main entry stays small
  entry: ['src/index.ts', 'src/lexicon-data.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  // keep Arabic letters as UTF-8 instead of \u escapes: halves the size of the lexicon data
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
})
