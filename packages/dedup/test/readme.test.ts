import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as normalizeApi from '@nuqta/normalize'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleNodeWorker, readmePrograms, runProgram } from '../../../scripts/test-helpers'
import * as api from '../src/index'
import { type ParallelOptions, sketchParallel } from '../src/node'

const readme = readFileSync(join(__dirname, '../README.md'), 'utf8')

// The published package runs dist/worker.js; from source, bundle the worker once for the test.
let dir: string
let workerUrl: URL
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nuqta-dedup-readme-'))
  workerUrl = await bundleNodeWorker(join(__dirname, '../src/worker.ts'), dir)
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

describe('README', () => {
  const programs = readmePrograms(readme)
  it('has only complete programs, each followed by what it prints', () => {
    expect(programs.length).toBeGreaterThanOrEqual(4)
    for (const p of programs) expect(p.yields, p.code.slice(0, 80)).toBeDefined()
  })
  for (const [k, program] of programs.entries()) {
    it(`example ${k + 1} runs as a program and prints what its "Yields:" shows`, async () => {
      expect(await runProgram(program.code, modules())).toBe(program.yields)
    })
  }
})
