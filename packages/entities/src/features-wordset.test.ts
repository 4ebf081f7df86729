import { describe, expect, it } from 'vitest'
import { WordSet } from './features-wordset'

describe('WordSet', () => {
  it('holds every word added and few others', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `كلمه${i}`)
    const set = WordSet.build(words, words.length, 10, 6)
    for (const w of words) expect(set.has(w)).toBe(true)
    let fp = 0
    for (let i = 0; i < 5000; i++) if (set.has(`غريب${i}`)) fp++
    expect(fp / 5000).toBeLessThan(0.03)
  })

  it('round-trips through its bits', () => {
    const set = WordSet.build(['قال', 'كتاب'], 2)
    const copy = new WordSet(Uint8Array.from(set.bits), set.probes)
    expect(copy.has('كتاب')).toBe(true)
  })

  it('rejects a filter whose length is not a power of two', () => {
    expect(() => new WordSet(new Uint8Array(3), 4)).toThrow(RangeError)
  })
})
