/**
 * Typed errors of `@nuqta/corpus`. Each has a stable `name` and a static `isInstance(e)` guard that
 * works across two installed copies of the package (a `Symbol.for` marker, as in vercel/ai).
 * @module
 */
import type { Format } from './types'

const unknownFormatMarker = Symbol.for('nuqta.error.UnknownFormatError')
const parseMarker = Symbol.for('nuqta.error.CorpusParseError')
const inputMarker = Symbol.for('nuqta.error.CorpusInputError')

/**
 * Thrown when the bytes are not any format the reader knows (binary data, an unsupported container).
 * It names every format it tried.
 * @example
 * ```ts
 * try {
 *   for await (const doc of readDocuments(new Uint8Array([0, 1, 2, 3, 255, 0, 7]))) console.log(doc)
 * } catch (e) {
 *   if (UnknownFormatError.isInstance(e)) console.log(e.tried) // ['gzip', 'parquet', …, 'text']
 * }
 * ```
 */
export class UnknownFormatError extends Error {
  /** The formats that were tried, in order. @example `['gzip', 'parquet', 'arrow', 'warc', 'jsonl', 'sgml', 'html', 'csv', 'tsv', 'text']` */
  readonly tried: Format[]
  /** The file name, when known. @example `'photo.jpg'` */
  readonly file: string | undefined
  /**
   * @param tried - formats tried, in order
   * @param file - the input's name, when known
   * @param detail - why the last candidate was refused
   */
  constructor(tried: Format[], file?: string, detail?: string) {
    super(
      `${file ? `${file}: ` : ''}unknown or binary format${detail ? ` (${detail})` : ''}; tried ${tried.join(', ')}`,
    )
    this.name = 'UnknownFormatError'
    Object.defineProperty(this, unknownFormatMarker, { value: true })
    this.tried = tried
    this.file = file
  }
  /**
   * True when `e` is an `UnknownFormatError` from any copy of this package.
   * @example
   * ```ts
   * UnknownFormatError.isInstance(new UnknownFormatError(['text'])) // true
   * ```
   */
  static isInstance(e: unknown): e is UnknownFormatError {
    return typeof e === 'object' && e !== null && unknownFormatMarker in e
  }
}

/**
 * Thrown in `strict` mode at the first malformed record (bad JSON line, broken CSV quote, truncated
 * WARC record, unclosed SGML document, invalid bytes). Carries the position.
 * @example
 * ```ts
 * try {
 *   for await (const d of readDocuments('{"text":"a"}\n{oops\n', { strict: true })) console.log(d.id)
 * } catch (e) {
 *   if (CorpusParseError.isInstance(e)) console.log(e.line, e.byteOffset) // 2 13
 * }
 * ```
 */
export class CorpusParseError extends Error {
  /** Rule that failed, as in the matching warning. @example `'jsonl/malformed-line'` */
  readonly ruleId: string
  /** 1-based line of the problem, when known. @example `2` */
  readonly line: number | undefined
  /** Byte offset of the problem in the (decompressed) input, when known. @example `13` */
  readonly byteOffset: number | undefined
  /** The input's name, when known. @example `'news.jsonl'` */
  readonly file: string | undefined
  /**
   * @param message - what went wrong
   * @param position - rule id and position of the problem
   */
  constructor(
    message: string,
    position: { ruleId: string; line?: number; byteOffset?: number; file?: string },
  ) {
    const where = [
      position.file,
      position.line === undefined ? undefined : `line ${position.line}`,
      position.byteOffset === undefined ? undefined : `byte ${position.byteOffset}`,
    ]
      .filter(Boolean)
      .join(', ')
    super(where ? `${message} (${where})` : message)
    this.name = 'CorpusParseError'
    Object.defineProperty(this, parseMarker, { value: true })
    this.ruleId = position.ruleId
    this.line = position.line
    this.byteOffset = position.byteOffset
    this.file = position.file
  }
  /**
   * True when `e` is a `CorpusParseError` from any copy of this package.
   * @example
   * ```ts
   * CorpusParseError.isInstance(new CorpusParseError('bad', { ruleId: 'x' })) // true
   * ```
   */
  static isInstance(e: unknown): e is CorpusParseError {
    return typeof e === 'object' && e !== null && parseMarker in e
  }
}

/**
 * Thrown when the input itself is unusable: an unsupported input type, or a path that does not exist.
 * @example
 * ```ts
 * try {
 *   for await (const d of readDocuments(42 as never)) console.log(d)
 * } catch (e) {
 *   console.log(CorpusInputError.isInstance(e)) // true
 * }
 * ```
 */
export class CorpusInputError extends TypeError {
  /**
   * @param message - what is wrong with the input
   */
  constructor(message: string) {
    super(message)
    this.name = 'CorpusInputError'
    Object.defineProperty(this, inputMarker, { value: true })
  }
  /**
   * True when `e` is a `CorpusInputError` from any copy of this package.
   * @example
   * ```ts
   * CorpusInputError.isInstance(new CorpusInputError('no')) // true
   * ```
   */
  static isInstance(e: unknown): e is CorpusInputError {
    return typeof e === 'object' && e !== null && inputMarker in e
  }
}
