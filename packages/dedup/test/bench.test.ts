import { describe, expect, it } from 'vitest'
// @ts-expect-error: plain ESM benchmark modules without type declarations
import { generate } from '../bench/generate.mjs'
// @ts-expect-error: plain ESM benchmark modules without type declarations
import { exactTruth, shingleStrings } from '../bench/truth.mjs'

type Doc = { id: string; kind: string; family: number; text: string }

describe('benchmark generator', () => {
  it('is deterministic for a seed and plants every kind of copy', () => {
    const a: Doc[] = generate({ size: 400, seed: 9 })
    const b: Doc[] = generate({ size: 400, seed: 9 })
    expect(a).toEqual(b)
    expect(generate({ size: 400, seed: 10 })).not.toEqual(a)
    const kinds = new Set(a.map((d) => d.kind))
    for (const k of ['base', 'exact', 'reformatted', 'edit5', 'edit15', 'edit30', 'spelling']) {
      expect(kinds.has(k)).toBe(true)
    }
    for (const d of a.filter((x) => x.kind === 'base')) {
      expect(d.text.length).toBeGreaterThanOrEqual(2000)
      expect(d.text.length).toBeLessThan(4400)
    }
  })
})

describe('benchmark truth', () => {
  it('finds exactly the pairs a brute-force comparison of all shingle sets finds', () => {
    const docs: Doc[] = generate({ size: 300, seed: 3 })
    const texts = docs.map((d) => d.text)
    const { truth } = exactTruth(texts, { n: 5, minJ: 0.5 }) as { truth: Map<number, number> }
    const sets = texts.map((t) => shingleStrings(t, 5) as Set<string>)
    const brute = new Map<number, number>()
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i] as Set<string>
        const b = sets[j] as Set<string>
        let inter = 0
        for (const s of a) if (b.has(s)) inter++
        const jac = inter / (a.size + b.size - inter)
        if (jac >= 0.5) brute.set(i * 65536 + j, jac)
      }
    }
    expect(brute.size).toBeGreaterThan(20)
    expect(new Map([...truth].sort((x, y) => x[0] - y[0]))).toEqual(
      new Map([...brute].sort((x, y) => x[0] - y[0])),
    )
  }, 60_000)
})
