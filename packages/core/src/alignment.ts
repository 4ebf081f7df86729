/**
 * `Alignment`: maps spans between a text and the text a step made from it, both ways, and
 * composes across steps.
 * @module
 */

import { checkChangeOrder, type TextChange } from './change'
import { NuqtaArgumentError } from './errors'

/**
 * Maps spans between an original text and its transformed form, both ways.
 *
 * Every output code unit belongs to a group of the input: the groups tile the input from 0 to
 * `originalLength` in order (a deleted character joins the group before it, or the first group when
 * nothing precedes it; an expansion such as ﷲ → الله is one group of four output units; an inserted
 * character joins the group of the character before it). So mappings are monotone and cover both
 * texts.
 *
 * @example
 * ```ts
 * // 'ﷲ أكبر' → 'الله أكبر': one change, ﷲ expanded to four letters
 * const a = Alignment.fromChanges(6, [
 *   { start: 0, end: 1, outputStart: 0, outputEnd: 4, before: 'ﷲ', after: 'الله',
 *     ruleId: 'normalize/presentation-forms', source: '@nuqta/normalize', reason: 'ligature', kind: 'fold' },
 * ])
 * a.toOriginal(0, 4) // [0, 1]  (الله came from ﷲ)
 * a.toNormalized(2, 6) // [5, 9]
 * ```
 */
export class Alignment {
  /**
   * Length of the original text (UTF-16 code units).
   *
   * @example
   * ```ts
   * Alignment.identity(3).originalLength // 3
   * ```
   */
  readonly originalLength: number
  /**
   * Length of the transformed ("normalized") text (UTF-16 code units).
   *
   * @example
   * ```ts
   * new Alignment(1, Int32Array.of(0, 0, 0, 0)).normalizedLength // 4
   * ```
   */
  readonly normalizedLength: number
  readonly #starts: Int32Array
  /** Group ends, when given; otherwise a group ends where the next one starts (deletions absorbed). */
  readonly #ends: Int32Array | null

  /**
   * Builds an alignment from the span, in the original, of the group of each output code unit.
   *
   * With `starts` only, a group ends where the next one starts, so text deleted between two groups
   * belongs to the group before it (a deleted diacritic stays with its letter), and text before the
   * first group belongs to no group. With `ends` too, each output unit's origin is exactly
   * `[starts[j], ends[j])`: text between groups is a gap that belongs to no output (a removed line),
   * and an empty origin (`starts[j] === ends[j]`) marks inserted text.
   *
   * `starts` and `ends` must be non-decreasing, with `0 ≤ starts[j] ≤ ends[j] ≤ originalLength`.
   *
   * @param originalLength - length of the original text
   * @param starts - for each output code unit, the start of its group in the original
   * @param ends - for each output code unit, the end (exclusive) of its group in the original
   * @throws `NuqtaArgumentError` when the groups are not in order or out of range
   *
   * @example
   * ```ts
   * // 'aXb' → 'ab' (X deleted, absorbed by 'a')
   * new Alignment(3, Int32Array.of(0, 2)).toOriginal(0, 1) // [0, 2]
   * // the same with X a gap of its own
   * new Alignment(3, Int32Array.of(0, 2), Int32Array.of(1, 3)).toOriginal(0, 1) // [0, 1]
   * ```
   */
  constructor(originalLength: number, starts: Int32Array, ends?: Int32Array) {
    checkGroups(originalLength, starts, ends)
    this.originalLength = originalLength
    this.normalizedLength = starts.length
    this.#starts = starts
    this.#ends = ends ?? null
  }

  /**
   * Builds an alignment without checking the groups (O(1) instead of O(n)). For producers that
   * guarantee them, such as a normalizer's inner loop; wrong groups give wrong mappings, never an
   * error.
   *
   * @param originalLength - length of the original text
   * @param starts - for each output code unit, the start of its group in the original
   * @param ends - for each output code unit, the end of its group (see the constructor)
   * @returns the alignment
   *
   * @example
   * ```ts
   * Alignment.unchecked(3, Int32Array.of(0, 2)).toOriginal(0, 1) // [0, 2]
   * ```
   */
  static unchecked(originalLength: number, starts: Int32Array, ends?: Int32Array): Alignment {
    uncheckedDepth++
    try {
      return new Alignment(originalLength, starts, ends)
    } finally {
      uncheckedDepth--
    }
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
    return Alignment.unchecked(length, s)
  }

  /**
   * Builds the alignment of an edit script: `changes` (sorted, non-overlapping, `start`/`end` in
   * the input) applied to an input of `inputLength` code units. A change that keeps its length maps
   * code unit to code unit; any other change is one group; removed text is a gap that belongs to no
   * output, and inserted text has an empty origin at its position. So a word next to a removed line
   * maps back to the word alone.
   *
   * @param inputLength - length of the text the changes were made to
   * @param changes - the edit script
   * @returns the alignment from the input to the output
   * @throws `NuqtaArgumentError` when the changes overlap, are out of order or out of range
   *
   * @example
   * ```ts
   * // 'a--b' → 'ab' (the dashes removed)
   * const a = Alignment.fromChanges(4, [
   *   { start: 1, end: 3, outputStart: 1, outputEnd: 1, before: '--', after: '',
   *     ruleId: 'corpus/control', source: '@nuqta/corpus', reason: 'removed', kind: 'removal' },
   * ])
   * a.toOriginal(0, 1) // [0, 1]
   * a.toOriginal(1, 2) // [3, 4]
   * a.toNormalized(0, 4) // [0, 2]
   * ```
   */
  static fromChanges(inputLength: number, changes: readonly TextChange[]): Alignment {
    checkChangeOrder(inputLength, changes)
    let outLength = inputLength
    for (const c of changes) outLength += c.after.length - (c.end - c.start)
    const s = new Int32Array(outLength)
    const e = new Int32Array(outLength)
    let i = 0
    let j = 0
    for (const c of changes) {
      while (i < c.start) {
        s[j] = i
        e[j++] = ++i
      }
      const m = c.end - c.start
      const k = c.after.length
      for (let t = 0; t < k; t++) {
        if (m === k) {
          s[j] = c.start + t
          e[j++] = c.start + t + 1
        } else {
          s[j] = c.start
          e[j++] = c.end
        }
      }
      i = c.end
    }
    while (i < inputLength) {
      s[j] = i
      e[j++] = ++i
    }
    return Alignment.unchecked(inputLength, s, e)
  }

  /** End (exclusive) in the original of the group holding output unit j. */
  #groupEnd(j: number): number {
    if (this.#ends) return this.#ends[j] as number
    const s = this.#starts
    const v = s[j] as number
    const n = s.length
    let k = j + 1
    while (k < n && s[k] === v) k++
    return k < n ? (s[k] as number) : this.originalLength
  }

  /** Every group end (derived from the starts when none were given). */
  #allEnds(): Int32Array {
    if (this.#ends) return this.#ends
    const s = this.#starts
    const n = s.length
    const e = new Int32Array(n)
    let next = this.originalLength
    for (let j = n - 1; j >= 0; j--) {
      const v = s[j] as number
      if (j + 1 < n && s[j + 1] !== v) next = s[j + 1] as number
      e[j] = next
    }
    return e
  }

  /**
   * Maps a span of the transformed text to the span of the original it came from.
   *
   * @param start - start in the transformed text (clamped)
   * @param end - end (exclusive) in the transformed text (clamped)
   * @returns `[start, end]` in the original
   *
   * @example
   * ```ts
   * new Alignment(1, Int32Array.of(0, 0, 0, 0)).toOriginal(1, 2) // [0, 1]
   * ```
   */
  toOriginal(start: number, end: number): [number, number] {
    const n = this.normalizedLength
    const a = clamp(start, 0, n)
    const b = clamp(end, a, n)
    if (a === b) return this.#emptyToOriginal(a)
    return [this.#starts[a] as number, this.#groupEnd(b - 1)]
  }

  /**
   * Where an empty span at output position `a` sits in the original, so that mappings stay
   * monotone: the end of the group before it (the start of the first group at 0); inside a group
   * of several output units, that whole group (no single point is both after its start and
   * before its end).
   */
  #emptyToOriginal(a: number): [number, number] {
    const n = this.normalizedLength
    if (n === 0) return [this.originalLength, this.originalLength]
    const s = this.#starts
    if (a === 0) return [s[0] as number, s[0] as number]
    const end = this.#groupEnd(a - 1)
    if (a < n && s[a] === s[a - 1] && this.#groupEnd(a) === end) return [s[a] as number, end]
    return [end, end]
  }

  /**
   * Maps a span of the original text to the span of the transformed text made from it: every output
   * unit whose group meets the span (an inserted unit when it lies strictly inside). A span wholly
   * inside removed text maps to the empty span where it was.
   *
   * @param start - start in the original (clamped)
   * @param end - end (exclusive) in the original (clamped)
   * @returns `[start, end]` in the transformed text
   *
   * @example
   * ```ts
   * new Alignment(2, Int32Array.of(0, 0, 0, 1)).toNormalized(0, 1) // [0, 3]
   * ```
   */
  toNormalized(start: number, end: number): [number, number] {
    const n = this.normalizedLength
    if (n === 0) return [0, 0]
    const a = clamp(start, 0, this.originalLength)
    const b = clamp(end, a, this.originalLength)
    const s = this.#starts
    if (a === b) {
      const p = lowerBound(s, a)
      return [p, p]
    }
    if (this.#ends) {
      // units whose origin [s, e) meets [a, b): e > a (a suffix) and s < b (a prefix)
      const first = upperBound(this.#ends, a)
      const last = lowerBound(s, b)
      return first <= last ? [first, last] : [last, last]
    }
    const g = lowerBound(s, a + 1) - 1
    if (g < 0) {
      // the span starts before the first group: it meets output only from where that group starts
      const last = lowerBound(s, b)
      return [0, last]
    }
    const first = lowerBound(s, s[g] as number)
    return [first, lowerBound(s, b)]
  }

  /**
   * Chains two alignments: `this` maps A → B and `next` maps B → C; the result maps A → C.
   *
   * @param next - an alignment whose original is this alignment's transformed text
   * @returns the alignment from this original to `next`'s transformed text
   * @throws `NuqtaArgumentError` when `next.originalLength` differs from `this.normalizedLength`
   *
   * @example
   * ```ts
   * const ab = new Alignment(3, Int32Array.of(0, 2)) // 'aXb' → 'ab'
   * const bc = new Alignment(2, Int32Array.of(0, 0, 1)) // 'ab' → 'aab'
   * ab.compose(bc).toOriginal(0, 2) // [0, 2]
   * ```
   */
  compose(next: Alignment): Alignment {
    if (next.originalLength !== this.normalizedLength) {
      throw new NuqtaArgumentError({
        argument: 'next',
        message: `next.originalLength ${next.originalLength} ≠ normalizedLength ${this.normalizedLength}`,
      })
    }
    const s1 = this.#starts
    const s2 = next.#starts
    const nb = s1.length
    const out = new Int32Array(s2.length)
    if (!this.#ends && !next.#ends) {
      if (nb > 0) for (let k = 0; k < s2.length; k++) out[k] = s1[s2[k] as number] as number
      return Alignment.unchecked(this.originalLength, out)
    }
    const e1 = this.#allEnds()
    const e2 = next.#allEnds()
    const outEnds = new Int32Array(s2.length)
    for (let k = 0; k < s2.length; k++) {
      const from = s2[k] as number
      const to = e2[k] as number
      if (from < to) {
        out[k] = s1[from] as number
        outEnds[k] = e1[to - 1] as number
      } else {
        // inserted by the second step: an empty origin where B's position `from` sits in A
        const p = from < nb ? (s1[from] as number) : this.originalLength
        out[k] = p
        outEnds[k] = p
      }
    }
    return Alignment.unchecked(this.originalLength, out, outEnds)
  }

  /**
   * The start in the original of the group of each transformed code unit (a copy).
   *
   * @returns one entry per transformed code unit
   *
   * @example
   * ```ts
   * new Alignment(1, Int32Array.of(0, 0, 0, 0)).groupStarts() // Int32Array [0, 0, 0, 0]
   * ```
   */
  groupStarts(): Int32Array {
    return this.#starts.slice()
  }

  /**
   * The end (exclusive) in the original of the group of each transformed code unit (a copy;
   * derived from the starts when the alignment was built from starts alone).
   *
   * @returns one entry per transformed code unit
   *
   * @example
   * ```ts
   * new Alignment(3, Int32Array.of(0, 2)).groupEnds() // Int32Array [2, 3]
   * ```
   */
  groupEnds(): Int32Array {
    return this.#allEnds().slice()
  }
}

let uncheckedDepth = 0

function checkGroups(
  originalLength: number,
  starts: Int32Array,
  ends: Int32Array | undefined,
): void {
  if (!Number.isInteger(originalLength) || originalLength < 0) {
    throw new NuqtaArgumentError({
      argument: 'originalLength',
      message: `expected a non-negative integer, got ${originalLength}`,
    })
  }
  const n = starts.length
  if (ends && ends.length !== n) {
    throw new NuqtaArgumentError({
      argument: 'ends',
      message: 'must have one entry per output unit',
    })
  }
  if (n === 0 || uncheckedDepth > 0) return
  let prevS = 0
  let prevE = 0
  for (let j = 0; j < n; j++) {
    const s = starts[j] as number
    if (s < prevS)
      throw new NuqtaArgumentError({ argument: 'starts', message: `starts decrease at ${j}` })
    prevS = s
    if (ends) {
      const e = ends[j] as number
      if (e < prevE || e < s) {
        throw new NuqtaArgumentError({
          argument: 'ends',
          message: `ends decrease or precede starts at ${j}`,
        })
      }
      prevE = e
    }
  }
  const last = ends ? prevE : prevS
  if (last > originalLength || (!ends && prevS >= originalLength && originalLength > 0)) {
    throw new NuqtaArgumentError({
      argument: 'starts',
      message: 'a group lies past the original length',
    })
  }
  if ((starts[0] as number) < 0) {
    throw new NuqtaArgumentError({ argument: 'starts', message: 'a group starts before 0' })
  }
}

/** First index whose value is >= x in a non-decreasing array. */
function lowerBound(arr: Int32Array, x: number): number {
  let lo = 0
  let hi = arr.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((arr[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is > x in a non-decreasing array. */
function upperBound(arr: Int32Array, x: number): number {
  return lowerBound(arr, x + 1)
}

function clamp(x: number, lo: number, hi: number): number {
  const v = Math.trunc(Number(x))
  if (!(v >= lo)) return lo
  return Math.min(v, hi)
}
