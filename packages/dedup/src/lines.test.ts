import { describe, expect, it } from 'vitest'
import { RepeatedLines } from './lines.js'

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
  it('strips repeated lines with removal records that point into the input', () => {
    const lines = new RepeatedLines({ minDocuments: 2 })
    lines.add(`أ\n${template}`)
    lines.add(`ب\n${template}`)
    const input = `خبر جديد\n${template}\nخاتمة`
    const { text, removed } = lines.strip(input)
    expect(text).toBe('خبر جديد\nخاتمة')
    expect(removed).toHaveLength(2)
    for (const r of removed) {
      expect(input.slice(r.start, r.end)).toBe(r.before)
      expect(r).toMatchObject({ ruleId: 'repeated-line', after: '', source: '@nuqta/dedup' })
    }
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
