import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { transform } from 'esbuild'
import { describe, expect, it } from 'vitest'
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

/** Runs one README snippet as a program (its imports bound to this package) and returns its log. */
async function run(code: string): Promise<string> {
  const js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replace(
    /^import (\{[^}]*\}) from ["']([^"']+)["'];?$/gmu,
    (_, names: string, from: string) => {
      if (!(from in modules)) throw new Error(`README imports an unknown module ${from}`)
      return `const ${names.replaceAll(' as ', ': ')} = __modules[${JSON.stringify(from)}]\n`
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
  await new AsyncFunction('__modules', 'console', js)(modules, console)
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

describe('README', () => {
  const blocks = [...readme.matchAll(/```ts\n([^`]*)```(\n\nYields:\n\n```text\n([^`]*)```)?/gu)]
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3)
  })
  for (const [k, block] of blocks.entries()) {
    it(`example ${k + 1} runs and prints what its "Yields:" shows`, async () => {
      const out = await run(block[1] as string)
      if (block[3] !== undefined) expect(out).toBe(block[3])
    })
  }
  it('lists every rule id', () => {
    const listed = /<!-- rules:start -->([^<]*)<!-- rules:end -->/u.exec(readme)?.[1] ?? ''
    expect([...listed.matchAll(/`([^`]+)`/gu)].map((m) => m[1])).toEqual([...api.ruleIds])
  })
})
