// Loads a TypeScript module of this package's src/ in Node, by bundling it with esbuild (a build
// tool the workspace already has) into a temporary ESM file. The build scripts use it so they run
// the package's own code (lookup keys, the lexicon) instead of mirrored copies that could drift.
// Build-time only (Node); never shipped, never run by tests.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const src = new URL('../src/', import.meta.url)

/** Imports `src/<name>.ts` of this package. */
export async function loadSrc(name) {
  const bundled = await build({
    entryPoints: [new URL(`${name}.ts`, src).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
  })
  const dir = mkdtempSync(join(tmpdir(), 'nuqta-normalize-src-'))
  const file = join(dir, `${name}.mjs`)
  writeFileSync(file, bundled.outputFiles[0].text)
  return import(pathToFileURL(file).href)
}
