import { Alignment, revertChanges, validateChanges } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { RepeatedLines } from './lines'

const template = 'اقرأ أيضا: آخر الأخبار\nShare on X'

describe('RepeatedLines', () => {
  it('counts each line once per document and flags lines in at least minDocuments documents', () => {
    const lines = new RepeatedLines({ minDocuments: 3 })
    lines.add(`خبر أول عن الاقتصاد\n${template}\nShare on X`)
    lines.add(`خبر ثان عن الرياضة\n${template}`)
    expect(lines.count('Share on X')).toBe(2)
    lines.add(`خبر ثالث\n  share   ON x  \n`)
    expect(lines.count('share on x')).toBe(3)
    const flags = lines.flag(`خبر رابع\n${template}`)
    expect(flags.map((f) => [f.line, f.repeated, f.count])).toEqual([
      [1, false, 0],
      [2, false, 2],
      [3, true, 3],
    ])
    expect(flags[2]).toMatchObject({ start: 32, end: 42, text: 'Share on X' })
  })
  it('strips repeated lines, recording an exact edit script of removals', () => {
    const lines = new RepeatedLines({ minDocuments: 2 })
    lines.add(`أ\n${template}`)
    lines.add(`ب\n${template}`)
    const input = `خبر جديد\n${template}\nخاتمة`
    const { text, changes } = lines.strip(input)
    expect(text).toBe('خبر جديد\nخاتمة')
    expect(changes).toHaveLength(2)
    expect(validateChanges(input, text, changes)).toEqual([])
    expect(revertChanges(text, changes)).toBe(input)
    for (const c of changes) {
      expect(c).toMatchObject({
        ruleId: 'dedup/repeated-line',
        kind: 'removal',
        after: '',
        source: '@nuqta/dedup',
      })
    }
    // a word after the removed lines maps back to itself in the input
    const at = text.indexOf('خاتمة')
    const [x, y] = Alignment.fromChanges(input.length, changes).toOriginal(at, at + 5)
    expect(input.slice(x, y)).toBe('خاتمة')
    expect(lines.repeated()).toEqual([
      { text: 'Share on X', count: 2 },
      { text: 'اقرأ أيضا: آخر الأخبار', count: 2 },
    ])
  })
  it('works on paragraphs separated by blank lines', () => {
    const lines = new RepeatedLines({ unit: 'paragraph', minDocuments: 2 })
    const widget = 'تابعونا على\nوسائل التواصل'
    lines.add(`قصة أولى\n\n${widget}`)
    lines.add(`قصة ثانية\nسطر آخر\n\n${widget}\n`)
    expect(lines.count(widget)).toBe(2)
    expect(lines.strip(`قصة ثالثة\n\n${widget}\n\nنهاية`).text).toBe('قصة ثالثة\n\nنهاية')
  })
  it('ignores blank lines', () => {
    const lines = new RepeatedLines({ minDocuments: 1 })
    lines.add('\n\n   \n')
    expect(lines.repeated()).toEqual([])
  })
})
