const marker = Symbol.for('nuqta.error.NormalizeTypeError')

/**
 * Thrown when an argument has the wrong type (for example a number where text is expected).
 * The message names the argument.
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
export class NormalizeTypeError extends TypeError {
  /**
   * The name of the argument that had the wrong type.
   *
   * @example
   * ```ts
   * error.argument // 'text'
   * ```
   */
  readonly argument: string

  /**
   * @param argument - the argument name
   * @param message - what was wrong with it
   *
   * @example
   * ```ts
   * new NormalizeTypeError('text', 'expected a string, got number')
   * ```
   */
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`)
    this.name = 'NormalizeTypeError'
    this.argument = argument
    Object.defineProperty(this, marker, { value: true })
  }

  /**
   * True for a NormalizeTypeError, also one thrown by another copy of this package.
   *
   * @param error - any value
   * @returns whether `error` is a NormalizeTypeError
   *
   * @example
   * ```ts
   * NormalizeTypeError.isInstance(new Error('x')) // false
   * ```
   */
  static isInstance(error: unknown): error is NormalizeTypeError {
    return (
      typeof error === 'object' &&
      error !== null &&
      marker in error &&
      (error as Record<symbol, unknown>)[marker] === true
    )
  }
}

/** A short description of a value's type for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
