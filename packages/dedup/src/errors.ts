/**
 * Typed errors. Each class has a stable `name` and a static `isInstance` guard that recognises
 * errors from any copy of this package (a `Symbol.for` marker, not `instanceof`).
 */

const INDEX_FORMAT = Symbol.for('nuqta.error.IndexFormatError')
const DUPLICATE_ID = Symbol.for('nuqta.error.DuplicateIdError')
const OPTIONS = Symbol.for('nuqta.error.DedupOptionsError')

/**
 * Thrown when bytes given to {@link Deduplicator.load} are not a dedup index this version can
 * read: wrong magic bytes (a foreign file), an unsupported format version, a truncated file or a
 * checksum mismatch (a corrupted file).
 * @example
 * ```ts
 * try {
 *   Deduplicator.load(new Uint8Array([1, 2, 3]))
 * } catch (e) {
 *   if (IndexFormatError.isInstance(e)) console.log(e.byteOffset, e.message)
 * }
 * ```
 */
export class IndexFormatError extends Error {
  /** @internal */
  readonly [INDEX_FORMAT] = true
  /**
   * Byte offset in the input where the problem was found.
   * @example
   * ```ts
   * new IndexFormatError('bad magic', 0).byteOffset // 0
   * ```
   */
  readonly byteOffset: number
  /**
   * Creates the error.
   * @param message - what is wrong
   * @param byteOffset - where in the input
   * @example
   * ```ts
   * new IndexFormatError('truncated', 12)
   * ```
   */
  constructor(message: string, byteOffset: number) {
    super(message)
    this.name = 'IndexFormatError'
    this.byteOffset = byteOffset
  }
  /**
   * True for an `IndexFormatError` from any copy of this package.
   * @param e - any value
   * @example
   * ```ts
   * IndexFormatError.isInstance(new IndexFormatError('x', 0)) // true
   * ```
   */
  static isInstance(e: unknown): e is IndexFormatError {
    return typeof e === 'object' && e !== null && INDEX_FORMAT in e
  }
}

/**
 * Thrown when a document id is added that is already in the index.
 * @example
 * ```ts
 * const d = new Deduplicator()
 * d.add('a', 'text')
 * try { d.add('a', 'other') } catch (e) { if (DuplicateIdError.isInstance(e)) console.log(e.id) }
 * ```
 */
export class DuplicateIdError extends Error {
  /** @internal */
  readonly [DUPLICATE_ID] = true
  /**
   * The id that was already present.
   * @example
   * ```ts
   * new DuplicateIdError('a').id // 'a'
   * ```
   */
  readonly id: string
  /**
   * Creates the error.
   * @param id - the repeated id
   * @example
   * ```ts
   * new DuplicateIdError('doc-1')
   * ```
   */
  constructor(id: string) {
    super(
      `Duplicate document id ${JSON.stringify(id)}: it is already in the index; remove it first`,
    )
    this.name = 'DuplicateIdError'
    this.id = id
  }
  /**
   * True for a `DuplicateIdError` from any copy of this package.
   * @param e - any value
   * @example
   * ```ts
   * DuplicateIdError.isInstance(new Error('x')) // false
   * ```
   */
  static isInstance(e: unknown): e is DuplicateIdError {
    return typeof e === 'object' && e !== null && DUPLICATE_ID in e
  }
}

/**
 * Thrown for invalid options (a threshold outside (0, 1], bands × rows larger than the number of
 * permutations, a shingle size below 1, mismatched sketches, …).
 * @example
 * ```ts
 * try { new Deduplicator({ threshold: 2 }) } catch (e) { console.log(DedupOptionsError.isInstance(e)) }
 * ```
 */
export class DedupOptionsError extends RangeError {
  /** @internal */
  readonly [OPTIONS] = true
  /**
   * The option at fault.
   * @example
   * ```ts
   * new DedupOptionsError('threshold', 'must be in (0, 1]').option // 'threshold'
   * ```
   */
  readonly option: string
  /**
   * Creates the error.
   * @param option - the option name
   * @param message - what is wrong
   * @example
   * ```ts
   * new DedupOptionsError('numPerm', 'must be a positive integer')
   * ```
   */
  constructor(option: string, message: string) {
    super(`${option}: ${message}`)
    this.name = 'DedupOptionsError'
    this.option = option
  }
  /**
   * True for a `DedupOptionsError` from any copy of this package.
   * @param e - any value
   * @example
   * ```ts
   * DedupOptionsError.isInstance(new DedupOptionsError('x', 'y')) // true
   * ```
   */
  static isInstance(e: unknown): e is DedupOptionsError {
    return typeof e === 'object' && e !== null && OPTIONS in e
  }
}
