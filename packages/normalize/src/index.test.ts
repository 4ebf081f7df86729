import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as api from './index'
import { arabicLexicon } from './lexicon-data'

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
      'normalizeStream',
      'profiles',
    ])
  })
})

describe('README', () => {
  it('shows the real output of its example under "Yields:"', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const { normalize, normalizeDetailed } = api
    const lines: string[] = []
    const log = (...xs: unknown[]) =>
      lines.push(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' '))
    const text = 'قال الرئيس الأوكرانى ، إن الولاياتالمتحدة ﻻ تريد الحربَ\u200f'
    expect(readme).toContain(
      `const text = 'قال الرئيس الأوكرانى ، إن الولاياتالمتحدة ﻻ تريد الحربَ\\u200f'`,
    )
    log(normalize(text))
    log(normalize(text, { lexicon: arabicLexicon }))
    log(normalize(text, 'search'))
    const r = normalizeDetailed(text, { lexicon: arabicLexicon })
    for (const e of r.edits) log(e.rule, JSON.stringify(e.before), '→', JSON.stringify(e.after))
    log(r.alignment.toOriginal(22, 24))
    const yields = /Yields:\n\n```text\n([^`]*)```/u.exec(readme)?.[1]
    expect(yields).toBe(`${lines.join('\n')}\n`)
  })
})
