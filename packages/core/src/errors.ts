/**
 * The error base every nuqta package extends: a stable `name` and `code`, the `cause` kept, an
 * options-object constructor, and an `isInstance` guard that still works when two copies of a
 * package are installed (a `Symbol.for` marker per class, so `instanceof` is never needed).
 * @module
 */

/** Prefix of every marker symbol: `Symbol.for('nuqta.error.<ClassName>')`. */
const MARKER_PREFIX = 'nuqta.error.'

/**
 * What every nuqta error is built from.
 * @example
 * ```ts
 * const options: NuqtaErrorOptions = {
 *   message: 'news.jsonl: line 3 is not valid JSON',
 *   code: 'ERR_NUQTA_CORPUS_PARSE',
 *   cause: new SyntaxError('Unexpected token'),
 * }
 * ```
 */
export interface NuqtaErrorOptions {
  /** What went wrong, for a person. @example `'news.jsonl: line 3 is not valid JSON'` */
  message: string
  /** Stable machine-readable code; never changes between versions. @example `'ERR_NUQTA_CORPUS_PARSE'` */
  code?: string
  /** The error that caused this one, kept as is. @example `new SyntaxError('Unexpected token')` */
  cause?: unknown
}

/**
 * Marks `error` as an instance of the class named `className`, for {@link hasErrorMarker}. Each
 * error class calls it once in its constructor with its own name.
 *
 * @param error - the error being constructed
 * @param className - the class's stable name, e.g. `'CorpusParseError'`
 *
 * @example
 * ```ts
 * class MyError extends NuqtaError {
 *   constructor(message: string) {
 *     super({ message, code: 'ERR_MY' })
 *     markError(this, 'MyError')
 *   }
 * }
 * ```
 */
export function markError(error: object, className: string): void {
  Object.defineProperty(error, Symbol.for(MARKER_PREFIX + className), {
    value: true,
    enumerable: false,
  })
}

/**
 * True when `value` carries the marker of the class named `className`, whichever copy of the
 * package created it.
 *
 * @param value - any value
 * @param className - the class's stable name
 * @returns whether `value` was marked by that class
 *
 * @example
 * ```ts
 * hasErrorMarker(new NuqtaError({ message: 'x' }), 'NuqtaError') // true
 * hasErrorMarker(new Error('x'), 'NuqtaError') // false
 * ```
 */
export function hasErrorMarker(value: unknown, className: string): boolean {
  if (typeof value !== 'object' || value === null) return false
  return (value as Record<symbol, unknown>)[Symbol.for(MARKER_PREFIX + className)] === true
}

/**
 * The base class of every error a nuqta package throws. Subclasses set their own `name` and
 * `code`, call {@link markError} with their name, and define a static `isInstance`.
 *
 * @example
 * ```ts
 * try {
 *   throw new NuqtaError({ message: 'bad input', code: 'ERR_NUQTA', cause: new Error('inner') })
 * } catch (e) {
 *   if (NuqtaError.isInstance(e)) console.log(e.code, (e.cause as Error).message) // ERR_NUQTA inner
 * }
 * ```
 */
export class NuqtaError extends Error {
  /**
   * Stable machine-readable code.
   * @example
   * ```ts
   * new NuqtaError({ message: 'x' }).code // 'ERR_NUQTA'
   * ```
   */
  readonly code: string

  /**
   * @param options - message, code and cause
   *
   * @example
   * ```ts
   * new NuqtaError({ message: 'bad input', cause: new Error('inner') })
   * ```
   */
  constructor(options: NuqtaErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'NuqtaError'
    this.code = options.code ?? 'ERR_NUQTA'
    // keep `cause` even where the runtime's Error ignores the option
    if (options.cause !== undefined && this.cause === undefined) {
      Object.defineProperty(this, 'cause', {
        value: options.cause,
        writable: true,
        configurable: true,
      })
    }
    markError(this, 'NuqtaError')
  }

  /**
   * True for any error thrown by any nuqta package, from any installed copy.
   *
   * @param value - any value
   * @returns whether `value` is a nuqta error
   *
   * @example
   * ```ts
   * NuqtaError.isInstance(new NuqtaError({ message: 'x' })) // true
   * NuqtaError.isInstance(new TypeError('x')) // false
   * ```
   */
  static isInstance(value: unknown): value is NuqtaError {
    return hasErrorMarker(value, 'NuqtaError')
  }
}

/**
 * Thrown when an argument has the wrong type or value (a number where text is expected, a
 * negative length). The message and `argument` name the argument; `code` is
 * `'ERR_NUQTA_INVALID_ARGUMENT'` in every package.
 *
 * @example
 * ```ts
 * try {
 *   throw new NuqtaArgumentError({ argument: 'text', message: 'expected a string, got number' })
 * } catch (e) {
 *   if (NuqtaArgumentError.isInstance(e)) console.log(e.argument, e.message)
 *   // text text: expected a string, got number
 * }
 * ```
 */
export class NuqtaArgumentError extends NuqtaError {
  /**
   * The name of the argument (or option) that was wrong.
   * @example
   * ```ts
   * new NuqtaArgumentError({ argument: 'text', message: 'x' }).argument // 'text'
   * ```
   */
  readonly argument: string

  /**
   * @param options - the argument's name, what was wrong, and an optional cause
   *
   * @example
   * ```ts
   * new NuqtaArgumentError({ argument: 'options.threshold', message: 'must be in (0, 1]' })
   * ```
   */
  constructor(options: { argument: string; message: string; cause?: unknown }) {
    super({
      message: `${options.argument}: ${options.message}`,
      code: 'ERR_NUQTA_INVALID_ARGUMENT',
      cause: options.cause,
    })
    this.name = 'NuqtaArgumentError'
    this.argument = options.argument
    markError(this, 'NuqtaArgumentError')
  }

  /**
   * True for an argument error from any nuqta package or copy.
   *
   * @param value - any value
   * @returns whether `value` is a `NuqtaArgumentError`
   *
   * @example
   * ```ts
   * NuqtaArgumentError.isInstance(new NuqtaArgumentError({ argument: 'a', message: 'b' })) // true
   * ```
   */
  static override isInstance(value: unknown): value is NuqtaArgumentError {
    return hasErrorMarker(value, 'NuqtaArgumentError')
  }
}

/**
 * Describes a value for an error message: `'string'`, `'number'`, `'null'`, `'array'`, `'Uint8Array'`.
 *
 * @param value - any value
 * @returns a short name of its type
 *
 * @example
 * ```ts
 * describeType(null) // 'null'
 * describeType([1]) // 'array'
 * describeType(new Uint8Array(1)) // 'Uint8Array'
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return value.constructor?.name ?? 'object'
  return typeof value
}
