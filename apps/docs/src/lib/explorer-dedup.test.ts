import { describe, expect, it } from 'vitest'
import { articles } from './corpus'
import { runDedup } from './explorer-dedup'
import { makeVariant } from './explorer-variants'

const inputs = [
  ...articles.map((a) => ({ id: a.id, text: a.text })),
  { id: 'v-drop', text: makeVariant(articles[1]?.text ?? '', 'dropped-words') },
  { id: 'v-egy', text: makeVariant(articles[2]?.text ?? '', 'egyptian-spelling') },
  { id: 'v-copy', text: makeVariant(articles[4]?.text ?? '', 'exact-copy') },
]

describe('runDedup', () => {
  it('clusters each variant with its source article and leaves the other articles alone', () => {
    const report = runDedup(inputs, { threshold: 0.5, searchNormalizer: true })
    const sets = report.clusters.map((c) => c.members.map((m) => m.id).sort())
    expect(sets).toEqual([
      ['001', 'v-drop'],
      ['002', 'v-egy'],
      ['004', 'v-copy'],
    ])
    expect(report.unique).toEqual(['000', '003'])
    const copy = report.clusters[2]?.members[1]
    expect(copy).toMatchObject({ id: 'v-copy', similarity: 1, exact: true })
    expect(report.clusters[1]?.members[1]?.similarity).toBe(1)
    expect(report.matrix[0]?.[0]).toBe(1)
    expect(report.matrix[0]?.[3]).toBeLessThan(0.3)
  })

  it("without @nuqta/normalize's search profile the spelling variant is farther from its source", () => {
    const plain = runDedup(inputs, { threshold: 0.8, searchNormalizer: false })
    const egy = inputs.findIndex((i) => i.id === 'v-egy')
    expect(plain.matrix[2]?.[egy]).toBeLessThan(0.8)
    expect(plain.clusters.some((c) => c.members.some((m) => m.id === 'v-egy'))).toBe(false)
  })
})
