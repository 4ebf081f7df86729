/**
 * Every error `@nuqta/dedup` throws. Each extends `NuqtaError` from `@nuqta/core`: a stable
 * `name` and `code`, the `cause` kept, an options-object constructor, and an `isInstance` guard
 * that recognises errors from any installed copy of this package.
 * @module
 */
import { hasErrorMarker, markError, NuqtaArgumentError, NuqtaError } from '@nuqta/core'

/**
 * Thrown when bytes given to {@link Deduplicator.load} are not a dedup index this version can
 * read: wrong magic bytes (a foreign file), an unsupported format version, a truncated file or a
 * checksum mismatch (a corrupted file). `code` is `'ERR_NUQTA_DEDUP_INDEX_FORMAT'`.
 * @example
 * ```ts
 * try {
 *   Deduplicator.load(new Uint8Array([1, 2, 3]))
 * } catch (e) {
 *   if (IndexFormatError.isInstance(e)) console.log(e.byteOffset, e.message)
 * }
 * ```
 */
export class IndexFormatError extends NuqtaError {
  /**
   * Byte offset in the input where the problem was found.
   * @example
   * ```ts
   * new IndexFormatError({ message: 'bad magic', byteOffset: 0 }).byteOffset // 0
   * ```
   */
  readonly byteOffset: number
  /**
   * Creates the error.
   * @param options - what is wrong, where in the input, and an optional cause
   * @example
   * ```ts
   * new IndexFormatError({ message: 'truncated', byteOffset: 12 })
   * ```
   */
  constructor(options: { message: string; byteOffset: number; cause?: unknown }) {
    super({ message: options.message, code: 'ERR_NUQTA_DEDUP_INDEX_FORMAT', cause: options.cause })
    this.name = 'IndexFormatError'
    this.byteOffset = options.byteOffset
    markError(this, 'IndexFormatError')
  }
  /**
   * True for an `IndexFormatError` from any copy of this package.
   * @param value - any value
   * @returns whether `value` is an `IndexFormatError`
   * @example
   * ```ts
   * IndexFormatError.isInstance(new IndexFormatError({ message: 'x', byteOffset: 0 })) // true
   * ```
   */
  static override isInstance(value: unknown): value is IndexFormatError {
    return hasErrorMarker(value, 'IndexFormatError')
  }
}

/**
 * Thrown when a document id is added that is already in the index. `code` is
 * `'ERR_NUQTA_DEDUP_DUPLICATE_ID'`.
 * @example
 * ```ts
 * const d = new Deduplicator()
 * d.add({ id: 'a', text: 'text' })
 * try { d.add({ id: 'a', text: 'other' }) } catch (e) { if (DuplicateIdError.isInstance(e)) console.log(e.id) }
 * ```
 */
export class DuplicateIdError extends NuqtaError {
  /**
   * The id that was already present.
   * @example
   * ```ts
   * new DuplicateIdError({ id: 'a' }).id // 'a'
   * ```
   */
  readonly id: string
  /**
   * Creates the error.
   * @param options - the repeated id, and an optional cause
   * @example
   * ```ts
   * new DuplicateIdError({ id: 'doc-1' })
   * ```
   */
  constructor(options: { id: string; cause?: unknown }) {
    super({
      message: `Duplicate document id ${JSON.stringify(options.id)}: it is already in the index; remove it first`,
      code: 'ERR_NUQTA_DEDUP_DUPLICATE_ID',
      cause: options.cause,
    })
    this.name = 'DuplicateIdError'
    this.id = options.id
    markError(this, 'DuplicateIdError')
  }
  /**
   * True for a `DuplicateIdError` from any copy of this package.
   * @param value - any value
   * @returns whether `value` is a `DuplicateIdError`
   * @example
   * ```ts
   * DuplicateIdError.isInstance(new Error('x')) // false
   * ```
   */
  static override isInstance(value: unknown): value is DuplicateIdError {
    return hasErrorMarker(value, 'DuplicateIdError')
  }
}

/**
 * Thrown for invalid options or arguments (a threshold outside (0, 1], bands × rows larger than
 * the number of permutations, a shingle size below 1, mismatched sketches, a document that is not
 * `{ id, text }`…). It is a `NuqtaArgumentError` (code `'ERR_NUQTA_INVALID_ARGUMENT'`) whose
 * `argument` and `option` name the option at fault.
 * @example
 * ```ts
 * try { new Deduplicator({ threshold: 2 }) } catch (e) { console.log(DedupOptionsError.isInstance(e)) }
 * ```
 */
export class DedupOptionsError extends NuqtaArgumentError {
  /**
   * The option at fault.
   * @example
   * ```ts
   * new DedupOptionsError({ option: 'threshold', message: 'must be in (0, 1]' }).option // 'threshold'
   * ```
   */
  readonly option: string
  /**
   * Creates the error.
   * @param options - the option name, what is wrong, and an optional cause
   * @example
   * ```ts
   * new DedupOptionsError({ option: 'numPerm', message: 'must be a positive integer' })
   * ```
   */
  constructor(options: { option: string; message: string; cause?: unknown }) {
    super({ argument: options.option, message: options.message, cause: options.cause })
    this.name = 'DedupOptionsError'
    this.option = options.option
    markError(this, 'DedupOptionsError')
  }
  /**
   * True for a `DedupOptionsError` from any copy of this package.
   * @param value - any value
   * @returns whether `value` is a `DedupOptionsError`
   * @example
   * ```ts
   * DedupOptionsError.isInstance(new DedupOptionsError({ option: 'x', message: 'y' })) // true
   * ```
   */
  static override isInstance(value: unknown): value is DedupOptionsError {
    return hasErrorMarker(value, 'DedupOptionsError')
  }
}
