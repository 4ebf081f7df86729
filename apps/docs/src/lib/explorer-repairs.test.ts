import { cleanText, readDocuments, sourceText } from '@nuqta/corpus'
import { describe, expect, it } from 'vitest'
import { articles } from './corpus'
import { groupChanges } from './explorer-repairs'

describe('groupChanges', () => {
  it('places each repair in the cleaned text, after removed lines and other repairs', () => {
    const input =
      'Share on Facebook\nسي إن إن â € Â Â زار بوتين كورسك.\nadmin in: Why?\nGreat article ...'
    const r = cleanText(input)
    const { repairs, removed } = groupChanges(r.changes)
    expect(repairs).toHaveLength(1)
    const [first] = repairs
    expect(r.text.slice(first?.start, first?.end)).toBe('—')
    expect(input.slice(first?.repair.start, first?.repair.end)).toBe('â € Â Â')
    expect(removed.map((c) => c.before)).toEqual([
      'Share on Facebook',
      'admin in: Why?',
      'Great article ...',
    ])
  })

  it('lists whitespace-only removals in neither group', () => {
    const r = cleanText('One line.\n\n\nTwo lines.')
    expect(r.changes.length).toBeGreaterThan(0)
    expect(groupChanges(r.changes)).toEqual({ repairs: [], removed: [] })
  })

  it('places the repair of corpus article 004 on its replacement text, from one reading', async () => {
    const article = articles.find((a) => a.id === '004')
    if (article === undefined) throw new Error('article 004 missing')
    let doc: Awaited<ReturnType<ReturnType<typeof readDocuments>['next']>>['value']
    for await (const d of readDocuments(article.text)) doc = d
    if (!doc) throw new Error('no document')
    const { repairs } = groupChanges(doc.changes)
    expect(repairs.length).toBeGreaterThan(0)
    const record = sourceText(doc)
    for (const p of repairs) {
      expect(doc.text.slice(p.start, p.end)).toBe(p.repair.after)
      expect(record.slice(p.repair.start, p.repair.end)).toBe(p.repair.before)
    }
  })
})
