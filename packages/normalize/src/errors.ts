/**
 * Every error `@nuqta/normalize` throws. Each extends `NuqtaError` from `@nuqta/core`: a stable
 * `name` and `code`, the `cause` kept, and an `isInstance` guard that works across two installed
 * copies of the package.
 * @module
 */
import {
  describeType,
  hasErrorMarker,
  markError,
  NuqtaArgumentError,
  NuqtaError,
} from '@nuqta/core'

/**
 * Thrown when an argument or option has the wrong type or value (for example a number where
 * text is expected). The message and `argument` name it; `code` is `'ERR_NUQTA_INVALID_ARGUMENT'`.
 *
 * @example
 * ```ts
 * try {
 *   normalize(42 as unknown as string)
 * } catch (e) {
 *   NormalizeTypeError.isInstance(e) // true
 *   ;(e as NormalizeTypeError).argument // 'text'
 * }
 * ```
 */
export class NormalizeTypeError extends NuqtaArgumentError {
  /**
   * @param options - the argument's name, what was wrong with it, and an optional cause
   *
   * @example
   * ```ts
   * new NormalizeTypeError({ argument: 'text', message: 'expected a string, got number' })
   * ```
   */
  constructor(options: { argument: string; message: string; cause?: unknown }) {
    super(options)
    this.name = 'NormalizeTypeError'
    markError(this, 'NormalizeTypeError')
  }

  /**
   * True for a NormalizeTypeError, also one thrown by another copy of this package.
   *
   * @param value - any value
   * @returns whether `value` is a NormalizeTypeError
   *
   * @example
   * ```ts
   * NormalizeTypeError.isInstance(new Error('x')) // false
   * ```
   */
  static override isInstance(value: unknown): value is NormalizeTypeError {
    return hasErrorMarker(value, 'NormalizeTypeError')
  }
}

/**
 * Thrown by {@link createLexicon} when the data does not have the {@link LexiconData} shape:
 * a missing or mistyped field, an unknown format or version, or a malformed list line.
 * `code` is `'ERR_NUQTA_NORMALIZE_LEXICON_DATA'`.
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
export class LexiconDataError extends NuqtaError {
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
   * @param options - dotted path of the bad field, what is wrong with it, the 1-based line inside
   *   a list field (if any) and an optional cause
   *
   * @example
   * ```ts
   * new LexiconDataError({ field: 'finalYa.model', message: 'expected "context<TAB>ya<TAB>maqsura"', line: 3 })
   * ```
   */
  constructor(options: { field: string; message: string; line?: number; cause?: unknown }) {
    const { field, line } = options
    super({
      message: `${field}${line === undefined ? '' : ` line ${line}`}: ${options.message}`,
      code: 'ERR_NUQTA_NORMALIZE_LEXICON_DATA',
      cause: options.cause,
    })
    this.name = 'LexiconDataError'
    this.field = field
    this.line = line
    markError(this, 'LexiconDataError')
  }

  /**
   * True for a LexiconDataError, also one thrown by another copy of this package.
   *
   * @param value - any value
   * @returns whether `value` is a LexiconDataError
   *
   * @example
   * ```ts
   * LexiconDataError.isInstance(new Error('x')) // false
   * ```
   */
  static override isInstance(value: unknown): value is LexiconDataError {
    return hasErrorMarker(value, 'LexiconDataError')
  }
}

/** Throws a {@link NormalizeTypeError} unless `text` is a string. */
export function checkText(text: unknown, argument = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new NormalizeTypeError({
      argument,
      message: `expected a string, got ${describeType(text)}`,
    })
  }
}

export { describeType }
