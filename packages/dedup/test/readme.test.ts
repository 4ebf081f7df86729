import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inspect } from 'node:util'
import * as normalizeApi from '@nuqta/normalize'
import { build, transform } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as api from '../src/index'
import { type ParallelOptions, sketchParallel } from '../src/node'

const readme = readFileSync(join(__dirname, '../README.md'), 'utf8')

// The published package runs dist/worker.js; from source, bundle the worker once for the test.
let dir: string
let workerUrl: URL
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nuqta-dedup-readme-'))
  const outfile = join(dir, 'worker.mjs')
  await build({
    entryPoints: [join(__dirname, '../src/worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  })
  workerUrl = pathToFileURL(outfile)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What a README program may import: this package (from source) and @nuqta/normalize. */
const modules = (): Record<string, unknown> => ({
  '@nuqta/dedup': api,
  '@nuqta/dedup/node': {
    sketchParallel: (texts: string[], options: ParallelOptions = {}) =>
      sketchParallel(texts, { ...options, workerUrl }),
  },
  '@nuqta/normalize': normalizeApi,
})

/** Runs one README block as a program and returns what it printed. */
async function run(code: string): Promise<string> {
  const mods = modules()
  const js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replace(
    /^import (\{[^}]*\}) from ["']([^"']+)["'];?$/gmu,
    (_, names: string, from: string) => {
      if (!(from in mods)) throw new Error(`README imports an unknown module ${from}`)
      return `const ${names.replaceAll(' as ', ': ')} = __modules[${JSON.stringify(from)}]`
    },
  )
  const lines: string[] = []
  const console = {
    log: (...xs: unknown[]) =>
      lines.push(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' ')),
  }
  const AsyncFunction = (async () => {}).constructor as new (
    ...args: string[]
  ) => (...args: unknown[]) => Promise<void>
  await new AsyncFunction('__modules', 'console', js)(mods, console)
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

describe('README', () => {
  const blocks = [
    ...readme.matchAll(/^```(ts|js)\n([\s\S]*?)^```$(\n\nYields:\n\n```text\n([\s\S]*?)^```$)?/gmu),
  ]
  it('has only complete programs, each followed by what it prints', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
    for (const b of blocks) expect(b[4], b[2]?.slice(0, 80)).toBeDefined()
  })
  for (const [k, block] of blocks.entries()) {
    it(`example ${k + 1} runs as a program and prints what its "Yields:" shows`, async () => {
      expect(await run(block[2] as string)).toBe(block[4])
    })
  }
})
