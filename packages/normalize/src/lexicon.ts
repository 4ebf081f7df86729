import clitics from '../data/clitics.json'
import type { Lexicon } from './types'

const marker = Symbol.for('nuqta.error.LexiconDataError')

/**
 * Thrown by {@link createLexicon} when the data does not have the {@link LexiconData} shape:
 * a missing or mistyped field, an unknown format or version, or a malformed list line.
 *
 * @example
 * ```ts
 * try {
 *   createLexicon({} as LexiconData)
 * } catch (e) {
 *   LexiconDataError.isInstance(e) // true
 *   ;(e as LexiconDataError).field // 'format'
 * }
 * ```
 */
export class LexiconDataError extends TypeError {
  /**
   * Dotted path of the offending field, e.g. `'finalYa.model'`.
   *
   * @example
   * ```ts
   * error.field // 'runOn.words'
   * ```
   */
  readonly field: string
  /**
   * 1-based line inside a newline-joined list field, when the fault is on one line.
   *
   * @example
   * ```ts
   * error.line // 3
   * ```
   */
  readonly line: number | undefined
  /**
   * @param field - dotted path of the bad field
   * @param message - what is wrong with it
   * @param line - 1-based line inside a list field, if any
   *
   * @example
   * ```ts
   * new LexiconDataError('finalYa.model', 'expected "context<TAB>ya<TAB>maqsura"', 3)
   * ```
   */
  constructor(field: string, message: string, line?: number) {
    super(`${field}${line === undefined ? '' : ` line ${line}`}: ${message}`)
    this.name = 'LexiconDataError'
    this.field = field
    this.line = line
    Object.defineProperty(this, marker, { value: true })
  }

  /**
   * True for a LexiconDataError, also one thrown by another copy of this package.
   *
   * @param error - any value
   * @returns whether `error` is a LexiconDataError
   *
   * @example
   * ```ts
   * LexiconDataError.isInstance(new Error('x')) // false
   * ```
   */
  static isInstance(error: unknown): error is LexiconDataError {
    return (
      typeof error === 'object' &&
      error !== null &&
      marker in error &&
      (error as Record<symbol, unknown>)[marker] === true
    )
  }
}

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

/** Proclitic chains stripped at lookup time, longest first (shared with scripts/lexicon-builder.mjs). */
const CLITICS: readonly string[] = clitics

const YA = 'ي'
const MAQSURA = 'ى'
const ALEF = 'ا'

/** Tatweel, tashkeel (U+064B–U+065F) and superscript alef: not part of a lookup key. */
function isMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670
}

/** Arabic letters U+0621–U+063A and U+0641–U+064A, plus alef wasla. */
function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || c === 0x0671
}

/** أ إ آ ٱ fold to ا. */
function isAlefVariant(c: number): boolean {
  return c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671
}

/**
 * Lookup key of a word: tashkeel and tatweel dropped, أ إ آ ٱ as ا, and ى as ي when asked.
 * Returns undefined when the word holds anything but Arabic letters and marks.
 */
function foldKey(word: string, maqsuraToYa: boolean): string | undefined {
  let plain = true
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (!isLetter(c) || isAlefVariant(c) || (maqsuraToYa && c === 0x0649)) {
      plain = false
      break
    }
  }
  // Fast path: most words need no folding and are their own key.
  if (plain) return word
  let key = ''
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isMark(c)) continue
    if (!isLetter(c)) return undefined
    if (isAlefVariant(c)) key += ALEF
    else if (maqsuraToYa && c === 0x0649) key += YA
    else key += word[i]
  }
  return key
}

/** Word-shape initials: verb/elative/مفعل prefixes; anything else is '*'. */
const SHAPE_INITIALS = 'اتيمن'

/**
 * Suffix-model contexts of a clitic-free stem ending in ى/ي, most specific first (mirrored in
 * scripts/lexicon-builder.mjs): its shape (length, initial class) with the two letters before the
 * final one, then the 3, 2 and 1 letters before the final one.
 */
function contexts(stem: string): string[] {
  const body = stem.slice(0, -1)
  const out: string[] = []
  if (body.length >= 2) {
    const first = SHAPE_INITIALS.includes(stem.charAt(0)) ? stem.charAt(0) : '*'
    out.push(`${Math.min(stem.length, 9)}${first}${body.slice(-2)}`)
    if (first !== '*') out.push(`0${first}${body.slice(-2)}`)
  }
  for (let k = Math.min(3, body.length); k >= 1; k--) out.push(body.slice(body.length - k))
  return out
}

/** Clitic-free readings of a key: the key itself, then each proclitic strip. */
function readings(key: string): string[] {
  const out = [key]
  for (const p of CLITICS) {
    if (!key.startsWith(p)) continue
    const rest = key.slice(p.length)
    if (rest.length < 2) continue
    // The future prefix س only attaches to an imperfect verb (ي ت ن أ).
    if (p.endsWith('س') && !'يتنا'.includes(rest.charAt(0))) continue
    out.push(rest)
  }
  return out
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string')
    throw new LexiconDataError(field, `expected a string, got ${typeof value}`)
  return value
}

function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new LexiconDataError(field, `expected a number in [${min}, ${max}], got ${String(value)}`)
  }
  return value
}

function optionalNumber(value: unknown, field: string, fallback: number, max: number): number {
  return value === undefined ? fallback : requireNumber(value, field, 0, max)
}

function isKey(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (!isLetter(c) || isAlefVariant(c)) return false
  }
  return true
}

function parseWordSet(text: string, field: string, ending?: string): Set<string> {
  const out = new Set<string>()
  if (text === '') return out
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i] as string
    if (!isKey(w) || (ending !== undefined && !w.endsWith(ending))) {
      throw new LexiconDataError(
        field,
        `expected a bare Arabic word${ending ? ` ending in ${ending}` : ''}, got ${JSON.stringify(w)}`,
        i + 1,
      )
    }
    out.add(w)
  }
  return out
}

/** A suffix-model context: Arabic letters, optionally after a shape prefix such as `5*` or `6ي`. */
function isContext(key: string): boolean {
  let i = 0
  while (i < key.length && key.charCodeAt(i) >= 0x30 && key.charCodeAt(i) <= 0x39) i++
  if (i > 0 && i < key.length && (key[i] === '*' || SHAPE_INITIALS.includes(key.charAt(i)))) i++
  return i < key.length && isKey(key.slice(i))
}

/** Decode the front-coded ي list (see {@link LexiconData.finalYa}). */
function parseFrontCoded(text: string, field: string, ending: string): Set<string> {
  const out = new Set<string>()
  if (text === '') return out
  const lines = text.split('\n')
  let prev = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const k = line.charCodeAt(0) - 0x30
    const rest = line.slice(1)
    if (
      !(k >= 0 && k <= 9) ||
      k > prev.length ||
      (rest !== '' && !isKey(rest)) ||
      k + rest.length === 0
    ) {
      throw new LexiconDataError(
        field,
        `expected a digit 0–${Math.min(9, prev.length)} then Arabic letters, got ${JSON.stringify(line)}`,
        i + 1,
      )
    }
    prev = prev.slice(0, k) + rest
    out.add(prev + ending)
  }
  return out
}

function parseCounts(
  text: string,
  field: string,
  columns: number,
  check: (key: string) => boolean = isKey,
): Array<[string, number[]]> {
  const out: Array<[string, number[]]> = []
  if (text === '') return out
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const parts = (lines[i] as string).split('\t')
    const nums = parts.slice(1).map(Number)
    const w = parts[0] as string
    if (
      parts.length !== columns + 1 ||
      !check(w) ||
      nums.some((n) => !Number.isInteger(n) || n < 0)
    ) {
      throw new LexiconDataError(
        field,
        `expected "word${'<TAB>count'.repeat(columns)}", got ${JSON.stringify(lines[i])}`,
        i + 1,
      )
    }
    out.push([w, nums])
  }
  return out
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
    throw new LexiconDataError(
      'data',
      `expected an object, got ${data === null ? 'null' : typeof data}`,
    )
  }
  const d = data as unknown as Record<string, unknown>
  if (d.format !== 'nuqta-lexicon') {
    throw new LexiconDataError(
      'format',
      `expected 'nuqta-lexicon', got ${JSON.stringify(d.format)}`,
    )
  }
  if (d.version !== 1) {
    throw new LexiconDataError('version', `unsupported version ${JSON.stringify(d.version)}`)
  }
  const fy = d.finalYa as Record<string, unknown> | undefined
  if (typeof fy !== 'object' || fy === null)
    throw new LexiconDataError('finalYa', 'expected an object')
  const ro = d.runOn as Record<string, unknown> | undefined
  if (typeof ro !== 'object' || ro === null)
    throw new LexiconDataError('runOn', 'expected an object')

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
