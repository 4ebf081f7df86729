import { hashFeature } from './features-hash'

const SEED_A = 0x5eed_0001
const SEED_B = 0x5eed_0002

/**
 * A Bloom filter of words: a compact, approximate set (false positives at a known small rate,
 * never false negatives). The tagger keeps its dictionary of ordinary Arabic words in one, so the
 * shipped model does not carry the word list itself.
 */
export class WordSet {
  /** The filter's bits. */
  readonly bits: Uint8Array
  /** How many hash probes each word sets. */
  readonly probes: number
  readonly #mask: number

  /**
   * @param bits - the filter, a power of two bytes long
   * @param probes - probes per word
   */
  constructor(bits: Uint8Array, probes: number) {
    if (bits.length === 0 || (bits.length & (bits.length - 1)) !== 0) {
      throw new RangeError('WordSet: the filter length must be a power of two')
    }
    this.bits = bits
    this.probes = probes
    this.#mask = bits.length * 8 - 1
  }

  /**
   * Builds a filter sized for `words` at about `bitsPerWord` bits each.
   *
   * @param words - the words to hold
   * @param bitsPerWord - filter bits per word (10 gives about 1 % false positives)
   * @param probes - probes per word
   * @returns the filled filter
   */
  static build(words: Iterable<string>, count: number, bitsPerWord = 10, probes = 6): WordSet {
    let bytes = 8
    while (bytes * 8 < count * bitsPerWord) bytes *= 2
    const set = new WordSet(new Uint8Array(bytes), probes)
    for (const w of words) set.add(w)
    return set
  }

  /**
   * Adds a word.
   *
   * @param word - the word
   */
  add(word: string): void {
    const a = hashFeature(SEED_A, word)
    const b = hashFeature(SEED_B, word) | 1
    for (let i = 0; i < this.probes; i++) {
      const bit = (a + Math.imul(i, b)) & this.#mask
      this.bits[bit >>> 3] = (this.bits[bit >>> 3] as number) | (1 << (bit & 7))
    }
  }

  /**
   * Whether the word is (probably) in the set.
   *
   * @param word - the word
   * @returns false when surely absent, true when present or a false positive
   */
  has(word: string): boolean {
    const a = hashFeature(SEED_A, word)
    const b = hashFeature(SEED_B, word) | 1
    for (let i = 0; i < this.probes; i++) {
      const bit = (a + Math.imul(i, b)) & this.#mask
      if (((this.bits[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false
    }
    return true
  }
}
