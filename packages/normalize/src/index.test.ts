import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readmePrograms, runProgram } from '../../../scripts/test-helpers'
import * as api from './index'
import * as lexiconEntry from './lexicon-data'

describe('public exports', () => {
  it('are exactly these (a change here needs a changeset)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'Alignment',
      'LexiconDataError',
      'NormalizeTypeError',
      'createLexicon',
      'createNormalizer',
      'normalize',
      'normalizeChunks',
      'normalizeDetailed',
      'normalizeDocument',
      'normalizeStream',
      'profiles',
      'ruleIds',
    ])
    expect(Object.keys(lexiconEntry)).toEqual(['arabicLexicon'])
  })
})

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const modules: Record<string, unknown> = {
  '@nuqta/normalize': api,
  '@nuqta/normalize/lexicon': lexiconEntry,
}

describe('README', () => {
  const programs = readmePrograms(readme)
  it('has only complete programs, each followed by what it prints', () => {
    expect(programs.length).toBeGreaterThanOrEqual(3)
    for (const p of programs) expect(p.yields, p.code.slice(0, 80)).toBeDefined()
  })
  for (const [k, program] of programs.entries()) {
    it(`example ${k + 1} runs as a program and prints what its "Yields:" shows`, async () => {
      expect(await runProgram(program.code, modules)).toBe(program.yields)
    })
  }
  it('lists every rule id', () => {
    const listed = /<!-- rules:start -->([^<]*)<!-- rules:end -->/u.exec(readme)?.[1] ?? ''
    expect([...listed.matchAll(/`([^`]+)`/gu)].map((m) => m[1])).toEqual([...api.ruleIds])
  })
})
