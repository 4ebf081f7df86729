import { NuqtaArgumentError } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { extract } from './extract'
import { entityTable } from './table'

describe('entityTable', () => {
  it('gives one row per entity with canonical names, surface forms and counts per document', () => {
    const table = entityTable([
      { id: 'a', mentions: extract('قال الرئيس الأوكرانى زيلينسكى إن زيلينسكى باق') },
      { id: 'b', mentions: extract('Mr. Zelensky met Sergei Lavrov.') },
      { id: 'c', mentions: extract('وقال وزير الخارجية الروسي سيرغي لافروف، إن') },
    ])
    const zelensky = table.find((r) => r.id === 'Q3874799')
    expect(zelensky).toMatchObject({
      type: 'PERSON',
      ar: 'فولوديمير زيلينسكي',
      en: 'Volodymyr Zelensky',
      counts: { a: 2, b: 1 },
      total: 3,
    })
    expect(zelensky?.forms).toEqual(['زيلينسكى', 'Zelensky'])
    // a name in no table: canonical names are its most frequent forms in each script
    const lavrov = table.find((r) => r.id === 'per:lfrf')
    expect(lavrov).toMatchObject({
      ar: 'سيرغي لافروف',
      en: 'Sergei Lavrov',
      counts: { b: 1, c: 1 },
    })
    expect(table[0]?.id).toBe('Q3874799')
  })

  it('rejects input that is not an iterable of documents', () => {
    expect(() => entityTable(null as never)).toThrow(NuqtaArgumentError)
    expect(() => entityTable([{ id: 1, mentions: [] }] as never)).toThrow(/docs/)
  })
})
