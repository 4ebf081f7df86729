/**
 * The data shapes of `@nuqta/corpus`: documents, their sources and paragraphs. Changes and warnings
 * use the shared shapes of `@nuqta/core` (`TextChange`, `Message`). Everything here is plain
 * JSON-serialisable data (no class instances), so a document crosses workers, files and the browser
 * unchanged.
 * @module
 */
import type { Message, TextChange } from '@nuqta/core'

/**
 * Language of a document or paragraph, decided from its letters: `ar` (Arabic script), `en` (Latin
 * script), `mixed` (both in a real share) or `und` (no letters at all).
 * @example
 * ```ts
 * const lang: Lang = 'ar'
 * ```
 */
export type Lang = 'ar' | 'en' | 'mixed' | 'und'

/**
 * A container format the reader understands.
 * @example
 * ```ts
 * const format: Format = 'jsonl'
 * ```
 */
export type Format =
  | 'text'
  | 'jsonl'
  | 'csv'
  | 'tsv'
  | 'sgml'
  | 'html'
  | 'warc'
  | 'parquet'
  | 'arrow'
  | 'gzip'

/**
 * An encoding the reader can decode. Single-byte code pages and UTF-8/UTF-16 are decoded by nuqta or
 * the platform; other labels found by the fallback detector are decoded by the platform's TextDecoder.
 * @example
 * ```ts
 * const enc: EncodingName = 'windows-1256'
 * ```
 */
export type EncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1256'
  | 'iso-8859-6'
  | 'windows-1252'
  | (string & {})

/**
 * A paragraph of a document: its text and its span in the document's `text`
 * (`text.slice(start, end) === paragraph.text`).
 * @example
 * ```ts
 * const p: Paragraph = { text: 'Hello.', start: 0, end: 6, lang: 'en' }
 * ```
 */
export interface Paragraph {
  /** The paragraph's text. @example `'Hello.'` */
  text: string
  /** Start in the document text (UTF-16 code units). @example `0` */
  start: number
  /** End (exclusive) in the document text. @example `6` */
  end: number
  /** Language of this paragraph. @example `'en'` */
  lang: Lang
  /** What the paragraph is, when known (`'heading'`, `'body'`, …). @example `'body'` */
  kind?: string
}

/**
 * Where a document came from.
 * @example
 * ```ts
 * const s: DocumentSource = {
 *   path: 'corpus/017_9f86d081884c7d65.txt',
 *   format: 'text',
 *   encoding: 'utf-8',
 *   confidence: 1,
 *   record: 0,
 *   byteOffset: 0,
 * }
 * ```
 */
export interface DocumentSource {
  /** File path (Node entry) or the `name` option. @example `'corpus/017_9f86d081884c7d65.txt'` */
  path?: string
  /** URL of the page (WARC/WET `WARC-Target-URI`, or a `url` field). @example `'https://example.com/a'` */
  url?: string
  /** Container format the record was read from. @example `'jsonl'` */
  format: Format
  /** True when the input was gzip-compressed (offsets are then in the decompressed bytes). @example `true` */
  gzip?: boolean
  /** Encoding used to decode the record's text. @example `'windows-1256'` */
  encoding: EncodingName
  /** Confidence in that encoding, 0 to 1 (1 for a BOM, a valid non-ASCII UTF-8 body or an explicit option). @example `0.9` */
  confidence: number
  /** 0-based index of the record within its input. @example `0` */
  record: number
  /** Byte offset of the record in the (decompressed) input. @example `0` */
  byteOffset: number
  /** Length in bytes of the record in the (decompressed) input, when the format knows it. @example `5120` */
  byteLength?: number
  /** 1-based line of the record's first byte, for line-based formats. @example `1` */
  line?: number
  /** Sequence number parsed from a file name like `017_9f86d081884c7d65.txt`. @example `17` */
  sequence?: number
  /** Hash parsed from a file name like `017_9f86d081884c7d65.txt`. @example `'9f86d081884c7d65'` */
  hash?: string
}

/**
 * One document: a news article, web page or record, with its text, paragraphs and every warning.
 * JSON-serialisable; {@link toJsonl} writes it and `readDocuments` reads it back unchanged.
 * @example
 * ```ts
 * const doc: Document = {
 *   id: 'a1',
 *   source: { format: 'jsonl', encoding: 'utf-8', confidence: 1, record: 0, byteOffset: 0, line: 1 },
 *   title: 'Hello',
 *   lang: 'en',
 *   text: 'Hello world.',
 *   paragraphs: [{ text: 'Hello world.', start: 0, end: 12, lang: 'en' }],
 *   changes: [],
 *   warnings: [],
 * }
 * ```
 */
export interface Document {
  /** Identifier: from the record's id field or file name, else `<name>#<record>`. @example `'9f86d081884c7d65'` */
  id: string
  /** Where it came from. @example `{ format: 'text', encoding: 'utf-8', confidence: 1, record: 0, byteOffset: 0 }` */
  source: DocumentSource
  /** Title or headline, when the source has one. @example `'Putin visits Kursk'` */
  title?: string
  /** Publication date, ISO 8601 (with its offset when the source gives one). @example `'2022-03-29T10:00:00+00:00'` */
  date?: string
  /** Language of the whole text. @example `'ar'` */
  lang: Lang
  /** The document's text; paragraphs are separated by `\n`. @example `'Hello world.'` */
  text: string
  /** Paragraphs with their spans in `text`. @example `[{ text: 'Hello world.', start: 0, end: 12, lang: 'en' }]` */
  paragraphs: Paragraph[]
  /**
   * Every change made between the decoded record text and `text`, sorted: line endings, trimmed
   * whitespace, mojibake repairs, removed boilerplate lines, inserted paragraph breaks. `start`/`end`
   * are in the record text ({@link sourceText}), `outputStart`/`outputEnd` in `text`; a complete edit
   * script, so `revertChanges(text, changes)` gives the record text back.
   * @example `[{ start: 0, end: 18, outputStart: 0, outputEnd: 0, before: 'Share on Facebook\n', after: '', ruleId: 'corpus/boilerplate-share', source: '@nuqta/corpus', reason: 'A share widget', kind: 'removal' }]`
   */
  changes: TextChange[]
  /** Problems met while reading and cleaning this record (`start`/`end` in `text`). @example `[]` */
  warnings: Message[]
  /** Other fields the source carries (SGML `type`, `dateline`, CSV/JSONL extra fields…). @example `{ type: 'story', dateline: 'MOSCOW' }` */
  meta?: Record<string, string>
}
