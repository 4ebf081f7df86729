import { hasErrorMarker, markError, NuqtaError } from '@nuqta/core'

/**
 * Thrown when tagger model data does not have the {@link TaggerModelData} shape: a wrong format
 * or version, a missing field, or weights whose length does not match their keys.
 *
 * @example
 * ```ts
 * try {
 *   createTaggerModel({} as TaggerModelData)
 * } catch (e) {
 *   TaggerModelError.isInstance(e) // true
 *   ;(e as TaggerModelError).field // 'format'
 * }
 * ```
 */
export class TaggerModelError extends NuqtaError {
  /**
   * The offending field of the model data.
   *
   * @example
   * ```ts
   * error.field // 'weights'
   * ```
   */
  readonly field: string

  /**
   * @param options - the field at fault and what is wrong with it
   *
   * @example
   * ```ts
   * new TaggerModelError({ field: 'version', message: 'expected 1, got 2' })
   * ```
   */
  constructor(options: { field: string; message: string; cause?: unknown }) {
    super({
      message: `tagger model ${options.field}: ${options.message}`,
      code: 'ERR_NUQTA_ENTITIES_MODEL',
      cause: options.cause,
    })
    this.name = 'TaggerModelError'
    this.field = options.field
    markError(this, 'TaggerModelError')
  }

  /**
   * True for a TaggerModelError, also one thrown by another copy of this package.
   *
   * @param error - any value
   * @returns whether `error` is a TaggerModelError
   *
   * @example
   * ```ts
   * TaggerModelError.isInstance(new Error('x')) // false
   * ```
   */
  static override isInstance(error: unknown): error is TaggerModelError {
    return hasErrorMarker(error, 'TaggerModelError')
  }
}
