import { describe, expect, it } from 'vitest'
import { readConll, spanScores, spansOf } from './tagger-conll'

describe('readConll', () => {
  it('reads sentences, dropping BOM and direction marks', () => {
    const text = '\uFEFF\u200Eبوتين\tB-PERS\r\n\u200Eقال\tO\r\n\t\r\nفي O\nموسكو B-LOC\n'
    expect(readConll(text)).toEqual([
      { words: ['بوتين', 'قال'], tags: ['B-PERS', 'O'] },
      { words: ['في', 'موسكو'], tags: ['O', 'B-LOC'] },
    ])
  })

  it('cuts long sentences when asked', () => {
    expect(readConll('a O\nb O\nc O\n', 2).map((s) => s.words)).toEqual([['a', 'b'], ['c']])
  })
})

describe('spansOf', () => {
  it('reads IOB2 spans, a stray I- opening a span', () => {
    expect(spansOf(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ])
  })
})

describe('spanScores', () => {
  it('counts only exact spans of the right type', () => {
    const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-MISC']]
    const pred = [['B-PERS', 'O', 'O', 'B-LOC', 'B-MISC']]
    const s = spanScores(gold, pred)
    expect(s.LOC?.f1).toBe(100)
    expect(s.PERS?.f1).toBe(0)
    expect(s.ALL).toMatchObject({ tp: 2, predicted: 3, gold: 3 })
    expect(s.PLO).toMatchObject({ tp: 1, predicted: 2, gold: 2 })
  })
})
