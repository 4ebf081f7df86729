import { describe, expect, it } from 'vitest'
import { dropWords, egyptianSpelling, makeVariant } from './explorer-variants'

describe('dropWords', () => {
  it('drops every tenth word and keeps single spaces', () => {
    const words = Array.from({ length: 25 }, (_, i) => `w${i + 1}`)
    const out = dropWords(words.join(' '))
    expect(out.split(' ')).toEqual(words.filter((_, i) => (i + 1) % 10 !== 0))
    expect(out).not.toContain('  ')
  })

  it('keeps a line break that was next to a dropped word', () => {
    expect(dropWords('a b\nc d e', 3)).toBe('a b\nd e')
    expect(dropWords('a b c\nd e', 3)).toBe('a b\nd e')
  })

  it('rejects a step below 2', () => {
    expect(() => dropWords('a', 1)).toThrow(RangeError)
  })
})

describe('egyptianSpelling', () => {
  it('writes word-final ي as ى and folds hamza on alef, leaving inner ي alone', () => {
    expect(egyptianSpelling('الروسي في أوكرانيا إلى آخر بيان')).toBe(
      'الروسى فى اوكرانيا الى اخر بيان',
    )
  })
})

describe('makeVariant', () => {
  it('makes each kind, the exact copy unchanged', () => {
    const text = 'قال الرئيس الروسي إن المحادثات في إسطنبول كانت إيجابية جدا يوم الثلاثاء الماضي'
    expect(makeVariant(text, 'exact-copy')).toBe(text)
    expect(makeVariant(text, 'egyptian-spelling')).toBe(egyptianSpelling(text))
    expect(makeVariant(text, 'dropped-words').split(' ')).toHaveLength(12) // 13 words, the 10th dropped
  })
})
