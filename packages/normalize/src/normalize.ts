import { type Alignment, trustedAlignment } from './alignment'
import { Engine, type RawEdit, RULES, Run } from './engine'
import { describeType, NormalizeTypeError } from './errors'
import { nfkcStage } from './nfkc'
import { resolveOptions } from './profiles'
import type { Edit, NormalizeOptions, NormalizeResult, ProfileName, RuleId } from './types'

const byProfile = new Map<string, Engine>()
const byObject = new WeakMap<object, Engine>()

/** The compiled engine for some options (cached per profile name and per options object). */
export function engineFor(options: NormalizeOptions | ProfileName | undefined): Engine {
  if (options === undefined || typeof options === 'string') {
    const key = options ?? 'display'
    let e = byProfile.get(key)
    if (e === undefined) {
      e = new Engine(resolveOptions(options))
      byProfile.set(key, e)
    }
    return e
  }
  if (typeof options === 'object' && options !== null) {
    let e = byObject.get(options)
    if (e === undefined) {
      e = new Engine(resolveOptions(options))
      byObject.set(options, e)
    }
    return e
  }
  return new Engine(resolveOptions(options))
}

function checkText(text: unknown, name = 'text'): asserts text is string {
  if (typeof text !== 'string')
    throw new NormalizeTypeError(name, `expected a string, got ${describeType(text)}`)
}

interface Output {
  text: string
  starts: Int32Array | null
  edits: RawEdit[] | null
}

/** Runs an engine over a text: NFKC stage first when asked, then the table pass. */
export function runEngine(E: Engine, s: string, align: boolean, edits: boolean): Output {
  if (!E.nfkc) return new Run(E, s, align, edits).exec()
  const st1 = nfkcStage(s, align || edits)
  if (st1 === null) return new Run(E, s, align, edits).exec()
  const r2 = new Run(E, st1.text, align, edits).exec()
  if (!align && !edits) return r2
  const a1 = trustedAlignment(s.length, st1.starts as Int32Array)
  const a2 = trustedAlignment(st1.text.length, r2.starts as Int32Array)
  const a = a1.compose(a2)
  let ed: RawEdit[] | null = null
  if (edits) {
    ed = []
    const ch = st1.changes
    for (let q = 0; q < ch.length; q += 4) {
      const [os, oe] = a2.toNormalized(ch[q + 2] as number, ch[q + 3] as number)
      ed.push({
        rule: 1,
        start: ch[q] as number,
        end: ch[q + 1] as number,
        outputStart: os,
        outputEnd: oe,
      })
    }
    for (const x of r2.edits ?? []) {
      const [st, en] =
        x.start === x.end ? a1.toOriginal(x.start, x.start) : a1.toOriginal(x.start, x.end)
      ed.push({ ...x, start: st, end: en })
    }
    ed.sort((p, q) => p.start - q.start || p.outputStart - q.outputStart)
  }
  return { text: r2.text, starts: a.groupStarts(), edits: ed }
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
      const t = r.text
      this.#edits = (r.edits ?? []).map((x) => ({
        rule: RULES[x.rule] as RuleId,
        start: x.start,
        end: x.end,
        outputStart: x.outputStart,
        outputEnd: x.outputEnd,
        before: s.slice(x.start, x.end),
        after: t.slice(x.outputStart, x.outputEnd),
      }))
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
