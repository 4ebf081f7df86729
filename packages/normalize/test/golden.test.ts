import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type NormalizeOptions, normalize } from '../src/index'
import { arabicLexicon } from '../src/lexicon-data'
import { camelReference, luceneReference } from './references'

// The five corpus articles are the golden inputs; the expected outputs in test/golden were
// generated once (UPDATE_GOLDEN=1), then read and checked by hand before being committed. The
// *-lexicon files also depend on the shipped lexicon data: after changing data/, regenerate them
// with UPDATE_GOLDEN=1 and review the diff (`git diff --word-diff test/golden`).
const corpus = join(__dirname, '../../../corpus')
const golden = join(__dirname, 'golden')
const configs: Record<string, NormalizeOptions> = {
  display: { profile: 'display' },
  'display-lexicon': { profile: 'display', lexicon: arabicLexicon },
  search: { profile: 'search' },
  'search-lexicon': { profile: 'search', lexicon: arabicLexicon },
  camel: { profile: 'camel' },
  lucene: { profile: 'lucene' },
}

describe('normalize (corpus golden files)', () => {
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const input = readFileSync(join(corpus, file), 'utf8')
    const article = file.replace(/\.txt$/u, '')
    for (const [name, opts] of Object.entries(configs)) {
      it(`${article} with ${name}`, () => {
        const path = join(golden, `${article}.${name}.txt`)
        const out = normalize(input, opts)
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, out)
        expect(out).toBe(readFileSync(path, 'utf8'))
        expect(normalize(out, opts)).toBe(out)
        if (name === 'lucene') expect(out).toBe(luceneReference(input))
        if (name === 'camel') expect(out).toBe(camelReference(input))
      })
    }
  }
})
