import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize'

describe('tokenize', () => {
  it('splits words and punctuation with offsets into the text', () => {
    const text = 'قال بوتين، أمس: "نعم".'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual([
      'قال',
      'بوتين',
      '،',
      'أمس',
      ':',
      '"',
      'نعم',
      '"',
      '.',
    ])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('keeps marks and tatweel inside the Arabic word', () => {
    expect(tokenize('مُحَمَّد وبـيروت').map((t) => t.text)).toEqual(['مُحَمَّد', 'وبـيروت'])
  })

  it('separates scripts and digits', () => {
    expect(tokenize('عام2024 في Paris').map((t) => t.text)).toEqual(['عام', '2024', 'في', 'Paris'])
  })

  it('marks sentence starts after final punctuation and line breaks', () => {
    const starts = tokenize('جاء. ذهب\nعاد ثم').map((t) => t.sentenceStart)
    expect(starts).toEqual([true, false, true, true, false])
  })

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\t\u200f')).toEqual([])
  })
})
