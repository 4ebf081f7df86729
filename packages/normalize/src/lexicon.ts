/**
 * The lexicon: its serialisable data format ({@link LexiconData}) and {@link createLexicon}, which
 * turns the data into the two lookups the word repairs ask (final ى → ي and run-on splitting).
 * @module
 */
import { LexiconDataError } from './errors'
import { contexts, foldKey, isContext, isMark, MAQSURA, readings, YA } from './lexicon-keys'
import {
  optionalNumber,
  parseCounts,
  parseFrontCoded,
  parseWordSet,
  requireNumber,
  requireString,
} from './lexicon-parse'
import type { Lexicon } from './types'

/**
 * The serialisable word data behind a {@link Lexicon}: plain JSON, built by
 * `scripts/build-lexicon.mjs` (see `data/README.md`). Every word is a lookup key: no tashkeel or
 * tatweel, and أ إ آ ٱ written as bare ا. Lists are newline-joined strings so the data parses fast.
 *
 * @example
 * ```ts
 * const data: LexiconData = {
 *   format: 'nuqta-lexicon',
 *   version: 1,
 *   finalYa: { threshold: 0.9, maqsura: 'على\nحتى', ya: '0الذ\n0ف', model: 'سك\t40\t0' },
 *   runOn: { tokens: 1000, words: 'الولايات\t81\nالمتحدة\t284' },
 * }
 * ```
 */
export interface LexiconData {
  /**
   * Always `'nuqta-lexicon'`.
   *
   * @example
   * ```ts
   * data.format // 'nuqta-lexicon'
   * ```
   */
  format: 'nuqta-lexicon'
  /**
   * Data format version; this release reads version 1.
   *
   * @example
   * ```ts
   * data.version // 1
   * ```
   */
  version: 1
  /**
   * Data for {@link Lexicon.fixFinalYa}.
   *
   * @example
   * ```ts
   * data.finalYa.maqsura.split('\n').includes('مستشفى') // true
   * ```
   */
  finalYa: {
    /**
     * Minimum share of ي among lexicon words with the same ending for the suffix model to
     * change an unknown ى word (0–1).
     *
     * @example
     * ```ts
     * data.finalYa.threshold // 0.97
     * ```
     */
    threshold: number
    /**
     * Clitic-free words ending in ى that are right as written, one per line.
     *
     * @example
     * ```ts
     * 'على\nإلى\nمستشفى'
     * ```
     */
    maqsura: string
    /**
     * Clitic-free words ending in ي (only those the suffix model would not restore), sorted and
     * front-coded: each line is a digit, how many leading letters the word shares with the word
     * before it (0–9), then the rest of the word without its final ي.
     *
     * @example
     * ```ts
     * '0الذ\n0ف' // الذي, في
     * ```
     */
    ya: string
    /**
     * Suffix model, one `context<TAB>yaCount<TAB>maqsuraCount` line per ending: the 1–3 letters
     * before the final letter, and how many lexicon words with that ending end in ي and in ى.
     *
     * @example
     * ```ts
     * 'سك\t40\t0\nوس\t120\t3'
     * ```
     */
    model: string
    /**
     * The suffix model only judges words whose clitic-free stem has at least this many letters
     * (default 4); shorter unknown words are kept.
     *
     * @example
     * ```ts
     * data.finalYa.minStem // 6
     * ```
     */
    minStem?: number
  }
  /**
   * Data for {@link Lexicon.splitRunOn}.
   *
   * @example
   * ```ts
   * data.runOn.words.startsWith('في\t') // true
   * ```
   */
  runOn: {
    /**
     * Size of the corpus the counts come from, in tokens.
     *
     * @example
     * ```ts
     * data.runOn.tokens // 125115
     * ```
     */
    tokens: number
    /**
     * Word counts, one `word<TAB>count` line per word. Run-on lookups treat final ى and ي as one
     * letter; a word the final-ya lists lack is fixed (or kept) when the corpus uses its ي (or ى)
     * spelling at least 3 times and more than 3× as often as the other.
     *
     * @example
     * ```ts
     * 'في\t3913\nالمتحدة\t284'
     * ```
     */
    words: string
    /**
     * Each part of a split must occur at least this many times (default 3).
     *
     * @example
     * ```ts
     * data.runOn.minCount // 3
     * ```
     */
    minCount?: number
    /**
     * Each part of a split must have at least this many letters (default 3).
     *
     * @example
     * ```ts
     * data.runOn.minPart // 3
     * ```
     */
    minPart?: number
    /**
     * The best split must beat the runner-up by this much in log-probability (default 2).
     *
     * @example
     * ```ts
     * data.runOn.margin // 2
     * ```
     */
    margin?: number
    /**
     * A split without a boundary cue (a ة or ى before the gap, or ال after it) needs both parts
     * at least this frequent and 4+ letters long (default 10).
     *
     * @example
     * ```ts
     * data.runOn.plainMinCount // 10
     * ```
     */
    plainMinCount?: number
  }
}

/**
 * Build a {@link Lexicon} from {@link LexiconData}. Parsing is done once here; every lookup
 * after that is a few `Set`/`Map` probes.
 *
 * `fixFinalYa` keeps a word whose ى spelling is known (also after stripping proclitics such as
 * و ف ب ك ل ال وال بال لل س), fixes it when its ي spelling is known or clearly preferred by the
 * corpus counts, and otherwise asks a suffix model (share of ي among lexicon words with the same
 * ending), fixing only words with a stem of `minStem`+ letters at `threshold` or above.
 * `splitRunOn` splits an unknown run of ≥ 7 letters once, where both parts are frequent words,
 * the best cut clearly beats the others, and a cue backs it (ة or ى before the gap, ال after it,
 * or two long frequent parts); cuts inside conventional compounds (عبدالله, ثلاثمائة) are refused.
 * Both answer from a small cache for words seen recently.
 *
 * @param data - the word data, e.g. the JSON shipped as `@nuqta/normalize/lexicon`
 * @returns a lexicon for `normalize(text, { lexicon })`
 * @throws {LexiconDataError} when `data` is not well-formed LexiconData
 *
 * @example
 * ```ts
 * const lexicon = createLexicon({
 *   format: 'nuqta-lexicon',
 *   version: 1,
 *   finalYa: { threshold: 0.9, maqsura: 'على', ya: '0ف', model: '' },
 *   runOn: { tokens: 1000, words: 'الولايات\t81\nالمتحدة\t284' },
 * })
 * lexicon.fixFinalYa('فى') // 'في'
 * lexicon.fixFinalYa('على') // undefined
 * lexicon.splitRunOn('الولاياتالمتحدة') // [8]
 * ```
 */
export function createLexicon(data: LexiconData): Lexicon {
  if (typeof data !== 'object' || data === null) {
    throw new LexiconDataError({
      field: 'data',
      message: `expected an object, got ${data === null ? 'null' : typeof data}`,
    })
  }
  const d = data as unknown as Record<string, unknown>
  if (d.format !== 'nuqta-lexicon') {
    throw new LexiconDataError({
      field: 'format',
      message: `expected 'nuqta-lexicon', got ${JSON.stringify(d.format)}`,
    })
  }
  if (d.version !== 1) {
    throw new LexiconDataError({
      field: 'version',
      message: `unsupported version ${JSON.stringify(d.version)}`,
    })
  }
  const fy = d.finalYa as Record<string, unknown> | undefined
  if (typeof fy !== 'object' || fy === null)
    throw new LexiconDataError({ field: 'finalYa', message: 'expected an object' })
  const ro = d.runOn as Record<string, unknown> | undefined
  if (typeof ro !== 'object' || ro === null)
    throw new LexiconDataError({ field: 'runOn', message: 'expected an object' })

  const threshold = requireNumber(fy.threshold, 'finalYa.threshold', 0, 1)
  const minStem = optionalNumber(fy.minStem, 'finalYa.minStem', 4, 64)
  const maqsura = parseWordSet(
    requireString(fy.maqsura, 'finalYa.maqsura'),
    'finalYa.maqsura',
    MAQSURA,
  )
  // Stored under their ى spelling, so a lookup needs no string surgery.
  const ya = parseFrontCoded(requireString(fy.ya, 'finalYa.ya'), 'finalYa.ya', MAQSURA)
  /** ending → fix? */
  const model = new Map<string, boolean>()
  for (const [ctx, [y = 0, m = 0]] of parseCounts(
    requireString(fy.model, 'finalYa.model'),
    'finalYa.model',
    2,
    isContext,
  )) {
    model.set(ctx, y + m > 0 && y / (y + m) >= threshold)
  }

  const tokens = requireNumber(ro.tokens, 'runOn.tokens', 1, Number.MAX_SAFE_INTEGER)
  const minCount = optionalNumber(ro.minCount, 'runOn.minCount', 3, Number.MAX_SAFE_INTEGER)
  const minPart = optionalNumber(ro.minPart, 'runOn.minPart', 3, 64)
  const margin = optionalNumber(ro.margin, 'runOn.margin', 2, 1000)
  const plainMinCount = optionalNumber(
    ro.plainMinCount,
    'runOn.plainMinCount',
    10,
    Number.MAX_SAFE_INTEGER,
  )
  const rawCounts = new Map<string, number>()
  for (const [w, [c = 0]] of parseCounts(
    requireString(ro.words, 'runOn.words'),
    'runOn.words',
    1,
  )) {
    rawCounts.set(w, (rawCounts.get(w) ?? 0) + c)
  }
  // Run-on lookups fold ى into ي (corpora mix them); final-ya learns which spelling the corpus
  // clearly prefers (≥ 3 uses and more than 3× the other spelling) for words the lists lack.
  const counts = new Map<string, number>()
  for (const [w, c] of rawCounts) {
    const last = w.length - 1
    const k = w.charCodeAt(last) === 0x0649 ? w.slice(0, last) + YA : w
    counts.set(k, (counts.get(k) ?? 0) + c)
    const end = w.charCodeAt(last)
    if (c < 3 || (end !== 0x0649 && end !== 0x064a)) continue
    const twin = w.slice(0, last) + (end === 0x0649 ? YA : MAQSURA)
    if (c <= 3 * (rawCounts.get(twin) ?? 0)) continue
    if (end === 0x0649) maqsura.add(w)
    else ya.add(twin)
  }
  const logTokens = Math.log(tokens)
  const minRun = Math.max(7, 2 * minPart)

  // Pure functions of the word: remember recent answers (news text repeats its words).
  const CACHE_MAX = 4096
  const yaCache = new Map<string, string | null>()
  const runOnCache = new Map<string, number | null>()

  function fixFinalYa(word: string): string | undefined {
    if (typeof word !== 'string') return undefined
    const hit = yaCache.get(word)
    if (hit !== undefined) return hit ?? undefined
    const out = decideFinalYa(word)
    if (yaCache.size >= CACHE_MAX) yaCache.clear()
    yaCache.set(word, out ?? null)
    return out
  }

  function decideFinalYa(word: string): string | undefined {
    let last = word.length - 1
    while (last >= 0 && isMark(word.charCodeAt(last))) last--
    if (last < 1 || word.charCodeAt(last) !== 0x0649) return undefined
    const key = foldKey(word, false)
    if (key === undefined || key.length < 2) return undefined
    const rs = readings(key)
    for (const r of rs) if (maqsura.has(r)) return undefined
    let known = false
    for (const r of rs) {
      if (ya.has(r)) {
        known = true
        break
      }
    }
    if (!known) {
      // Suffix model on the shortest reading: the most specific context it has statistics for decides.
      let stem = key
      for (const r of rs) if (r.length < stem.length) stem = r
      if (stem.length < minStem) return undefined
      let decision: boolean | undefined
      for (const c of contexts(stem)) {
        decision = model.get(c)
        if (decision !== undefined) break
      }
      if (decision !== true) return undefined
    }
    return word.slice(0, last) + YA + word.slice(last + 1)
  }

  function count(w: string): number {
    return counts.get(w) ?? 0
  }

  // Parts that attested compounds share (عبد in عبدالله/عبدالرحمن, مائة in ثلاثمائة/خمسمائة) are
  // conventionally written joined: never split at them.
  const heads = new Map<string, number>()
  const tails = new Map<string, number>()
  // A compound counts only when its second part has 4+ letters: shorter ones are mostly chance
  // decompositions of ordinary words (اليمني = الي + مني).
  for (const w of counts.keys()) {
    for (let i = minPart; i <= w.length - 4; i++) {
      const l = w.slice(0, i)
      const r = w.slice(i)
      if (counts.has(l) && counts.has(r)) {
        heads.set(l, (heads.get(l) ?? 0) + 1)
        tails.set(r, (tails.get(r) ?? 0) + 1)
      }
    }
  }

  function splitRunOn(word: string): number[] | undefined {
    if (typeof word !== 'string' || word.length < minRun) return undefined
    const hit = runOnCache.get(word)
    if (hit !== undefined) return hit === null ? undefined : [hit]
    const out = decideRunOn(word)
    if (runOnCache.size >= CACHE_MAX) runOnCache.clear()
    runOnCache.set(word, out ?? null)
    return out === undefined ? undefined : [out]
  }

  /** Index in `word` of the key letter at `k` (keys drop marks, so they can be shorter). */
  function letterIndex(word: string, k: number): number {
    let seen = 0
    for (let i = 0; i < word.length; i++) {
      if (isMark(word.charCodeAt(i))) continue
      if (seen === k) return i
      seen++
    }
    return word.length
  }

  function decideRunOn(word: string): number | undefined {
    const key = foldKey(word, true)
    if (key === undefined || key.length < minRun) return undefined
    if (counts.has(key)) return undefined
    for (const r of readings(key)) if (counts.has(r)) return undefined
    let best = Number.NEGATIVE_INFINITY
    let second = Number.NEGATIVE_INFINITY
    let bestAt = -1
    let bestPlain = false
    for (let i = minPart; i <= key.length - minPart; i++) {
      const left = key.slice(0, i)
      const a = count(left)
      if (a < minCount) continue
      const right = key.slice(i)
      const b = count(right)
      if (b < minCount) continue
      const score = Math.log(a) + Math.log(b) - 2 * logTokens
      if (score > best) {
        second = best
        best = score
        bestAt = i
        bestPlain = Math.min(a, b) >= plainMinCount
      } else if (score > second) {
        second = score
      }
    }
    if (bestAt < 0 || best - second < margin) return undefined
    const left = key.slice(0, bestAt)
    const right = key.slice(bestAt)
    if ((heads.get(left) ?? 0) >= 2 || (tails.get(right) ?? 0) >= 2) return undefined
    // Accept only with a cue: a word-final-only letter (ة ى) before the gap, a following ال, or two
    // long, frequent parts.
    const lastLeft = word.charCodeAt(letterIndex(word, bestAt - 1))
    const cue =
      lastLeft === 0x0629 ||
      lastLeft === 0x0649 ||
      (right.startsWith('ال') && right.length >= 5) ||
      (bestPlain && left.length >= 4 && right.length >= 4)
    return cue ? letterIndex(word, bestAt) : undefined
  }

  return { fixFinalYa, splitRunOn }
}
