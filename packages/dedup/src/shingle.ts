import { combine32, FNV_OFFSET, FNV_PRIME, fmix32 } from './hash'

/**
 * How a document is cut into shingles: word n-grams (`unit: 'word'`) or character n-grams
 * (`unit: 'char'`), both over the normalized text, with tokens split at whitespace and
 * punctuation (`tokens: 'words'`, the default) or at whitespace only (`tokens: 'whitespace'`,
 * the plain `text.split()` shingling of datasketch and most papers).
 * @example
 * ```ts
 * const words: ShingleOptions = { unit: 'word', size: 5 }
 * const chars: ShingleOptions = { unit: 'char', size: 7 }
 * const datasketch: ShingleOptions = { unit: 'word', size: 5, tokens: 'whitespace' }
 * ```
 */
export interface ShingleOptions {
  /**
   * `'word'`: n consecutive tokens (a token is a run of characters that are not whitespace or
   * punctuation). `'char'`: n consecutive UTF-16 code units of the text with every run of
   * whitespace and punctuation collapsed to one space.
   * @example
   * ```ts
   * const unit: ShingleOptions['unit'] = 'word'
   * ```
   */
  unit: 'word' | 'char'
  /**
   * n, the number of words or characters per shingle (≥ 1).
   * @example
   * ```ts
   * const size: ShingleOptions['size'] = 5
   * ```
   */
  size: number
  /**
   * Where tokens end. `'words'` (default): at whitespace and punctuation, which is dropped.
   * `'whitespace'`: at whitespace only (the characters Python's `str.split()` splits on), so
   * punctuation stays part of its token (`'fox.'` ≠ `'fox'`), as in datasketch. For character
   * shingles, the runs collapsed to one space are then whitespace runs only.
   * @example
   * ```ts
   * const tokens: ShingleOptions['tokens'] = 'whitespace'
   * ```
   */
  tokens?: 'words' | 'whitespace'
}

/** Separator test on one UTF-16 code unit: whitespace, ASCII/Latin-1/Arabic/general punctuation. */
function isSeparator(c: number): boolean {
  if (c < 0x80) {
    // letters and digits are the only ASCII token characters
    return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
  }
  if (c < 0x600) return c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba
  if (c < 0x700) {
    return (
      c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4
    )
  }
  if (c >= 0x2000 && c <= 0x206f) return true // general punctuation, spaces, bidi marks
  if (c >= 0x3000 && c <= 0x303f) return true
  if (c === 0xfeff || c === 0xfd3e || c === 0xfd3f) return true
  if (c >= 0xfe10 && c <= 0xfe6f) return true
  if (c >= 0xff01 && c <= 0xff0f) return true
  return false
}

/**
 * Whitespace test on one UTF-16 code unit: the characters Python's `str.split()` splits on
 * (ASCII tab, line feed, vertical tab, form feed, carriage return, U+001C–U+001F, space, U+0085,
 * U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
 */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)
  if (c < 0x85) return false
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

/** A reusable growable buffer of 32-bit values (avoids per-document allocation). */
export class U32Buffer {
  /** The storage; only the first `length` values are meaningful. */
  data: Uint32Array
  /** Number of values written. */
  length = 0
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity)
  }
  /** Appends one value. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

/**
 * Writes the 32-bit hash of every word token of `text` into `out` (cleared first) and returns
 * the number of tokens.
 * @internal
 */
export function tokenHashes(text: string, out: U32Buffer, whitespace = false): number {
  out.length = 0
  let h = FNV_OFFSET
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // a loop-invariant branch, so both tests stay direct (inlined) calls on the hot path
    if (whitespace ? isWhitespace(c) : isSeparator(c)) {
      if (inToken) {
        out.push(fmix32(h))
        inToken = false
      }
    } else {
      if (!inToken) {
        h = FNV_OFFSET
        inToken = true
      }
      h = Math.imul(h ^ c, FNV_PRIME)
    }
  }
  if (inToken) out.push(fmix32(h))
  return out.length
}

const SHINGLE_SEED = 0x5bd1e995

/**
 * Writes the 32-bit hash of every shingle of `text` into `out` (cleared first). Tiny documents
 * (fewer units than the shingle size but at least one) give exactly one shingle made of all their
 * units; a document with no units gives none.
 * @internal
 */
export function shingleHashes(
  text: string,
  options: ShingleOptions,
  out: U32Buffer,
  scratch: U32Buffer,
): number {
  const n = options.size
  out.length = 0
  if (options.unit === 'word') {
    const count = tokenHashes(text, scratch, options.tokens === 'whitespace')
    if (count === 0) return 0
    if (count < n) {
      out.push(combine32(scratch.data, 0, count, SHINGLE_SEED))
      return 1
    }
    const t = scratch.data
    for (let i = 0; i + n <= count; i++) out.push(combine32(t, i, i + n, SHINGLE_SEED))
    return out.length
  }
  // character shingles over the text with separator runs collapsed to one space
  scratch.length = 0
  let pendingSpace = false
  const whitespace = options.tokens === 'whitespace'
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (whitespace ? isWhitespace(c) : isSeparator(c)) {
      pendingSpace = scratch.length > 0
    } else {
      if (pendingSpace) scratch.push(0x20)
      pendingSpace = false
      scratch.push(c)
    }
  }
  const len = scratch.length
  if (len === 0) return 0
  const u = scratch.data
  if (len < n) {
    out.push(combine32(u, 0, len, SHINGLE_SEED))
    return 1
  }
  for (let i = 0; i + n <= len; i++) {
    let h = FNV_OFFSET ^ SHINGLE_SEED
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ (u[j] as number), FNV_PRIME)
    out.push(fmix32(h))
  }
  return out.length
}

/**
 * The sorted, de-duplicated set of 32-bit shingle hashes of a text, for exact Jaccard.
 * @internal
 */
export function shingleSet(text: string, options: ShingleOptions): Uint32Array {
  const out = new U32Buffer(256)
  const scratch = new U32Buffer(256)
  const count = shingleHashes(text, options, out, scratch)
  const sorted = out.data.slice(0, count).sort()
  let w = 0
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[w++] = sorted[i] as number
  }
  return sorted.slice(0, w)
}
