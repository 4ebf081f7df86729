import { describe, expect, it } from 'vitest'
import { describeEdit, type EditLike, isRtl, segment, visible, wordAround } from './highlight'

const edit = (
  rule: string,
  outputStart: number,
  outputEnd: number,
  before: string,
  after: string,
) => ({ rule, outputStart, outputEnd, before, after }) satisfies EditLike

describe('visible', () => {
  it('names spaces, marks and invisible characters so a tooltip shows them', () => {
    expect(visible('')).toBe('∅')
    expect(visible('a b\n')).toBe('a␠b⏎')
    expect(visible('\u064E')).toBe('◌\u064E')
    expect(visible('\u0640')).toBe('\u0640')
    expect(visible('\u200C')).toBe('<U+200C>')
    expect(visible('ى')).toBe('ى')
  })
})

describe('describeEdit', () => {
  it('gives rule, before and after, each side isolated so Arabic keeps its order', () => {
    expect(describeEdit(edit('final-ya', 0, 6, 'الروسى', 'الروسي'))).toBe(
      'final-ya: \u2068الروسى\u2069 → \u2068الروسي\u2069',
    )
    expect(describeEdit(edit('tatweel', 3, 3, 'ـ', ''))).toBe(
      'tatweel: \u2068ـ\u2069 → \u2068∅\u2069',
    )
  })
})

describe('segment', () => {
  it('cuts the output into plain and edited pieces that add up to the whole text', () => {
    const text = 'قال الروسي امس'
    const pieces = segment(text, [
      edit('alef', 11, 14, 'أمس', 'امس'),
      edit('final-ya', 4, 10, 'الروسى', 'الروسي'),
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.map((p) => [p.text, p.edits.map((e) => e.rule)])).toEqual([
      ['قال ', []],
      ['الروسي', ['final-ya']],
      [' ', []],
      ['امس', ['alef']],
    ])
  })

  it('keeps deletions as empty edited pieces at their position', () => {
    const pieces = segment('كتب', [edit('tatweel', 1, 1, 'ـ', '')])
    expect(pieces).toEqual([
      { text: 'ك', edits: [] },
      { text: '', edits: [edit('tatweel', 1, 1, 'ـ', '')] },
      { text: 'تب', edits: [] },
    ])
  })

  it('merges an overlapping edit into the piece it overlaps', () => {
    const pieces = segment('abcdef', [edit('x', 1, 4, 'BCD', 'bcd'), edit('y', 3, 5, 'DE', 'de')])
    expect(pieces.map((p) => [p.text, p.edits.map((e) => e.rule)])).toEqual([
      ['a', []],
      ['bcde', ['x', 'y']],
      ['f', []],
    ])
  })

  it('returns the text as one plain piece when nothing changed', () => {
    expect(segment('<img src=x>', [])).toEqual([{ text: '<img src=x>', edits: [] }])
  })
})

describe('isRtl', () => {
  it('follows the first letter', () => {
    expect(isRtl('« قال »')).toBe(true)
    expect(isRtl('2024 Moscow قال')).toBe(false)
    expect(isRtl('123')).toBe(false)
  })
})

describe('wordAround', () => {
  it('widens a span to the words it touches', () => {
    const text = 'قال الرئيس الروسى، أمس'
    const at = text.indexOf('ى')
    expect(wordAround(text, at, at + 1)).toBe('الروسى')
    expect(wordAround(text, 0, text.indexOf(' '))).toBe('قال')
    expect(wordAround(text, 4, 12)).toBe('الرئيس الروسى')
  })

  it('keeps an empty span between spaces empty and clamps out-of-range offsets', () => {
    expect(wordAround('a  b', 2, 2)).toBe('')
    expect(wordAround('abc', -5, 99)).toBe('abc')
  })
})
