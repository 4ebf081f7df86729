import { cleanText, readDocuments } from '@nuqta/corpus'
import { describe, expect, it } from 'vitest'
import { articles } from './corpus'
import { placeRepairs } from './explorer-repairs'

describe('placeRepairs', () => {
  it('finds each repair in the cleaned text, after removed lines and other repairs', () => {
    const input =
      'Share on Facebook\nسي إن إن â € Â Â زار بوتين كورسك.\nadmin in: Why?\nGreat article ...'
    const r = cleanText(input)
    expect(r.repairs).toHaveLength(1)
    const { placed, unplaced } = placeRepairs(input, r.paragraphs, r.repairs)
    expect(unplaced).toEqual([])
    expect(placed).toHaveLength(1)
    const [first] = placed
    expect(r.text.slice(first?.start, first?.end)).toBe('—')
  })

  it('reports repairs whose offsets do not match the raw text as unplaced', () => {
    const repair = { ruleId: 'x', start: 0, end: 2, before: 'zz', after: 'y', confidence: 1 }
    expect(placeRepairs('ab', [{ text: 'ab', start: 0, end: 2 }], [repair]).unplaced).toEqual([
      repair,
    ])
  })

  it('places the repair of corpus article 004 on its replacement text', async () => {
    const article = articles.find((a) => a.id === '004')
    if (article === undefined) throw new Error('article 004 missing')
    const read = async (clean: boolean) => {
      for await (const doc of readDocuments(article.text, { clean })) return doc
      throw new Error('no document')
    }
    const [cleaned, raw] = [await read(true), await read(false)]
    expect(cleaned.repairs.length).toBeGreaterThan(0)
    const { placed, unplaced } = placeRepairs(raw.text, cleaned.paragraphs, cleaned.repairs)
    expect(unplaced).toEqual([])
    for (const p of placed) expect(cleaned.text.slice(p.start, p.end)).toBe(p.repair.after)
  })
})
