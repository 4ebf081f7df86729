/**
 * Typed errors of `@nuqta/corpus`. Each extends `NuqtaError` from `@nuqta/core`: a stable `name` and
 * `code`, the `cause` kept, an options-object constructor, and a static `isInstance(e)` guard that
 * works across two installed copies of the package (a `Symbol.for` marker set by `markError`).
 * @module
 */
import { hasErrorMarker, markError, NuqtaError } from '@nuqta/core'
import type { Format } from './types'

/** `file, line 3, byte 120`: the known parts of a position, for a message. */
function where(file?: string, line?: number, byteOffset?: number): string {
  return [
    file,
    line === undefined ? undefined : `line ${line}`,
    byteOffset === undefined ? undefined : `byte ${byteOffset}`,
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * Thrown when the bytes are not any format the reader knows (binary data, an unsupported container).
 * It names every format it tried. Code `ERR_NUQTA_CORPUS_UNKNOWN_FORMAT`.
 * @example
 * ```ts
 * try {
 *   for await (const doc of readDocuments(new Uint8Array([0, 1, 2, 3, 255, 0, 7]))) console.log(doc)
 * } catch (e) {
 *   if (UnknownFormatError.isInstance(e)) console.log(e.tried) // ['gzip', 'parquet', …, 'text']
 * }
 * ```
 */
export class UnknownFormatError extends NuqtaError {
  /** The formats that were tried, in order. @example `['gzip', 'parquet', 'arrow', 'warc', 'jsonl', 'sgml', 'html', 'csv', 'tsv', 'text']` */
  readonly tried: Format[]
  /** The file name, when known. @example `'photo.jpg'` */
  readonly file: string | undefined
  /**
   * @param options - formats tried (in order), the input's name, why the last candidate was
   *   refused, and the error that caused it
   * @example
   * ```ts
   * new UnknownFormatError({ tried: ['text'], file: 'x.bin', detail: 'control characters' })
   * ```
   */
  constructor(options: {
    tried: Format[]
    file?: string | undefined
    detail?: string | undefined
    cause?: unknown
  }) {
    const { tried, file, detail } = options
    super({
      message: `${file ? `${file}: ` : ''}unknown or binary format${detail ? ` (${detail})` : ''}; tried ${tried.join(', ')}`,
      code: 'ERR_NUQTA_CORPUS_UNKNOWN_FORMAT',
      cause: options.cause,
    })
    this.name = 'UnknownFormatError'
    markError(this, 'UnknownFormatError')
    this.tried = tried
    this.file = file
  }
  /**
   * True when `e` is an `UnknownFormatError` from any copy of this package.
   * @example
   * ```ts
   * UnknownFormatError.isInstance(new UnknownFormatError({ tried: ['text'] })) // true
   * ```
   */
  static override isInstance(e: unknown): e is UnknownFormatError {
    return hasErrorMarker(e, 'UnknownFormatError')
  }
}

/**
 * Thrown in `strict` mode at the first malformed record (bad JSON line, broken CSV quote, truncated
 * WARC record, unclosed SGML document, invalid bytes), and for broken gzip, Parquet or Arrow data in
 * any mode. Carries the rule and the position. Code `ERR_NUQTA_CORPUS_PARSE`.
 * @example
 * ```ts
 * try {
 *   for await (const d of readDocuments('{"text":"a"}\n{oops\n', { strict: true })) console.log(d.id)
 * } catch (e) {
 *   if (CorpusParseError.isInstance(e)) console.log(e.line, e.byteOffset) // 2 13
 * }
 * ```
 */
export class CorpusParseError extends NuqtaError {
  /** Rule that failed, as in the matching warning. @example `'corpus/jsonl-malformed-line'` */
  readonly ruleId: string
  /** 1-based line of the problem, when known. @example `2` */
  readonly line: number | undefined
  /** Byte offset of the problem in the (decompressed) input, when known. @example `13` */
  readonly byteOffset: number | undefined
  /** The input's name, when known. @example `'news.jsonl'` */
  readonly file: string | undefined
  /**
   * @param options - what went wrong, the rule, the position and the error that caused it
   * @example
   * ```ts
   * new CorpusParseError({ message: 'bad', ruleId: 'corpus/jsonl-malformed-line', line: 2 })
   * ```
   */
  constructor(options: {
    message: string
    ruleId: string
    line?: number | undefined
    byteOffset?: number | undefined
    file?: string | undefined
    cause?: unknown
  }) {
    const at = where(options.file, options.line, options.byteOffset)
    super({
      message: at ? `${options.message} (${at})` : options.message,
      code: 'ERR_NUQTA_CORPUS_PARSE',
      cause: options.cause,
    })
    this.name = 'CorpusParseError'
    markError(this, 'CorpusParseError')
    this.ruleId = options.ruleId
    this.line = options.line
    this.byteOffset = options.byteOffset
    this.file = options.file
  }
  /**
   * True when `e` is a `CorpusParseError` from any copy of this package.
   * @example
   * ```ts
   * CorpusParseError.isInstance(new CorpusParseError({ message: 'bad', ruleId: 'corpus/x' })) // true
   * ```
   */
  static override isInstance(e: unknown): e is CorpusParseError {
    return hasErrorMarker(e, 'CorpusParseError')
  }
}

/**
 * Thrown when the input itself is unusable: an unsupported input type, an unknown format or encoding
 * option, or a path that does not exist. Code `ERR_NUQTA_CORPUS_INPUT`.
 * @example
 * ```ts
 * try {
 *   for await (const d of readDocuments(42 as never)) console.log(d)
 * } catch (e) {
 *   console.log(CorpusInputError.isInstance(e)) // true
 * }
 * ```
 */
export class CorpusInputError extends NuqtaError {
  /** The input's name or path, when known. @example `'news/*.jsonl'` */
  readonly file: string | undefined
  /**
   * @param options - what is wrong with the input, its name, and the error that caused it
   * @example
   * ```ts
   * new CorpusInputError({ message: 'Expected byte chunks, got number' })
   * ```
   */
  constructor(options: { message: string; file?: string | undefined; cause?: unknown }) {
    super({ message: options.message, code: 'ERR_NUQTA_CORPUS_INPUT', cause: options.cause })
    this.name = 'CorpusInputError'
    markError(this, 'CorpusInputError')
    this.file = options.file
  }
  /**
   * True when `e` is a `CorpusInputError` from any copy of this package.
   * @example
   * ```ts
   * CorpusInputError.isInstance(new CorpusInputError({ message: 'no' })) // true
   * ```
   */
  static override isInstance(e: unknown): e is CorpusInputError {
    return hasErrorMarker(e, 'CorpusInputError')
  }
}
