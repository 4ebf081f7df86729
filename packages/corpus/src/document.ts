/**
 * Turning a parsed record into a `Document`: id, date, text, paragraphs, language, cleaning.
 * @module
 */
import { composeChanges, createMessage, type Message, type TextChange } from '@nuqta/core'
import { SOURCE } from './changes'
import { cleanText } from './clean'
import { parseDate } from './date'
import { CorpusParseError } from './errors'
import { detectLang } from './lang'
import type { ReadOptions } from './options'
import { FILE_SEQ_HASH } from './patterns'
import { segmentParagraphs } from './segment'
import { tidyParagraphs, tidyText } from './tidy'
import type { Document, DocumentSource, EncodingName, Format, Lang, Paragraph } from './types'

/**
 * A record as a format parser produces it, before it becomes a document.
 * @internal
 */
export interface RawRecord {
  /** Text; paragraphs separated by newlines. Ignored when `paragraphs` is set. */
  text: string
  /** Paragraph texts, when the format marks them (SGML `<P>`, HTML blocks). */
  paragraphs?: string[]
  id?: string | undefined
  title?: string | undefined
  date?: string | number | undefined
  url?: string | undefined
  meta?: Record<string, string>
  /** 0-based index of the record in its input. */
  record: number
  byteOffset: number
  /** Length of the record in bytes, when the format knows it. */
  byteLength?: number
  line?: number
  encoding?: EncodingName
  confidence?: number
  warnings: Message[]
  /** A finished document (a nuqta JSONL line read back), passed through as is. */
  document?: Document
}

/**
 * What every record of one input shares.
 * @internal
 */
export interface BuildContext {
  format: Format
  path?: string | undefined
  gzip: boolean
  encoding: EncodingName
  confidence: number
  options: ReadOptions
}

/**
 * An id parsed from a file name.
 * @example
 * ```ts
 * const parsed: FileNameId = { id: '9f86d081884c7d65', sequence: 17, hash: '9f86d081884c7d65' }
 * ```
 */
export interface FileNameId {
  /** The hash when the name has one, else the file stem. @example `'9f86d081884c7d65'` */
  id: string
  /** The sequence number before the underscore. @example `0` */
  sequence?: number
  /** The hexadecimal hash after the underscore, lower-cased. @example `'9f86d081884c7d65'` */
  hash?: string
}

/**
 * The id and its parts from a file name like `017_9f86d081884c7d65.txt`, else the file stem.
 * @param path - a path or file name
 * @returns `id` (the hash, or the stem), and `sequence`/`hash` when the name has both
 * @example
 * ```ts
 * idFromFileName('corpus/017_9f86d081884c7d65.txt')
 * // { id: '9f86d081884c7d65', sequence: 17, hash: '9f86d081884c7d65' }
 * idFromFileName('notes/report.final.txt') // { id: 'report.final' }
 * ```
 */
export function idFromFileName(path: string): FileNameId {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  let stem = base
  for (const ext of [
    '.gz',
    '.txt',
    '.jsonl',
    '.ndjson',
    '.json',
    '.csv',
    '.tsv',
    '.xml',
    '.sgml',
    '.sgm',
    '.html',
    '.htm',
    '.warc',
    '.wet',
    '.parquet',
    '.arrow',
  ]) {
    if (stem.toLowerCase().endsWith(ext) && stem.length > ext.length)
      stem = stem.slice(0, -ext.length)
  }
  const m = FILE_SEQ_HASH.exec(stem.toLowerCase())
  if (m)
    return {
      id: (m[2] as string).toLowerCase(),
      sequence: Number(m[1]),
      hash: (m[2] as string).toLowerCase(),
    }
  return { id: stem }
}

/** The document's language: the paragraphs' common language when they agree (exact, since the
 * shares add up), else counted over the whole text. */
function docLang(paragraphs: Paragraph[], text: string): Lang {
  let lang: Lang = 'und'
  for (const p of paragraphs) {
    if (p.lang === 'und' || p.lang === lang) continue
    if (lang !== 'und') return detectLang(text)
    lang = p.lang
  }
  return lang === 'mixed' ? detectLang(text) : lang
}

/**
 * Build a document from a record. Paragraph spans and languages are computed here; cleaning runs when
 * enabled and available.
 * @internal
 */
export function buildDocument(raw: RawRecord, ctx: BuildContext): Document {
  if (raw.document) return raw.document
  const source: DocumentSource = {
    ...(ctx.path === undefined ? {} : { path: ctx.path }),
    ...(raw.url ? { url: raw.url } : {}),
    format: ctx.format,
    ...(ctx.gzip ? { gzip: true } : {}),
    encoding: raw.encoding ?? ctx.encoding,
    confidence: raw.confidence ?? ctx.confidence,
    record: raw.record,
    byteOffset: raw.byteOffset,
    ...(raw.byteLength === undefined ? {} : { byteLength: raw.byteLength }),
    ...(raw.line === undefined ? {} : { line: raw.line }),
  }
  let id = raw.id?.trim()
  if (!id && ctx.path && ctx.format === 'text') {
    const parsed = idFromFileName(ctx.path)
    id = parsed.id
    if (parsed.sequence !== undefined) source.sequence = parsed.sequence
    if (parsed.hash !== undefined) source.hash = parsed.hash
  }
  if (!id) id = `${ctx.path ? idFromFileName(ctx.path).id : 'input'}#${raw.record}`
  // the record text, tidied (line endings, outer whitespace), then cleaned; every step's changes
  // are composed into one edit script from the record text to `doc.text`
  let text: string
  let paragraphs: Paragraph[]
  let changes: TextChange[]
  if (raw.paragraphs) {
    const tidied = tidyParagraphs(raw.paragraphs)
    text = tidied.text
    changes = tidied.changes
    paragraphs = []
    let at = 0
    for (const p of tidied.parts) {
      paragraphs.push({ text: p, start: at, end: at + p.length, lang: detectLang(p) })
      at += p.length + 1
    }
  } else {
    const tidied = tidyText(raw.text)
    text = tidied.text
    changes = tidied.changes
    paragraphs = segmentParagraphs(text)
  }
  const doc: Document = {
    id,
    source,
    lang: 'und',
    text,
    paragraphs,
    changes,
    warnings: raw.warnings,
  }
  const clean = ctx.options.clean ?? true
  if (clean !== false && text) {
    const r = cleanText(text, clean === true ? {} : clean)
    doc.text = r.text
    doc.paragraphs = r.paragraphs.map((p) => ({
      text: p.text,
      start: p.start,
      end: p.end,
      lang: detectLang(p.text),
      kind: p.kind,
    }))
    doc.changes =
      changes.length === 0
        ? r.changes
        : r.changes.length === 0
          ? changes
          : composeChanges(changes, r.changes, text)
    for (const w of r.warnings)
      doc.warnings.push(
        ctx.path !== undefined && w.file === undefined ? { ...w, file: ctx.path } : w,
      )
  }
  doc.lang = docLang(doc.paragraphs, doc.text)
  const title = raw.title === undefined ? undefined : tidyText(raw.title).text
  if (title) doc.title = title
  const date = parseDate(raw.date) ?? (raw.id ? parseDate(raw.id) : undefined)
  if (date) doc.date = date
  else if (raw.date !== undefined && String(raw.date).trim())
    doc.warnings.push(
      createMessage({
        ruleId: 'corpus/document-unparsed-date',
        reason: `Date "${String(raw.date).slice(0, 64)}" is in no known form; kept in meta.date`,
        source: SOURCE,
        severity: 'warning',
        byteOffset: raw.byteOffset,
        line: raw.line,
        file: ctx.path,
      }),
    )
  const meta = { ...raw.meta }
  if (!date && raw.date !== undefined && String(raw.date).trim()) meta.date = String(raw.date)
  if (Object.keys(meta).length) doc.meta = meta
  return doc
}

/**
 * Report a problem: in strict mode throw, otherwise hand the warning to `onWarning` and return it.
 * @internal
 */
export function report(w: Message, options: ReadOptions): Message {
  if (options.strict && w.severity === 'error') {
    throw new CorpusParseError({
      message: w.reason,
      ruleId: w.ruleId,
      line: w.line,
      byteOffset: w.byteOffset,
      file: w.file,
    })
  }
  options.onWarning?.(w)
  return w
}
