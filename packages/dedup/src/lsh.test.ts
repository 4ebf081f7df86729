import { describe, expect, it } from 'vitest'
import { DedupOptionsError } from './errors'
import { bandKeys, lshErrorAreas, optimalParams } from './lsh'

describe('optimalParams', () => {
  it('matches datasketch for 128 permutations at 0.8 (b=9, r=13)', () => {
    expect(optimalParams(0.8, 128)).toEqual({ bands: 9, rows: 13 })
    expect(optimalParams(0.5, 128)).toEqual({ bands: 25, rows: 5 })
  })
  it('matches the values published for 256 permutations at 0.75, with and without weights', () => {
    expect(optimalParams(0.75, 256)).toEqual({ bands: 21, rows: 12 })
    expect(optimalParams(0.75, 256, { falsePositive: 0.1, falseNegative: 0.9 })).toEqual({
      bands: 28,
      rows: 9,
    })
  })
  it('never uses more rows than permutations', () => {
    for (const t of [0.3, 0.5, 0.9]) {
      const { bands, rows } = optimalParams(t, 64)
      expect(bands * rows).toBeLessThanOrEqual(64)
    }
  })
  it('returns the minimum of the weighted error over all bandings', () => {
    const best = lshErrorAreas(0.5, optimalParams(0.5, 32))
    const bestErr = 0.5 * best.falsePositive + 0.5 * best.falseNegative
    for (let b = 1; b <= 32; b++) {
      for (let r = 1; r * b <= 32; r++) {
        const e = lshErrorAreas(0.5, { bands: b, rows: r })
        expect(0.5 * e.falsePositive + 0.5 * e.falseNegative).toBeGreaterThanOrEqual(bestErr)
      }
    }
  })
  it('rejects thresholds outside (0, 1] and weights that do not sum to 1', () => {
    expect(() => optimalParams(0, 128)).toThrow(DedupOptionsError)
    expect(() => optimalParams(1.5, 128)).toThrow(/threshold/)
    expect(() => optimalParams(0.5, 128, { falsePositive: 0.5, falseNegative: 0.6 })).toThrow(
      /weights/,
    )
  })
})

describe('lshErrorAreas', () => {
  it('integrates the S-curve: more rows push false positives down and false negatives up', () => {
    const few = lshErrorAreas(0.8, { bands: 9, rows: 5 })
    const many = lshErrorAreas(0.8, { bands: 9, rows: 13 })
    expect(many.falsePositive).toBeLessThan(few.falsePositive)
    expect(many.falseNegative).toBeGreaterThan(few.falseNegative)
  })
  it('gives the exact areas for one band of one row (P = s)', () => {
    const { falsePositive, falseNegative } = lshErrorAreas(0.5, { bands: 1, rows: 1 })
    expect(falsePositive).toBeCloseTo(0.125, 6) // ∫₀^½ s ds
    expect(falseNegative).toBeCloseTo(0.125, 6) // ∫½¹ (1 − s) ds
  })
})

describe('bandKeys', () => {
  it('gives one 8-hex-digit key per band, equal for equal bands and seeded by band index', async () => {
    const { MinHasher } = await import('./minhash')
    const h = new MinHasher()
    const a = bandKeys(h.signature('one two three four five six seven'), { bands: 9, rows: 13 })
    const b = bandKeys(h.signature('one two three four five six seven'), { bands: 9, rows: 13 })
    expect(a).toEqual(b)
    expect(a).toHaveLength(9)
    for (const k of a) expect(k).toMatch(/^[0-9a-f]{8}$/u)
    const same = new Uint32Array(128).fill(5)
    const keys = bandKeys(same, { bands: 4, rows: 32 })
    expect(new Set(keys).size).toBe(4)
  })
  it('rejects a banding longer than the signature', () => {
    expect(() => bandKeys(new Uint32Array(8), { bands: 3, rows: 3 })).toThrow(DedupOptionsError)
  })
})
