import { describe, expect, it } from 'vitest'
import { DedupOptionsError } from './errors.js'
import { lshErrorAreas, optimalParams } from './lsh.js'

describe('optimalParams', () => {
  it('matches datasketch for 128 permutations at 0.8 (b=9, r=13)', () => {
    expect(optimalParams(0.8, 128)).toEqual({ bands: 9, rows: 13 })
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
