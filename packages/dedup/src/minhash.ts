import { DedupOptionsError } from './errors'
import { fmix32, mulberry32 } from './hash'
import { COMBINING_MARK } from './patterns'
import { type ShingleOptions, shingleHashes, shingleSet, U32Buffer } from './shingle'

/**
 * A normalizing function applied to every text before hashing, e.g.
 * `(t) => normalize(t, 'search')` from `@nuqta/normalize` for Arabic-aware matching.
 * @example
 * ```ts
 * const lower: NormalizeFn = (text) => text.toLowerCase()
 * ```
 */
export type NormalizeFn = (text: string) => string

/**
 * The normalizer used when none is given: Unicode NFKC, then lower case. It folds presentation
 * forms and full-width letters but knows nothing about Arabic spelling variants (use
 * `@nuqta/normalize` for those). Linear on any input: a run of more than 30 combining marks (the
 * UAX #15 Stream-Safe limit, far beyond real text) is normalized 30 marks at a time, since NFKC
 * sorts a run's marks in time quadratic in its length; ordinary text is unaffected.
 * @param text - any text
 * @returns the normalized text
 * @example
 * ```ts
 * defaultNormalize('ＡＢＣ Déjà') // 'abc déjà'
 * ```
 */
export function defaultNormalize(text: string): string {
  return boundedNfkc(text).toLowerCase()
}

/** Marks per NFKC piece inside a long run of combining marks. */
const MAX_MARKS = 30

let marksBmp: Uint8Array | undefined

/** 1 for each BMP code unit that is a combining mark, built once. */
function markTable(): Uint8Array {
  if (marksBmp !== undefined) return marksBmp
  const t = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) if (COMBINING_MARK.test(String.fromCharCode(c))) t[c] = 1
  marksBmp = t
  return t
}

/** Whether more than {@link MAX_MARKS} BMP combining marks stand in a row. */
function hasLongRun(text: string): boolean {
  const t = markTable()
  let run = 0
  for (let i = 0; i < text.length; i++) {
    if (t[text.charCodeAt(i)] === 1) {
      if (++run > MAX_MARKS) return true
    } else run = 0
  }
  return false
}

/**
 * NFKC with every run of combining marks cut after each 30 marks: the pieces are normalized
 * separately (so marks are never reordered across a cut) and joined.
 */
function boundedNfkc(text: string): string {
  if (!hasLongRun(text)) return text.normalize('NFKC')
  // a plain scan, not a regex over the run: a regex over a multi-megabyte run overflows the stack
  const cuts: number[] = []
  let marks = 0
  for (let p = 0; p < text.length; ) {
    const cp = text.codePointAt(p) as number
    const isMark =
      cp > 0xffff ? COMBINING_MARK.test(String.fromCodePoint(cp)) : markTable()[cp] === 1
    p += cp > 0xffff ? 2 : 1
    if (!isMark) marks = 0
    else if (++marks % MAX_MARKS === 0) cuts.push(p)
  }
  const parts: string[] = []
  let from = 0
  for (const c of cuts) {
    parts.push(text.slice(from, c).normalize('NFKC'))
    from = c
  }
  parts.push(text.slice(from).normalize('NFKC'))
  return parts.join('')
}

/**
 * Options of a {@link MinHasher}. Two hashers give comparable signatures only when all of these
 * are equal.
 * @example
 * ```ts
 * const opts: MinHashOptions = { numPerm: 128, seed: 1, shingle: { unit: 'word', size: 5 } }
 * ```
 */
export interface MinHashOptions {
  /**
   * Number of hash permutations = signature length (default 128). The standard error of the
   * estimated Jaccard J is √(J(1−J)/numPerm).
   * @example
   * ```ts
   * const numPerm: MinHashOptions['numPerm'] = 256
   * ```
   */
  numPerm?: number
  /**
   * Seed of the permutations (default 1). Same seed, same signatures, in Node and browsers.
   * @example
   * ```ts
   * const seed: MinHashOptions['seed'] = 42
   * ```
   */
  seed?: number
  /**
   * Shingling (default word 5-grams).
   * @example
   * ```ts
   * const shingle: MinHashOptions['shingle'] = { unit: 'char', size: 7 }
   * ```
   */
  shingle?: ShingleOptions
  /**
   * NormalizeFn applied before shingling and content hashing (default {@link defaultNormalize}).
   * @example
   * ```ts
   * const normalize: MinHashOptions['normalize'] = (t) => t.toLowerCase()
   * ```
   */
  normalize?: NormalizeFn
}

/**
 * What the index keeps of one document: its MinHash signature and a hash of its whole
 * normalized content. Plain data (typed array, string, numbers): it crosses workers unchanged.
 * @example
 * ```ts
 * const sketch: DocumentSketch = new MinHasher().sketch('some text')
 * sketch.signature.length // 128
 * ```
 */
export interface DocumentSketch {
  /**
   * The MinHash signature: for each permutation, the minimum permuted 32-bit shingle hash.
   * All `0x7fffffff` for a document with no tokens.
   * @example
   * ```ts
   * const sig: DocumentSketch['signature'] = new Uint32Array(128)
   * ```
   */
  signature: Uint32Array
  /**
   * 64-bit content hash (16 hex digits) of the normalized text with whitespace runs collapsed
   * and trimmed: equal hashes mean exact duplicates.
   * @example
   * ```ts
   * const hash: DocumentSketch['contentHash'] = '0f3a9c0d11e2b7a4'
   * ```
   */
  contentHash: string
  /**
   * Length of the original text in UTF-16 code units (used by the `'longest'` representative rule).
   * @example
   * ```ts
   * const length: DocumentSketch['length'] = 3120
   * ```
   */
  length: number
  /**
   * Number of shingles the document produced (0 for an empty document).
   * @example
   * ```ts
   * const shingles: DocumentSketch['shingles'] = 512
   * ```
   */
  shingles: number
}

function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/**
 * 64-bit content hash (16 hex digits) of a text with whitespace runs (including zero-width and
 * direction marks) collapsed to one space and trimmed. No normalization is applied here.
 * @param text - already normalized text
 * @returns 16 lowercase hex digits
 * @example
 * ```ts
 * contentHash('a  b\n') === contentHash('a b') // true
 * ```
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x9747b28c
  let pending = false
  let started = false
  const step = (c: number) => {
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
    h2 ^= h2 >>> 13
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      pending = started
      continue
    }
    if (pending) step(0x20)
    pending = false
    started = true
    step(c)
  }
  const a = fmix32(h1 ^ Math.imul(h2, 0x27d4eb2d))
  const b = fmix32(h2 ^ a)
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

/** Validates a shingle option object. */
export function checkShingle(s: ShingleOptions): ShingleOptions {
  if (s.unit !== 'word' && s.unit !== 'char') {
    throw new DedupOptionsError({
      option: 'shingle.unit',
      message: `must be 'word' or 'char', got ${String(s.unit)}`,
    })
  }
  if (!Number.isInteger(s.size) || s.size < 1 || s.size > 64) {
    throw new DedupOptionsError({
      option: 'shingle.size',
      message: `must be an integer in [1, 64], got ${s.size}`,
    })
  }
  if (s.tokens !== undefined && s.tokens !== 'words' && s.tokens !== 'whitespace') {
    throw new DedupOptionsError({
      option: 'shingle.tokens',
      message: `must be 'words' or 'whitespace', got ${String(s.tokens)}`,
    })
  }
  return s.tokens === 'whitespace'
    ? { unit: s.unit, size: s.size, tokens: 'whitespace' }
    : { unit: s.unit, size: s.size }
}

/**
 * Computes MinHash signatures. Shingles are hashed to 32 bits (FNV-1a over UTF-16 code units,
 * then murmur3's finaliser, so the values are uniformly spread); permutation i maps a shingle
 * hash x to `imul(x, aᵢ) ^ bᵢ` with seeded random constants (aᵢ odd), a bijection of 32-bit
 * integers, and keeps the minimum in signed 32-bit order (stored as the same bits in a
 * `Uint32Array`). Tests check that estimates are unbiased with binomial variance.
 * @example
 * ```ts
 * const hasher = new MinHasher({ numPerm: 128, seed: 1 })
 * const a = hasher.signature('the quick brown fox jumps over the lazy dog')
 * const b = hasher.signature('the quick brown fox jumps over the lazy cat')
 * estimateJaccard(a, b) // ≈ 0.67 (exact Jaccard of the word 5-gram sets: 4/6)
 * ```
 */
export class MinHasher {
  /**
   * Signature length.
   * @example
   * ```ts
   * new MinHasher().numPerm // 128
   * ```
   */
  readonly numPerm: number
  /**
   * Permutation seed.
   * @example
   * ```ts
   * new MinHasher({ seed: 7 }).seed // 7
   * ```
   */
  readonly seed: number
  /**
   * Shingling in use.
   * @example
   * ```ts
   * new MinHasher().shingle // { unit: 'word', size: 5 }
   * ```
   */
  readonly shingle: ShingleOptions
  /**
   * NormalizeFn in use.
   * @example
   * ```ts
   * new MinHasher().normalize === defaultNormalize // true
   * ```
   */
  readonly normalize: NormalizeFn
  private readonly a: Int32Array
  private readonly b: Int32Array
  private readonly out = new U32Buffer(1024)
  private readonly scratch = new U32Buffer(1024)

  /**
   * Creates a hasher.
   * @param options - see {@link MinHashOptions}
   * @throws {@link DedupOptionsError} for a bad `numPerm`, `seed` or `shingle`
   * @example
   * ```ts
   * const hasher = new MinHasher({ shingle: { unit: 'char', size: 5 } })
   * ```
   */
  constructor(options: MinHashOptions = {}) {
    const numPerm = options.numPerm ?? 128
    if (!Number.isInteger(numPerm) || numPerm < 1 || numPerm > 65535) {
      throw new DedupOptionsError({
        option: 'numPerm',
        message: `must be an integer in [1, 65535], got ${numPerm}`,
      })
    }
    const seed = options.seed ?? 1
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new DedupOptionsError({
        option: 'seed',
        message: `must be an integer in [0, 2^32), got ${seed}`,
      })
    }
    this.numPerm = numPerm
    this.seed = seed
    this.shingle = checkShingle(options.shingle ?? { unit: 'word', size: 5 })
    this.normalize = options.normalize ?? defaultNormalize
    const rnd = mulberry32(seed ^ 0x6a09e667)
    this.a = new Int32Array(numPerm)
    this.b = new Int32Array(numPerm)
    for (let i = 0; i < numPerm; i++) {
      this.a[i] = rnd() | 1
      this.b[i] = rnd() | 0
    }
  }

  /**
   * The MinHash signature of a text (normalized first).
   * @param text - the document
   * @returns a new `Uint32Array` of length `numPerm`
   * @example
   * ```ts
   * new MinHasher({ numPerm: 64 }).signature('a b c d e f').length // 64
   * ```
   */
  signature(text: string): Uint32Array {
    const sig = new Uint32Array(this.numPerm)
    this.signatureInto(this.normalize(text), sig, 0)
    return sig
  }

  /**
   * Normalizes, hashes and sketches one document.
   * @param text - the document
   * @returns its {@link DocumentSketch}
   * @example
   * ```ts
   * const s = new MinHasher().sketch('نص قصير')
   * s.shingles // 1 (fewer words than the shingle size: one shingle of all words)
   * ```
   */
  sketch(text: string): DocumentSketch {
    const normalized = this.normalize(text)
    const signature = new Uint32Array(this.numPerm)
    const shingles = this.signatureInto(normalized, signature, 0)
    return { signature, contentHash: contentHash(normalized), length: text.length, shingles }
  }

  /**
   * The sorted set of 32-bit shingle hashes of a text (normalized first), for exact Jaccard
   * with {@link exactJaccard}.
   * @param text - the document
   * @returns sorted unique shingle hashes
   * @example
   * ```ts
   * new MinHasher({ shingle: { unit: 'word', size: 2 } }).shingleSet('a b a b').length // 2
   * ```
   */
  shingleSet(text: string): Uint32Array {
    return shingleSet(this.normalize(text), this.shingle)
  }

  /**
   * The sorted shingle-hash set of an already normalized text.
   * @internal
   */
  shingleSetNormalized(normalized: string): Uint32Array {
    return shingleSet(normalized, this.shingle)
  }

  /**
   * Writes the signature of an already normalized text into `sig` at `offset` and returns the
   * number of shingles.
   * @internal
   */
  signatureInto(normalized: string, sig: Uint32Array, offset: number): number {
    const n = shingleHashes(normalized, this.shingle, this.out, this.scratch)
    const k = this.numPerm
    if (n === 0) {
      sig.fill(0x7fffffff, offset, offset + k)
      return 0
    }
    const x = new Int32Array(this.out.data.buffer, 0, n)
    const A = this.a
    const B = this.b
    let i = 0
    // eight permutations per pass over the shingles (one load of each shingle per pass)
    for (; i + 8 <= k; i += 8) {
      const a0 = A[i] as number
      const a1 = A[i + 1] as number
      const a2 = A[i + 2] as number
      const a3 = A[i + 3] as number
      const a4 = A[i + 4] as number
      const a5 = A[i + 5] as number
      const a6 = A[i + 6] as number
      const a7 = A[i + 7] as number
      const b0 = B[i] as number
      const b1 = B[i + 1] as number
      const b2 = B[i + 2] as number
      const b3 = B[i + 3] as number
      const b4 = B[i + 4] as number
      const b5 = B[i + 5] as number
      const b6 = B[i + 6] as number
      const b7 = B[i + 7] as number
      let m0 = 0x7fffffff
      let m1 = m0
      let m2 = m0
      let m3 = m0
      let m4 = m0
      let m5 = m0
      let m6 = m0
      let m7 = m0
      for (let s = 0; s < n; s++) {
        const v = x[s] as number
        m0 = Math.min(m0, Math.imul(v, a0) ^ b0)
        m1 = Math.min(m1, Math.imul(v, a1) ^ b1)
        m2 = Math.min(m2, Math.imul(v, a2) ^ b2)
        m3 = Math.min(m3, Math.imul(v, a3) ^ b3)
        m4 = Math.min(m4, Math.imul(v, a4) ^ b4)
        m5 = Math.min(m5, Math.imul(v, a5) ^ b5)
        m6 = Math.min(m6, Math.imul(v, a6) ^ b6)
        m7 = Math.min(m7, Math.imul(v, a7) ^ b7)
      }
      sig[offset + i] = m0
      sig[offset + i + 1] = m1
      sig[offset + i + 2] = m2
      sig[offset + i + 3] = m3
      sig[offset + i + 4] = m4
      sig[offset + i + 5] = m5
      sig[offset + i + 6] = m6
      sig[offset + i + 7] = m7
    }
    for (; i < k; i++) {
      const a0 = A[i] as number
      const b0 = B[i] as number
      let m0 = 0x7fffffff
      for (let s = 0; s < n; s++) m0 = Math.min(m0, Math.imul(x[s] as number, a0) ^ b0)
      sig[offset + i] = m0
    }
    return n
  }
}

/**
 * Estimated Jaccard similarity: the fraction of positions where two signatures agree.
 * @param a - a signature
 * @param b - a signature of the same length from the same hasher settings
 * @returns a number in [0, 1]
 * @throws {@link DedupOptionsError} when the lengths differ
 * @example
 * ```ts
 * const h = new MinHasher()
 * estimateJaccard(h.signature('x y z'), h.signature('x y z')) // 1
 * ```
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new DedupOptionsError({
      option: 'signature',
      message: `lengths differ: ${a.length} and ${b.length}`,
    })
  }
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length === 0 ? 0 : same / a.length
}

/**
 * Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted sets of unique integers
 * (e.g. from {@link MinHasher.shingleSet}). Two empty sets give 0.
 * @param a - sorted unique values
 * @param b - sorted unique values
 * @returns a number in [0, 1]
 * @example
 * ```ts
 * exactJaccard(new Uint32Array([1, 2, 3]), new Uint32Array([2, 3, 4])) // 0.5
 * ```
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let inter = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      inter++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const union = a.length + b.length - inter
  return union === 0 ? 0 : inter / union
}
