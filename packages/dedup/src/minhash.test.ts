import { describe, expect, it } from 'vitest'
import { DedupOptionsError } from './errors'
import { contentHash, defaultNormalize, estimateJaccard, exactJaccard, MinHasher } from './minhash'

/** Two token lists with a known exact Jaccard of their 1-gram sets. */
function pairWithJaccard(seed: number, size: number, shared: number): [string, string, number] {
  const a: string[] = []
  const b: string[] = []
  for (let i = 0; i < size; i++) a.push(`w${seed}x${i}`)
  for (let i = 0; i < size; i++)
    b.push(i < shared ? `w${seed}x${size - shared + i}` : `v${seed}y${i}`)
  return [a.join(' '), b.join(' '), shared / (2 * size - shared)]
}

describe('MinHasher', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const text = 'a b c d e f g h i j k'
    expect(new MinHasher({ seed: 3 }).signature(text)).toEqual(
      new MinHasher({ seed: 3 }).signature(text),
    )
    expect(new MinHasher({ seed: 3 }).signature(text)).not.toEqual(
      new MinHasher({ seed: 4 }).signature(text),
    )
  })
  it('pins the signature values, so a change of hashing is deliberate', () => {
    const sig = new MinHasher({ numPerm: 4, seed: 1 }).signature('one two three four five six')
    expect(Array.from(sig)).toMatchInlineSnapshot(`
      [
        3021608483,
        2782613992,
        2034946099,
        3020751348,
      ]
    `)
  })
  it("splits tokens at whitespace only with tokens: 'whitespace' (datasketch shingling)", () => {
    const words = new MinHasher({ shingle: { unit: 'word', size: 1 } })
    const spaces = new MinHasher({ shingle: { unit: 'word', size: 1, tokens: 'whitespace' } })
    expect(spaces.shingle).toEqual({ unit: 'word', size: 1, tokens: 'whitespace' })
    expect(words.shingle).toEqual({ unit: 'word', size: 1 })
    // punctuation is a boundary by default, part of the token with whitespace splitting
    expect(words.shingleSet('fox. fox,').length).toBe(1)
    expect(spaces.shingleSet('fox. fox,').length).toBe(2)
    // the same tokens as Python's str.split(): NBSP, ideographic space and U+001F split too
    expect(spaces.shingleSet('a\u00a0b\u3000c\u001fd a b c d').length).toBe(4)
    // with whitespace-only tokens, 'a-b c' has the 2-shingle {a-b c}; word tokens give {a b, b c}
    const two = (tokens: 'words' | 'whitespace') =>
      new MinHasher({ shingle: { unit: 'word', size: 2, tokens } }).shingleSet('a-b c').length
    expect([two('words'), two('whitespace')]).toEqual([2, 1])
    const chars = new MinHasher({ shingle: { unit: 'char', size: 3, tokens: 'whitespace' } })
    expect(chars.shingleSet('a,b   c').length).toBe(3) // 'a,b', ',b ', 'b c'
    expect(
      () => new MinHasher({ shingle: { unit: 'word', size: 2, tokens: 'x' as never } }),
    ).toThrow(DedupOptionsError)
  })
  it('estimates Jaccard without bias and with binomial variance on random sets', () => {
    const hasher = new MinHasher({ numPerm: 128, seed: 11, shingle: { unit: 'word', size: 1 } })
    let bias = 0
    let zSquared = 0
    const trials = 200
    for (let t = 0; t < trials; t++) {
      const [a, b, j] = pairWithJaccard(t, 200, 20 + ((t * 37) % 170))
      const est = estimateJaccard(hasher.signature(a), hasher.signature(b))
      bias += est - j
      zSquared += (est - j) ** 2 / ((j * (1 - j)) / 128)
    }
    expect(Math.abs(bias / trials)).toBeLessThan(0.01)
    const zVariance = zSquared / trials
    expect(zVariance).toBeGreaterThan(0.6)
    expect(zVariance).toBeLessThan(1.4)
  })
  it('treats a document shorter than the shingle size as one shingle', () => {
    const h = new MinHasher()
    expect(h.sketch('two words').shingles).toBe(1)
    expect(estimateJaccard(h.signature('two words'), h.signature('two  words!'))).toBe(1)
    expect(estimateJaccard(h.signature('two words'), h.signature('two other'))).toBeLessThan(0.2)
  })
  it('gives no shingles for an empty or punctuation-only document', () => {
    const h = new MinHasher()
    expect(h.sketch('').shingles).toBe(0)
    expect(h.sketch(' ،.؟ !').shingles).toBe(0)
  })
  it('ignores punctuation and case between words, and Arabic punctuation', () => {
    const h = new MinHasher()
    const a = h.signature('قال الرئيس، إن المفاوضات ستستأنف قريبا جدا')
    const b = h.signature('قال الرئيس إن المفاوضات ستستأنف «قريبا» جدا.')
    expect(estimateJaccard(a, b)).toBe(1)
  })
  it('supports character n-grams', () => {
    const h = new MinHasher({ shingle: { unit: 'char', size: 4 } })
    expect(h.shingleSet('abcdef').length).toBe(3)
    expect(h.shingleSet('ab   cd').length).toBe(2) // 'ab c', 'b cd'
  })
  it('validates its options', () => {
    expect(() => new MinHasher({ numPerm: 0 })).toThrow(DedupOptionsError)
    expect(() => new MinHasher({ seed: -1 })).toThrow(/seed/)
    expect(() => new MinHasher({ shingle: { unit: 'word', size: 0 } })).toThrow(/shingle.size/)
  })
})

describe('contentHash', () => {
  it('is equal for texts differing only in whitespace, including zero-width marks', () => {
    expect(contentHash(' a  b\n\tc ')).toBe(contentHash('a b c'))
    expect(contentHash('a\u200fb')).toBe(contentHash('a b'))
  })
  it('differs for different words and is 16 hex digits', () => {
    expect(contentHash('a b c')).not.toBe(contentHash('a b d'))
    expect(contentHash('x')).toMatch(/^[0-9a-f]{16}$/u)
  })
})

describe('defaultNormalize', () => {
  it('applies NFKC and lower case', () => {
    expect(defaultNormalize('ＡＢＣ Déjà')).toBe('abc déjà')
    expect(defaultNormalize('\ufefb')).toBe('\u0644\u0627') // lam-alef ligature
  })
})

describe('estimateJaccard', () => {
  it('is the fraction of equal positions', () => {
    expect(estimateJaccard(new Uint32Array([1, 2, 3, 4]), new Uint32Array([1, 2, 0, 0]))).toBe(0.5)
  })
  it('rejects signatures of different lengths', () => {
    expect(() => estimateJaccard(new Uint32Array(2), new Uint32Array(3))).toThrow(DedupOptionsError)
  })
})

describe('exactJaccard', () => {
  it('computes |A∩B| / |A∪B| on sorted sets', () => {
    expect(exactJaccard(new Uint32Array([1, 2, 3]), new Uint32Array([2, 3, 4]))).toBe(0.5)
    expect(exactJaccard(new Uint32Array([]), new Uint32Array([]))).toBe(0)
  })
  it('agrees with the word 5-gram sets of MinHasher.shingleSet', () => {
    const h = new MinHasher()
    const a = h.shingleSet('a b c d e f g')
    const b = h.shingleSet('a b c d e f x')
    expect(exactJaccard(a, b)).toBeCloseTo(2 / 4, 10) // {abcde, bcdef, cdefg} vs {abcde, bcdef, cdefx}
  })
})
