import { describe, expect, it } from 'vitest'
import { TaggerModelError } from './errors'
import { WordSet } from './features-wordset'
import { createTaggerModel, toBase64 } from './model'
import { trainModel } from './model-train'

const dictionary = WordSet.build(['قال'], 1)
const data = trainModel({
  sentences: [{ words: ['قال', 'بوتين'], tags: ['O', 'B-PERS'] }],
  external: [],
  dictionary,
  epochs: 1,
  seed: 1,
  folds: 1,
})

describe('createTaggerModel', () => {
  it('loads model data and scores features', () => {
    const m = createTaggerModel(data)
    expect(m.labels[0]).toBe('O')
    expect(m.trans.length).toBe(81)
    expect(m.emissions([Uint32Array.of(1, 2, 3)]).length).toBe(9)
  })

  it('names the field at fault in bad data', () => {
    const bad = (patch: object) => () => createTaggerModel({ ...data, ...patch } as typeof data)
    expect(bad({ format: 'x' })).toThrow(TaggerModelError)
    try {
      bad({ weights: toBase64(Uint8Array.of(1, 2)) })()
    } catch (e) {
      expect(TaggerModelError.isInstance(e)).toBe(true)
      expect((e as TaggerModelError).field).toBe('weights')
    }
    expect(bad({ version: 2 })).toThrow(/version/)
  })
})

describe('toBase64', () => {
  it('encodes bytes', () => {
    expect(toBase64(Uint8Array.of(0, 1, 2))).toBe('AAEC')
  })
})
