import { describe, expect, it } from 'vitest'
import { segmentParagraphs, segmentSentences } from './segment'

describe('segmentParagraphs', () => {
  it('makes every line a paragraph, with spans and languages', () => {
    expect(segmentParagraphs('First line.\nثاني سطر.')).toEqual([
      { text: 'First line.', start: 0, end: 11, lang: 'en' },
      { text: 'ثاني سطر.', start: 12, end: 21, lang: 'ar' },
    ])
  })
  it('splits on blank lines when there are any, keeping single newlines inside', () => {
    const text = 'one\ntwo\n\n  three  \n \n\nfour'
    const ps = segmentParagraphs(text)
    expect(ps.map((p) => p.text)).toEqual(['one\ntwo', 'three', 'four'])
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text)
  })
})

describe('segmentSentences', () => {
  it('ends sentences at Arabic and Latin punctuation', () => {
    expect(segmentSentences('هل انتهت الحرب؟ لا. Talks resume today.').map((s) => s.text)).toEqual([
      'هل انتهت الحرب؟',
      'لا.',
      'Talks resume today.',
    ])
  })
  it('does not end a sentence at the Arabic comma, and always at a newline', () => {
    const text = 'قال بوتين، في كلمة، إن السلام ممكن\nوأضاف أن المحادثات مستمرة.'
    const ss = segmentSentences(text)
    expect(ss.map((s) => s.text)).toEqual([
      'قال بوتين، في كلمة، إن السلام ممكن',
      'وأضاف أن المحادثات مستمرة.',
    ])
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
