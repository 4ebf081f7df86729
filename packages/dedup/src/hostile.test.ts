import { describe, expect, it } from 'vitest'
import { Deduplicator } from './dedup'
import { DedupOptionsError, DuplicateIdError } from './errors'
import { defaultNormalize } from './minhash'

const markRun = (n: number) => `ب${'َُِّْ'.repeat(n / 5)}`

function best(f: () => void): number {
  let min = Number.POSITIVE_INFINITY
  for (let r = 0; r < 3; r++) {
    const t = performance.now()
    f()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

describe('Deduplicator (hostile input)', () => {
  it('normalizes one huge combining sequence in linear time (4× input, well under 16× time)', () => {
    defaultNormalize(markRun(1 << 14))
    const small = best(() => defaultNormalize(markRun(1 << 18)))
    const large = best(() => defaultNormalize(markRun(1 << 20)))
    expect(large / Math.max(small, 1)).toBeLessThan(10)
    expect(defaultNormalize('ＡＢＣ Déjà')).toBe('abc déjà')
  })

  it('stores a cluster of identical documents, not its pairs: saved size linear in documents', () => {
    const sizes = [1000, 4000].map((n) => {
      const d = new Deduplicator()
      for (let i = 0; i < n; i++)
        d.add({ id: `d${i}`, text: i % 2 ? '' : 'one two three four five six' })
      const loaded = Deduplicator.load(d.save())
      expect(loaded.clusters().map((c) => c.members.length)).toEqual([n / 2, n / 2])
      return d.save().length
    })
    expect((sizes[1] as number) / (sizes[0] as number)).toBeLessThan(5)
  })

  it('keeps a near match when the member it was recorded against is removed', () => {
    const d = new Deduplicator({ representative: 'earliest' })
    d.add({
      id: 'a',
      text: 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20',
    })
    d.add({
      id: 'b',
      text: 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20',
    })
    d.add({ id: 'c', text: 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 x' })
    d.remove('a')
    expect(d.clusters()).toEqual([{ representative: 'b', members: ['b', 'c'] }])
    expect(Deduplicator.load(d.save()).clusters()).toEqual(d.clusters())
  })

  it('refuses ids with a lone surrogate (they could not be saved exactly)', () => {
    const d = new Deduplicator()
    expect(() => d.add({ id: '\uD800', text: 'x' })).toThrow(DedupOptionsError)
    expect(() => d.addSketch('\uDC00', d.hasher.sketch('x'))).toThrow(/lone surrogate/)
    d.add({ id: '\uD83D\uDE00', text: 'x' })
    expect(Deduplicator.load(d.save()).has('\uD83D\uDE00')).toBe(true)
  })

  it('throws argument errors naming the argument for a null text or a non-string query', () => {
    const d = new Deduplicator()
    const bad = { id: 'k', text: null } as unknown as { id: string; text: string }
    expect(() => d.add(bad)).toThrow(expect.objectContaining({ argument: 'doc.text' }))
    expect(() => d.query(5 as unknown as string)).toThrow(
      expect.objectContaining({ argument: 'text', code: 'ERR_NUQTA_INVALID_ARGUMENT' }),
    )
  })

  it('adds a batch all or nothing', async () => {
    const d = new Deduplicator()
    d.add({ id: 'x', text: 'x' })
    const docs = [
      { id: 'a', text: 'a' },
      { id: 'b', text: 'b' },
      { id: 'a', text: 'again' },
    ]
    expect(() => d.addBatch(docs)).toThrow(DuplicateIdError)
    expect(() =>
      d.addBatch([
        { id: 'c', text: 'c' },
        { id: 'x', text: 'x' },
      ]),
    ).toThrow(DuplicateIdError)
    const withNull = [{ id: 'c', text: 'c' }, null] as unknown as { id: string; text: string }[]
    expect(() => d.addBatch(withNull)).toThrow(expect.objectContaining({ argument: 'docs[1]' }))
    async function* stream() {
      yield { id: 'd', text: 'd' }
      yield { id: 'd', text: 'd' }
    }
    await expect(d.addBatch(stream())).rejects.toThrow(DuplicateIdError)
    expect(d.size).toBe(1)
    const failing = new Deduplicator({
      normalize: (t) => {
        if (t === 'boom') throw new Error('boom')
        return t
      },
    })
    expect(() =>
      failing.addBatch([
        { id: 'a', text: 'a' },
        { id: 'b', text: 'boom' },
      ]),
    ).toThrow('boom')
    expect(failing.size).toBe(0)
    expect(failing.addBatch([{ id: 'a', text: 'a' }])).toEqual([[]])
  })
})
