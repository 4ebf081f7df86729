/**
 * The one entry point: any input in, an async iterable of documents out.
 * @module
 */

import type { Message as Warning } from '@nuqta/core'
import { detectBinaryFormat, detectTextFormat, TRIED_FORMATS } from './detect'
import { type BuildContext, buildDocument, type RawRecord, report } from './document'
import { detectEncoding, type EncodingGuess, normalizeEncodingLabel } from './encoding'
import { CorpusInputError, CorpusParseError, UnknownFormatError } from './errors'
import { parseArrow } from './formats/arrow'
import { parseCsv } from './formats/csv'
import { parseHtmlDocument } from './formats/html'
import { parseJsonl } from './formats/jsonl'
import { parseParquet, type RandomAccessBytes } from './formats/parquet'
import { parseSgml } from './formats/sgml'
import { parseText } from './formats/text'
import { parseWarc } from './formats/warc'
import { type CorpusInput, collect, gunzip, PeekableBytes, toChunks } from './input'
import { declaredCharset } from './markup'
import { DEFAULT_MAX_DECOMPRESSED, type ReadOptions } from './options'
import { TextSource } from './textsource'
import type { Document, Format } from './types'

/** Bytes looked at for format and encoding detection. */
const HEAD = 65536

const FORMATS: ReadonlySet<string> = new Set(TRIED_FORMATS)

/** The charset a markup sample declares (XML prolog or meta tag), read as ASCII. */
function declaredInMarkup(head: Uint8Array): { label: string; from: string } | undefined {
  let ascii = ''
  const n = Math.min(head.length, 2048)
  for (let i = 0; i < n; i++) {
    const b = head[i] as number
    ascii += b < 0x80 && b !== 0 ? String.fromCharCode(b) : ' '
  }
  return declaredCharset(ascii)
}

/**
 * Read documents from any input. The container format is detected from the bytes (gzip, Parquet,
 * Arrow, WARC/WET, JSONL, SGML/XML, HTML, CSV/TSV, plain text), unless `options.format` names it;
 * the encoding is detected (BOM, UTF-8, UTF-16, Windows-1256, ISO-8859-6, Windows-1252, then
 * jschardet), unless `options.encoding` names it. Streams end to end: memory is bounded by the largest
 * record (Parquet and Arrow inputs are read whole, except a Parquet `Blob` or `File`, which is read
 * with random access). Malformed records become warnings and reading
 * goes on; with `strict: true` the first one throws.
 * @param input - bytes, a Blob, a ReadableStream, an (async) iterable of byte chunks, or a string
 * @param options - format, encoding, field map, cleaning, strictness
 * @returns an async generator of documents
 * @throws {UnknownFormatError} when the input is binary or in no known format
 * @throws {CorpusParseError} in strict mode, at the first malformed record
 * @throws {CorpusInputError} when the input type is not supported
 * @example
 * ```ts
 * const jsonl = '{"id":"a1","title":"Talks","text":"Talks resumed in Istanbul."}\n'
 * for await (const doc of readDocuments(jsonl)) console.log(doc.id, doc.lang, doc.text)
 * // a1 en Talks resumed in Istanbul.
 * ```
 */
export async function* readDocuments(
  input: CorpusInput,
  options: ReadOptions = {},
): AsyncGenerator<Document> {
  if (options.format !== undefined && !FORMATS.has(options.format))
    throw new CorpusInputError({
      message: `Unknown format "${options.format}"; use one of ${TRIED_FORMATS.join(', ')}`,
      file: options.name,
    })
  const blob = await parquetBlob(input, options)
  if (blob) {
    const ctx: BuildContext = {
      format: 'parquet',
      path: options.name,
      gzip: false,
      encoding: 'utf-8',
      confidence: 1,
      options,
    }
    yield* build(parseParquet(blob, ctx), ctx)
    return
  }
  const fromString = typeof input === 'string'
  let src = new PeekableBytes(toChunks(input))
  let head = await src.peek(HEAD)
  let gzip = false
  /** Problems of the byte stream itself (gzip), attached to the next document. */
  const streamWarnings: Warning[] = []
  for (let depth = 0; depth < 4 && head[0] === 0x1f && head[1] === 0x8b; depth++) {
    gzip = true
    src = new PeekableBytes(
      gunzip(src, {
        maxBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED,
        report: (w) => report(w, options),
        warnings: streamWarnings,
        file: options.name,
      }),
    )
    try {
      head = await src.peek(HEAD)
    } catch (e) {
      if (CorpusParseError.isInstance(e)) throw e
      throw new CorpusParseError({
        message: `Broken gzip data: ${(e as Error).message}`,
        ruleId: 'corpus/gzip-corrupt',
        byteOffset: 0,
        file: options.name,
        cause: e,
      })
    }
    if (!head.length && streamWarnings.some((w) => w.severity === 'error'))
      throw new CorpusParseError({
        message: `Broken gzip data: ${streamWarnings[0]?.reason}`,
        ruleId: 'corpus/gzip-corrupt',
        byteOffset: 0,
        file: options.name,
      })
  }
  let format: Format | undefined = options.format === 'gzip' ? undefined : options.format
  const binary = detectBinaryFormat(head)
  if (!format && binary && binary !== 'gzip') format = binary
  const ctx: BuildContext = {
    format: format ?? 'text',
    path: options.name,
    gzip,
    encoding: 'utf-8',
    confidence: 1,
    options,
  }
  if (format === 'parquet' || format === 'arrow') {
    const bytes = await collect(src)
    const records = format === 'parquet' ? parseParquet(bytes, ctx) : parseArrow(bytes, ctx)
    yield* build(records, ctx, streamWarnings)
    return
  }
  if (format === 'warc' || (!format && isWarc(head))) {
    ctx.format = 'warc'
    yield* build(parseWarc(src, ctx), ctx, streamWarnings)
    return
  }
  // text formats: decide the encoding, then the format from the decoded start
  let guess: EncodingGuess
  if (fromString)
    guess = { encoding: 'utf-8', confidence: 1, bomLength: 0, method: 'option', warnings: [] }
  else if (options.encoding) {
    const label = normalizeEncodingLabel(options.encoding)
    if (!label)
      throw new CorpusInputError({
        message: `Unknown encoding "${options.encoding}"`,
        file: options.name,
      })
    const bom = await detectEncoding(head.subarray(0, 4))
    guess = {
      encoding: label,
      confidence: 1,
      bomLength: bom.method === 'bom' && bom.encoding === label ? bom.bomLength : 0,
      method: 'option',
      warnings: [],
    }
  } else {
    const declared = declaredInMarkup(head)
    guess = await detectEncoding(head, {
      ...(declared ? { declared: declared.label, declaredFrom: declared.from } : {}),
      ...(options.name === undefined ? {} : { file: options.name }),
    })
  }
  ctx.encoding = guess.encoding
  ctx.confidence = guess.confidence
  for (const w of guess.warnings) report(w, options)
  if (!format) {
    const sample = new TextSource([head], guess.encoding, guess.bomLength)
    let text = ''
    for await (const t of sample) text += t
    const detected = detectTextFormat(text)
    if (!detected)
      throw new UnknownFormatError({
        tried: TRIED_FORMATS,
        file: options.name,
        detail: 'control characters: binary data',
      })
    format = detected.format
  }
  ctx.format = format
  const text = new TextSource(src, guess.encoding, guess.bomLength, options.name)
  let records: AsyncGenerator<RawRecord>
  switch (format) {
    case 'jsonl':
      records = parseJsonl(text, ctx)
      break
    case 'csv':
    case 'tsv':
      records = parseCsv(text, ctx, format === 'tsv')
      break
    case 'sgml':
      records = parseSgml(text, ctx)
      break
    case 'html':
      records = parseHtmlDocument(text, ctx)
      break
    default:
      records = parseText(text, ctx)
  }
  let first = true
  for await (const doc of build(records, ctx, streamWarnings)) {
    if (first && guess.warnings.length) doc.warnings.unshift(...guess.warnings)
    first = false
    yield doc
  }
}

/**
 * A Parquet Blob (a `File` in browsers) read with random access: only the footer and the row groups
 * are read, never the whole Blob. Undefined for anything else.
 */
async function parquetBlob(
  input: CorpusInput,
  options: ReadOptions,
): Promise<RandomAccessBytes | undefined> {
  if (options.format !== undefined && options.format !== 'parquet') return undefined
  if (typeof Blob === 'undefined' || !(input instanceof Blob) || input.size < 12) return undefined
  const head = new Uint8Array(await input.slice(0, 4).arrayBuffer())
  if (detectBinaryFormat(head) !== 'parquet') return undefined
  return {
    byteLength: input.size,
    slice: (start: number, end?: number) => input.slice(start, end).arrayBuffer(),
  }
}

function isWarc(head: Uint8Array): boolean {
  let i = 0
  while (i < head.length && (head[i] === 0x0d || head[i] === 0x0a || head[i] === 0x20)) i++
  return (
    head[i] === 0x57 &&
    head[i + 1] === 0x41 &&
    head[i + 2] === 0x52 &&
    head[i + 3] === 0x43 &&
    head[i + 4] === 0x2f
  )
}

/**
 * Documents of the records. Warnings of the byte stream (`streamWarnings`, filled as the records are
 * read) go on the next document, or on the last one when the stream ends after it: each document is
 * held until the next record arrives, so nothing raised is left off every document. A document held
 * when reading fails is delivered before the error.
 */
async function* build(
  records: AsyncIterable<RawRecord>,
  ctx: BuildContext,
  streamWarnings: Warning[] = [],
): AsyncGenerator<Document> {
  let held: Document | undefined
  try {
    for await (const raw of records) {
      const doc = buildDocument(raw, ctx)
      if (held) yield held
      if (streamWarnings.length) doc.warnings.unshift(...streamWarnings.splice(0))
      held = doc
    }
  } catch (e) {
    if (held) {
      if (streamWarnings.length) held.warnings.push(...streamWarnings.splice(0))
      yield held
    }
    throw e
  }
  if (held) {
    if (streamWarnings.length) held.warnings.push(...streamWarnings.splice(0))
    yield held
  }
}
