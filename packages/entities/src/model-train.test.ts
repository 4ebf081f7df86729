import { readFileSync } from 'node:fs'
import { normalize } from '@nuqta/normalize'
import { describe, expect, it } from 'vitest'
import { WordSet } from './features-wordset'
import { createTaggerModel } from './model'
import { harvest, trainModel } from './model-train'
import { tagWords } from './tagger'
import { readConll } from './tagger-conll'

const text = readFileSync(
  new URL('../data/anercorp/ANERcorp-CamelLabSplit-reconstructed.train.txt', import.meta.url),
  'utf8',
)
const sentences = readConll(text)
  .slice(0, 120)
  .map((s) => ({ words: s.words.map((w) => normalize(w, 'search') || w), tags: s.tags }))
const dictionary = WordSet.build(['قال', 'في', 'الرييس'], 3)
const external = [{ tokens: ['بيروت'], cls: 'CITY' }]

describe('trainModel', () => {
  it('gives the same weights byte for byte for the same data and seed', () => {
    const options = { sentences, external, dictionary, epochs: 2, seed: 3, hideRare: 0.5 }
    const a = JSON.stringify(trainModel(options))
    const b = JSON.stringify(trainModel(options))
    expect(a).toBe(b)
    expect(JSON.stringify(trainModel({ ...options, seed: 4 }))).not.toBe(a)
  })

  it('produces a loadable model that has learnt its training data', () => {
    const model = createTaggerModel(
      trainModel({ sentences, external, dictionary, epochs: 4, seed: 1 }),
    )
    const s = sentences[0] as { words: string[]; tags: string[] }
    const labels = tagWords(s.words, model).labels
    let same = 0
    for (let i = 0; i < labels.length; i++) if (labels[i] === s.tags[i]) same++
    expect(same / labels.length).toBeGreaterThan(0.9)
  })
})

describe('harvest', () => {
  it('lists train names with their clitic-free forms only when those begin a name elsewhere', () => {
    const res = harvest(
      [
        { words: ['في', 'بيروت'], tags: ['O', 'B-LOC'] },
        { words: ['وبيروت', 'فيصل'], tags: ['B-LOC', 'B-PERS'] },
        { words: ['يصل', 'القطار'], tags: ['O', 'O'] },
      ],
      [],
      dictionary,
    )
    const g = res.gazetteer.serialize().split('\n')
    expect(g).toContain('LOC\tبيروت')
    expect(g).toContain('LOC\tوبيروت')
    expect(g).toContain('PERS\tفيصل')
    expect(g).not.toContain('PERS\tيصل')
    expect(g).not.toContain('LOC\tيروت')
  })
})
