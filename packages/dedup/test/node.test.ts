import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleNodeWorker } from '../../../scripts/test-helpers'
import { MinHasher } from '../src/minhash'
import { sketchParallel } from '../src/node'

// The published package runs dist/worker.js; from source, bundle the worker once for the test.
let dir: string
let workerUrl: URL
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nuqta-dedup-worker-'))
  workerUrl = await bundleNodeWorker(join(__dirname, '../src/worker.ts'), dir)
  writeFileSync(
    join(dir, 'fold.mjs'),
    'export const fold = (t, mode) => mode === "upper" ? t.toUpperCase() : t\n',
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const texts = Array.from(
  { length: 700 },
  (_, i) =>
    `وثيقة رقم ${i} ${'تتكرر هذه الجملة مرات عديدة في النص '.repeat(1 + (i % 7))} النهاية ${i * 7}`,
)

describe('@nuqta/dedup/node exports', () => {
  it('exports exactly sketchParallel (a change here needs a changeset)', async () => {
    expect(Object.keys(await import('../src/node')).sort()).toEqual(['sketchParallel'])
  })
})

describe('sketchParallel', () => {
  it('gives the same sketches as MinHasher.sketch, in input order, with 1 and 2 threads', async () => {
    const expected = texts.map((t) => new MinHasher({ seed: 5 }).sketch(t))
    for (const threads of [1, 2]) {
      const got = await sketchParallel(texts, { seed: 5, threads, batchSize: 64, workerUrl })
      expect(got.map((s) => Array.from(s.signature))).toEqual(
        expected.map((s) => Array.from(s.signature)),
      )
      expect(got.map((s) => s.contentHash)).toEqual(expected.map((s) => s.contentHash))
      expect(got.map((s) => s.length)).toEqual(expected.map((s) => s.length))
    }
  })
  it('loads a normalize module inside each worker, with its options argument', async () => {
    const normalize = {
      module: pathToFileURL(join(dir, 'fold.mjs')).href,
      export: 'fold',
      options: 'upper',
    }
    const [viaWorker] = await sketchParallel(['abc def'], { threads: 1, normalize, workerUrl })
    const inline = new MinHasher({ normalize: (t) => t.toUpperCase() }).sketch('abc def')
    expect(viaWorker?.contentHash).toBe(inline.contentHash)
    const [onCaller] = await sketchParallel(['abc def'], { threads: 0, normalize })
    expect(onCaller?.contentHash).toBe(inline.contentHash)
  })
  it('runs a normalize function on the calling thread when one is given', async () => {
    const normalize = (t: string) => t.replaceAll('ة', 'ه')
    const got = await sketchParallel(texts.slice(0, 50), { threads: 2, normalize, workerUrl })
    const h = new MinHasher({ normalize })
    expect(got.map((s) => s.contentHash)).toEqual(
      texts.slice(0, 50).map((t) => h.sketch(t).contentHash),
    )
  })
  it('rejects bad thread counts and a failing worker', async () => {
    await expect(sketchParallel(texts, { threads: -1 })).rejects.toThrow(/threads/)
    const normalize = { module: pathToFileURL(join(dir, 'missing.mjs')).href }
    await expect(sketchParallel(texts, { threads: 1, normalize, workerUrl })).rejects.toThrow()
  })
})
