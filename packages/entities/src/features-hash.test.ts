import { describe, expect, it } from 'vitest'
import { hashFeature, hashPair, hashSlice } from './features-hash'

describe('hashFeature', () => {
  it('is a stable unsigned 32-bit value that depends on template and value', () => {
    const h = hashFeature(3, 'بوتين')
    expect(h).toBe(hashFeature(3, 'بوتين'))
    expect(h >>> 0).toBe(h)
    expect(hashFeature(4, 'بوتين')).not.toBe(h)
    expect(hashFeature(3, 'بوتن')).not.toBe(h)
  })

  it('has no collisions over ten thousand distinct short values', () => {
    const seen = new Set<number>()
    for (let i = 0; i < 10_000; i++) seen.add(hashFeature(1, `w${i}`))
    expect(seen.size).toBe(10_000)
  })
})

describe('hashSlice', () => {
  it('equals hashing the slice', () => {
    expect(hashSlice(7, 'وبوتين', 1, 6)).toBe(hashFeature(7, 'بوتين'))
  })
})

describe('hashPair', () => {
  it('depends on the order of its parts', () => {
    expect(hashPair(9, 1, 2)).toBe(hashPair(9, 1, 2))
    expect(hashPair(9, 1, 2)).not.toBe(hashPair(9, 2, 1))
  })
})
