/**
 * Maps spans between an original text and its normalized form, both ways.
 *
 * Every output code unit belongs to a group of the input: the groups tile the input from 0 to
 * `originalLength` in order (a deleted character joins the group before it, or the first group when
 * nothing precedes it; an expansion such as ﷲ → الله is one group of four output units; an inserted
 * space joins the group of the character before it). So mappings are monotone and cover both texts.
 *
 * @example
 * ```ts
 * const { alignment } = normalizeDetailed('ﷲ أكبر', 'search')
 * alignment.toOriginal(0, 4) // [0, 1]  (الله came from ﷲ)
 * alignment.toNormalized(2, 6) // [5, 9]
 * ```
 */
export class Alignment {
  /**
   * Length of the original text (UTF-16 code units).
   *
   * @example
   * ```ts
   * normalizeDetailed('أَ').alignment.originalLength // 2
   * ```
   */
  readonly originalLength: number
  /**
   * Length of the normalized text (UTF-16 code units).
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').alignment.normalizedLength // 4
   * ```
   */
  readonly normalizedLength: number
  readonly #starts: Int32Array

  /**
   * Builds an alignment from the start, in the original, of the group of each output code unit.
   * `starts` must be non-decreasing, start at 0 when not empty, and stay below `originalLength`.
   *
   * @param originalLength - length of the original text
   * @param starts - for each normalized code unit, the start of its group in the original
   * @throws RangeError when `starts` is not a valid tiling
   *
   * @example
   * ```ts
   * // 'aXb' → 'ab' (X deleted, absorbed by 'a')
   * const a = new Alignment(3, Int32Array.of(0, 2))
   * a.toOriginal(0, 1) // [0, 2]
   * ```
   */
  constructor(originalLength: number, starts: Int32Array) {
    const n = starts.length
    if (n > 0 && !trusted) {
      if (starts[0] !== 0) throw new RangeError('Alignment: the first group must start at 0')
      let prev = 0
      for (let j = 1; j < n; j++) {
        const s = starts[j] as number
        if (s < prev) throw new RangeError(`Alignment: starts decrease at ${j}`)
        prev = s
      }
      if (prev >= originalLength) {
        throw new RangeError('Alignment: a group starts at or after the original length')
      }
    }
    this.originalLength = originalLength
    this.normalizedLength = n
    this.#starts = starts
  }

  /**
   * The identity alignment of a text of `length` code units.
   *
   * @param length - length of the text
   * @returns an alignment mapping every span to itself
   *
   * @example
   * ```ts
   * Alignment.identity(3).toOriginal(1, 2) // [1, 2]
   * ```
   */
  static identity(length: number): Alignment {
    const s = new Int32Array(length)
    for (let j = 0; j < length; j++) s[j] = j
    return new Alignment(length, s)
  }

  /** End (exclusive) in the original of the group holding output unit j. */
  #groupEnd(j: number): number {
    const s = this.#starts
    const v = s[j] as number
    const n = s.length
    let k = j + 1
    while (k < n && s[k] === v) k++
    return k < n ? (s[k] as number) : this.originalLength
  }

  /** First output index whose group start is >= x. */
  #lowerBound(x: number): number {
    const s = this.#starts
    let lo = 0
    let hi = s.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((s[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Maps a span of the normalized text to the span of the original it came from.
   *
   * @param start - start in the normalized text (clamped)
   * @param end - end (exclusive) in the normalized text (clamped)
   * @returns `[start, end]` in the original
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').alignment.toOriginal(1, 2) // [0, 1]
   * ```
   */
  toOriginal(start: number, end: number): [number, number] {
    const n = this.normalizedLength
    if (n === 0) return [0, this.originalLength]
    const a = clamp(start, 0, n)
    const b = clamp(end, a, n)
    if (a === b) {
      const p = a < n ? (this.#starts[a] as number) : this.originalLength
      return [p, p]
    }
    return [this.#starts[a] as number, this.#groupEnd(b - 1)]
  }

  /**
   * Maps a span of the original text to the span of the normalized text made from it.
   *
   * @param start - start in the original (clamped)
   * @param end - end (exclusive) in the original (clamped)
   * @returns `[start, end]` in the normalized text
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ أكبر', 'search').alignment.toNormalized(0, 1) // [0, 4]
   * ```
   */
  toNormalized(start: number, end: number): [number, number] {
    const n = this.normalizedLength
    if (n === 0) return [0, 0]
    const a = clamp(start, 0, this.originalLength)
    const b = clamp(end, a, this.originalLength)
    if (a === b) {
      const p = this.#lowerBound(a)
      return [p, p]
    }
    const g = this.#lowerBound(a + 1) - 1
    const first = this.#lowerBound(this.#starts[g] as number)
    return [first, this.#lowerBound(b)]
  }

  /**
   * Chains two alignments: `this` maps A → B and `next` maps B → C; the result maps A → C.
   *
   * @param next - an alignment whose original is this alignment's normalized text
   * @returns the alignment from this original to `next`'s normalized text
   * @throws RangeError when `next.originalLength` differs from `this.normalizedLength`
   *
   * @example
   * ```ts
   * const ab = normalizeDetailed(a, 'display')
   * const bc = normalizeDetailed(ab.text, 'search')
   * const ac = ab.alignment.compose(bc.alignment)
   * ```
   */
  compose(next: Alignment): Alignment {
    if (next.originalLength !== this.normalizedLength) {
      throw new RangeError(
        `Alignment.compose: next.originalLength ${next.originalLength} ≠ normalizedLength ${this.normalizedLength}`,
      )
    }
    const s1 = this.#starts
    const s2 = next.#starts
    const out = new Int32Array(s2.length)
    if (s1.length > 0) for (let k = 0; k < s2.length; k++) out[k] = s1[s2[k] as number] as number
    return new Alignment(this.originalLength, out)
  }

  /**
   * The start in the original of the group of each normalized code unit (a copy).
   *
   * @returns one entry per normalized code unit
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').alignment.groupStarts() // Int32Array [0, 0, 0, 0]
   * ```
   */
  groupStarts(): Int32Array {
    return this.#starts.slice()
  }
}

let trusted = false

/** Builds an alignment from starts the engine produced (already valid): skips the O(n) check. */
export function trustedAlignment(originalLength: number, starts: Int32Array): Alignment {
  trusted = true
  try {
    return new Alignment(originalLength, starts)
  } finally {
    trusted = false
  }
}

function clamp(x: number, lo: number, hi: number): number {
  const v = Math.trunc(Number(x))
  if (!(v >= lo)) return lo
  return Math.min(v, hi)
}
