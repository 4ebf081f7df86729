import { describe, expect, it } from 'vitest'
import { Alignment } from './alignment'
import { normalizeDetailed } from './normalize'

describe('Alignment', () => {
  it('maps spans both ways through a deletion absorbed by the character before it', () => {
    // 'aXb' → 'ab'
    const a = new Alignment(3, Int32Array.of(0, 2))
    expect(a.toOriginal(0, 1)).toEqual([0, 2])
    expect(a.toOriginal(1, 2)).toEqual([2, 3])
    expect(a.toNormalized(1, 2)).toEqual([0, 1])
    expect(a.toNormalized(2, 3)).toEqual([1, 2])
  })
  it('treats an expansion as one group', () => {
    const a = new Alignment(2, Int32Array.of(0, 0, 0, 1))
    expect(a.toOriginal(1, 2)).toEqual([0, 1])
    expect(a.toNormalized(0, 1)).toEqual([0, 3])
  })
  it('maps empty spans to positions and clamps out-of-range input', () => {
    const a = Alignment.identity(4)
    expect(a.toOriginal(2, 2)).toEqual([2, 2])
    expect(a.toOriginal(-5, 99)).toEqual([0, 4])
    expect(a.toNormalized(3, 1)).toEqual([3, 3])
  })
  it('maps everything to the whole original when the output is empty', () => {
    const a = new Alignment(3, new Int32Array(0))
    expect(a.toOriginal(0, 0)).toEqual([0, 3])
    expect(a.toNormalized(0, 3)).toEqual([0, 0])
  })
  it('rejects starts that do not tile the original', () => {
    expect(() => new Alignment(3, Int32Array.of(1, 2))).toThrow(RangeError)
    expect(() => new Alignment(3, Int32Array.of(0, 2, 1))).toThrow(RangeError)
    expect(() => new Alignment(2, Int32Array.of(0, 2))).toThrow(RangeError)
  })
  it('composes two normalization steps', () => {
    const input = 'ﷲ  أَكْبَرُ'
    const ab = normalizeDetailed(input, 'display')
    const bc = normalizeDetailed(ab.text, 'search')
    const ac = ab.alignment.compose(bc.alignment)
    expect(bc.text).toBe('الله اكبر')
    expect(ac.originalLength).toBe(input.length)
    expect(ac.normalizedLength).toBe(bc.text.length)
    expect(ac.toOriginal(0, 4)).toEqual([0, 1])
    expect(input.slice(...ac.toOriginal(5, 9))).toBe('أَكْبَرُ')
    expect(() => bc.alignment.compose(ab.alignment)).toThrow(RangeError)
  })
  it('gives a copy of its group starts', () => {
    const g = normalizeDetailed('ﷲ').alignment.groupStarts()
    expect([...g]).toEqual([0, 0, 0, 0])
  })
})
