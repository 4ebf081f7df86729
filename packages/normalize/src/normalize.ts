/**
 * The normalizer's public functions: {@link normalize}, {@link normalizeDetailed} and
 * {@link createNormalizer}.
 * @module
 */
import { Alignment, type TextChange } from '@nuqta/core'
import { buildChanges } from './changes'
import { Engine } from './compile'
import { engineFor, type Output, runEngine } from './engine-cache'
import { checkText } from './errors'
import { resolveOptions } from './profiles'
import type { NormalizeOptions, NormalizeResult, ProfileName } from './types'

class Result implements NormalizeResult {
  readonly text: string
  readonly #input: string
  readonly #engine: Engine
  readonly #starts: Int32Array
  #alignment: Alignment | undefined
  #changes: TextChange[] | undefined

  constructor(input: string, engine: Engine, out: Output) {
    this.text = out.text
    this.#input = input
    this.#engine = engine
    this.#starts = out.starts as Int32Array
  }

  get alignment(): Alignment {
    if (this.#alignment === undefined)
      this.#alignment = Alignment.unchecked(this.#input.length, this.#starts)
    return this.#alignment
  }

  get changes(): readonly TextChange[] {
    if (this.#changes === undefined) {
      const s = this.#input
      const r = runEngine(this.#engine, s, true, true)
      this.#changes = buildChanges(s, r.text, r.starts as Int32Array, r.ruleAt as Uint8Array)
    }
    return this.#changes
  }

  toJSON(): { text: string; changes: readonly TextChange[] } {
    return { text: this.text, changes: this.changes }
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
 * Normalizes text and also returns the alignment between input and output and the list of
 * changes (a `TextChange` edit script from `text` to the output).
 *
 * @param text - the text to normalize
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns the text, its `Alignment` and its changes (computed on first access)
 * @throws {@link NormalizeTypeError} when `text` is not a string or an option has the wrong type
 *
 * @example
 * ```ts
 * const r = normalizeDetailed('ﷲ أكبر', 'search')
 * r.text // 'الله اكبر'
 * r.alignment.toOriginal(5, 9) // [2, 6]
 * r.changes.map((c) => c.ruleId) // ['normalize/presentation-forms', 'normalize/alef']
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
   * @returns text, alignment and changes
   *
   * @example
   * ```ts
   * createNormalizer('search').normalizeDetailed('أ').changes[0]?.ruleId // 'normalize/alef'
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
