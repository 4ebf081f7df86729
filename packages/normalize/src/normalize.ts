import { type Alignment, trustedAlignment } from './alignment'
import { Engine, RULES, Run } from './engine'
import { describeType, NormalizeTypeError } from './errors'
import { nfkcStage } from './nfkc'
import { resolveOptions } from './profiles'
import type { Edit, NormalizeOptions, NormalizeResult, ProfileName, RuleId } from './types'

/** Compiled engines by canonical options key (lexicons kept apart by identity), most recent last. */
const cache = new Map<string, Engine>()
const lexiconIds = new WeakMap<object, number>()
let nextLexiconId = 1
const CACHE_SIZE = 32
const byName = new Map<string, Engine>()

/** The compiled engine for some options, cached by their resolved value (not object identity). */
export function engineFor(options: NormalizeOptions | ProfileName | undefined): Engine {
  if (options === undefined || typeof options === 'string') {
    const name = options ?? 'display'
    let p = byName.get(name)
    if (p === undefined) {
      p = new Engine(resolveOptions(options))
      byName.set(name, p)
    }
    return p
  }
  const resolved = resolveOptions(options)
  const { lexicon, ...rest } = resolved
  let lexId = 0
  if (lexicon !== undefined) {
    lexId = lexiconIds.get(lexicon) ?? 0
    if (lexId === 0) {
      lexId = nextLexiconId++
      lexiconIds.set(lexicon, lexId)
    }
  }
  const key = `${lexId}|${JSON.stringify(rest)}`
  let e = cache.get(key)
  if (e !== undefined) {
    // a hit from another lexicon object with a recycled id is impossible: ids only grow
    cache.delete(key)
    cache.set(key, e)
    return e
  }
  e = new Engine(resolved)
  cache.set(key, e)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return e
}

function checkText(text: unknown, name = 'text'): asserts text is string {
  if (typeof text !== 'string')
    throw new NormalizeTypeError(name, `expected a string, got ${describeType(text)}`)
}

interface Output {
  text: string
  starts: Int32Array | null
  ruleAt: Uint8Array | null
}

/** Runs an engine over a text: NFKC stage first when asked, then the table pass. */
export function runEngine(E: Engine, s: string, align: boolean, edits: boolean): Output {
  if (!E.nfkc) return new Run(E, s, align, edits).exec()
  const st1 = nfkcStage(s, align || edits)
  if (st1 === null) return new Run(E, s, align, edits).exec()
  const r2 = new Run(E, st1.text, align, edits).exec()
  if (!align && !edits) return r2
  const s1 = st1.starts as Int32Array
  const a1 = trustedAlignment(s.length, s1)
  const a = a1.compose(trustedAlignment(st1.text.length, r2.starts as Int32Array))
  let ruleAt: Uint8Array | null = null
  if (edits) {
    ruleAt = new Uint8Array(s.length + 1)
    const ch = st1.changes
    for (let q = 0; q < ch.length; q += 4) ruleAt.fill(1, ch[q] as number, ch[q + 1] as number)
    const r2a = r2.ruleAt as Uint8Array
    for (let x = 0; x <= st1.text.length; x++) {
      const r = r2a[x] as number
      if (r !== 0) ruleAt[x < s1.length ? (s1[x] as number) : s.length] = r
    }
  }
  return { text: r2.text, starts: a.groupStarts(), ruleAt }
}

/** Rules that only ever delete input (their edits have an empty output). */
const DELETING = new Set([
  'invisible',
  'controls',
  'collapse-spaces',
  'punctuation-spacing',
  'diacritics',
  'elongation',
])

/**
 * The edits of a run, read off the alignment: each group whose text changed gives one edit, trimmed
 * of the prefix and suffix it shares with its source, named by the last rule that touched it.
 */
function buildEdits(s: string, t: string, starts: Int32Array, ruleAt: Uint8Array): Edit[] {
  const edits: Edit[] = []
  const n = s.length
  const N = t.length
  const ruleFor = (a: number, b: number): RuleId => {
    for (let x = a; x <= Math.min(b, n); x++)
      if (ruleAt[x] !== 0) return RULES[ruleAt[x] as number] as RuleId
    return 'nfkc'
  }
  const push = (a: number, b: number, c: number, d: number) => {
    let p = 0
    while (a + p < b && c + p < d && s.charCodeAt(a + p) === t.charCodeAt(c + p)) p++
    let q = 0
    while (b - q > a + p && d - q > c + p && s.charCodeAt(b - 1 - q) === t.charCodeAt(d - 1 - q))
      q++
    const a1 = a + p
    const b1 = b - q
    const c1 = c + p
    const d1 = d - q
    // split the changed input into runs of one rule; when all runs but one only delete, each run
    // becomes its own edit (ى + a popped space → final-ya ى→ي, then punctuation-spacing ' '→'')
    const runs: [number, number, number][] = []
    for (let x = a1; x < b1; x++) {
      const r = ruleAt[x] as number
      const last = runs[runs.length - 1]
      if (last !== undefined && last[2] === r) last[1] = x + 1
      else runs.push([x, x + 1, r])
    }
    const keeping = runs.filter((r) => !DELETING.has(RULES[r[2]] as string))
    if (runs.length > 1 && (keeping.length === 1 || (keeping.length === 0 && d1 === c1))) {
      let o = c1
      for (const [x, y, r] of runs) {
        const del = DELETING.has(RULES[r] as string)
        const rule = (RULES[r] || 'nfkc') as RuleId
        add({
          rule,
          start: x,
          end: y,
          outputStart: o,
          outputEnd: del ? o : d1,
          before: '',
          after: '',
        })
        if (!del) o = d1
      }
      return
    }
    add({
      rule: ruleFor(a1, b1),
      start: a1,
      end: b1,
      outputStart: c1,
      outputEnd: d1,
      before: '',
      after: '',
    })
  }
  const add = (e: Edit) => {
    const last = edits[edits.length - 1]
    if (
      last !== undefined &&
      last.rule === e.rule &&
      last.end === e.start &&
      last.outputEnd === e.outputStart
    ) {
      last.end = e.end
      last.outputEnd = e.outputEnd
    } else edits.push(e)
  }
  if (N === 0) {
    if (n > 0) push(0, n, 0, 0)
  } else {
    let j = 0
    while (j < N) {
      const a = starts[j] as number
      let k = j + 1
      while (k < N && starts[k] === a) k++
      const b = k < N ? (starts[k] as number) : n
      if (b - a !== k - j || s.slice(a, b) !== t.slice(j, k)) push(a, b, j, k)
      j = k
    }
  }
  for (const e of edits) {
    e.before = s.slice(e.start, e.end)
    e.after = t.slice(e.outputStart, e.outputEnd)
  }
  return edits
}

class Result implements NormalizeResult {
  readonly text: string
  readonly #input: string
  readonly #engine: Engine
  readonly #starts: Int32Array
  #alignment: Alignment | undefined
  #edits: Edit[] | undefined

  constructor(input: string, engine: Engine, out: Output) {
    this.text = out.text
    this.#input = input
    this.#engine = engine
    this.#starts = out.starts as Int32Array
  }

  get alignment(): Alignment {
    if (this.#alignment === undefined)
      this.#alignment = trustedAlignment(this.#input.length, this.#starts)
    return this.#alignment
  }

  get edits(): readonly Edit[] {
    if (this.#edits === undefined) {
      const s = this.#input
      const r = runEngine(this.#engine, s, true, true)
      this.#edits = buildEdits(s, r.text, r.starts as Int32Array, r.ruleAt as Uint8Array)
    }
    return this.#edits
  }

  toJSON(): { text: string; edits: readonly Edit[] } {
    return { text: this.text, edits: this.edits }
  }
}

/**
 * Normalizes Arabic (and any other) text with a profile or custom options.
 *
 * @param text - the text to normalize
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns the normalized text
 * @throws {@link NormalizeTypeError} when `text` is not a string or an option has the wrong type
 *
 * @example
 * ```ts
 * normalize('حدودها ، بينما') // 'حدودها، بينما'
 * normalize('أَحْمَدُ', 'search') // 'احمد'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | ProfileName): string {
  checkText(text)
  return runEngine(engineFor(options), text, false, false).text
}

/**
 * Normalizes text and also returns the alignment between input and output and the list of edits.
 *
 * @param text - the text to normalize
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns the text, its {@link Alignment} and its edits (computed on first access)
 * @throws {@link NormalizeTypeError} when `text` is not a string or an option has the wrong type
 *
 * @example
 * ```ts
 * const r = normalizeDetailed('ﷲ أكبر', 'search')
 * r.text // 'الله اكبر'
 * r.alignment.toOriginal(5, 9) // [2, 6]
 * r.edits.map((e) => e.rule) // ['presentation-forms', 'alef']
 * ```
 */
export function normalizeDetailed(
  text: string,
  options?: NormalizeOptions | ProfileName,
): NormalizeResult {
  checkText(text)
  const e = engineFor(options)
  return new Result(text, e, runEngine(e, text, true, false))
}

/**
 * A normalizer with its options compiled once.
 *
 * @example
 * ```ts
 * const n = createNormalizer('search')
 * n.normalize('مدرسة') // 'مدرسه'
 * ```
 */
export interface Normalizer {
  /**
   * Same as {@link normalize} with this normalizer's options.
   *
   * @param text - the text to normalize
   * @returns the normalized text
   *
   * @example
   * ```ts
   * createNormalizer('lucene').normalize('إلى') // 'الي'
   * ```
   */
  normalize(text: string): string
  /**
   * Same as {@link normalizeDetailed} with this normalizer's options.
   *
   * @param text - the text to normalize
   * @returns text, alignment and edits
   *
   * @example
   * ```ts
   * createNormalizer('search').normalizeDetailed('أ').edits[0]?.rule // 'alef'
   * ```
   */
  normalizeDetailed(text: string): NormalizeResult
}

/**
 * Compiles options once and returns a normalizer to reuse on many texts.
 *
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns a {@link Normalizer}
 * @throws {@link NormalizeTypeError} when an option has the wrong type
 *
 * @example
 * ```ts
 * const n = createNormalizer({ profile: 'search', digits: 'keep' })
 * n.normalize('عام ٢٠٢٤') // 'عام ٢٠٢٤'
 * ```
 */
export function createNormalizer(options?: NormalizeOptions | ProfileName): Normalizer {
  const e =
    options === undefined || typeof options === 'string'
      ? engineFor(options)
      : new Engine(resolveOptions(options))
  return {
    normalize(text: string): string {
      checkText(text)
      return runEngine(e, text, false, false).text
    },
    normalizeDetailed(text: string): NormalizeResult {
      checkText(text)
      return new Result(text, e, runEngine(e, text, true, false))
    },
  }
}
