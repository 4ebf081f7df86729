import { defineConfig } from 'tsup'

export default defineConfig({
  // the tagger weights sit behind their own subpath export (`@nuqta/entities/model`) so the main
  // entry stays small and the weights load only when a caller imports them
  entry: ['src/index.ts', 'src/model-data.ts', 'src/cities-data.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  // keep Arabic letters as UTF-8 instead of \u escapes
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
})
