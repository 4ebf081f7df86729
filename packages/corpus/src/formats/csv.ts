/**
 * CSV and TSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes), streaming.
 * @module
 */

import type { Message } from '@nuqta/core'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { pick, scalar } from '../fields'
import type { TextSource } from '../textsource'

const QUOTE = 0x22

/**
 * The UTF-16 code of a one-character delimiter.
 * @internal
 */
export const codeOf = (d: string): number => d.charCodeAt(0)

interface ParsedRecord {
  fields: string[]
  /** Absolute index (in the whole decoded stream) of the record's first character. */
  start: number
  /** Absolute index after the record (after its line break). */
  end: number
  /** Line breaks consumed (inside quotes and the terminator). */
  newlines: number
  /** A field started with a quote that did not end it, and was read as written. */
  loose: boolean
  problem?: string
}

/** Where the parser is inside the current field. */
enum Mode {
  /** At the start of a field. */
  Start,
  /** Inside an unquoted field. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: a doubled quote or the closing one. */
  QuoteSeen,
  /** After a closing quote. */
  Closed,
  /** Text after a closing quote, up to the next delimiter or line feed. */
  Stray,
  /** After a closing quote and a carriage return: the record ends (with a line feed if one follows). */
  ClosedCr,
}

/** Count `\n` in s[a, b). */
function countNewlines(s: string, a: number, b: number): number {
  let n = 0
  for (let i = s.indexOf('\n', a); i >= 0 && i < b; i = s.indexOf('\n', i + 1)) n++
  return n
}

/**
 * An RFC 4180 parser fed one text chunk at a time. Its state (mode, field parts, fields of the open
 * record) is kept across chunks, so every character is looked at once however long a field is.
 * @internal
 */
export class CsvParser {
  private readonly delim: number
  private mode = Mode.Start
  private fields: string[] = []
  /** The open field's value, one part per chunk it spans. */
  private parts: string[] = []
  /** Pieces of the open field within the current chunk (joined into `parts` at chunk end). */
  private pieces: string[] = []
  /** The value of a quoted field once its closing quote is seen. */
  private quoted = ''
  private newlines = 0
  private loose = false
  private problem: string | undefined
  private started = false
  private recordStart = 0
  /** Absolute index of the current chunk's first character. */
  private base = 0

  constructor(delim: number) {
    this.delim = delim
  }

  private flushPieces(): void {
    if (this.pieces.length) {
      this.parts.push(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join(''))
      this.pieces = []
    }
  }

  private take(): string {
    this.flushPieces()
    const v = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('')
    this.parts = []
    return v
  }

  private emit(end: number, out: ParsedRecord[]): void {
    out.push({
      fields: this.fields,
      start: this.recordStart,
      end,
      newlines: this.newlines,
      loose: this.loose,
      ...(this.problem ? { problem: this.problem } : {}),
    })
    this.fields = []
    this.newlines = 0
    this.loose = false
    this.problem = undefined
    this.started = false
    this.mode = Mode.Start
    this.recordStart = end
  }

  /** The stray text after a closing quote ends (at a delimiter, a line feed or the input's end). */
  private endStray(atLineFeed: boolean): void {
    const stray = this.take()
    const q = this.quoted
    this.quoted = ''
    if (!q.includes('\n')) {
      // a field that only starts with a quote ('"Yes," he said'): read it as written
      let raw = `"${q.replaceAll('"', '""')}"${stray}`
      if (atLineFeed && raw.charCodeAt(raw.length - 1) === 13) raw = raw.slice(0, -1)
      this.fields.push(raw)
      this.loose = true
    } else {
      // stray text after a closing quote: keep it, say so
      this.problem ??= 'text after a closing quote'
      this.fields.push(q + stray)
    }
  }

  /** Parse one chunk; returns the records it completes. */
  feed(s: string): ParsedRecord[] {
    const out: ParsedRecord[] = []
    const len = s.length
    const delim = this.delim
    let i = 0
    while (i < len) {
      switch (this.mode) {
        case Mode.Start: {
          this.started = true
          if (s.charCodeAt(i) === QUOTE) {
            this.mode = Mode.Quoted
            i++
          } else this.mode = Mode.Unquoted
          break
        }
        case Mode.Unquoted:
        case Mode.Stray: {
          let k = i
          while (k < len) {
            const c = s.charCodeAt(k)
            if (c === delim || c === 10) break
            k++
          }
          if (k > i) this.pieces.push(s.slice(i, k))
          if (k >= len) {
            i = len
            break
          }
          const lf = s.charCodeAt(k) === 10
          if (this.mode === Mode.Stray) this.endStray(lf)
          else {
            let v = this.take()
            if (lf && v.charCodeAt(v.length - 1) === 13) v = v.slice(0, -1)
            this.fields.push(v)
          }
          i = k + 1
          if (lf) {
            this.newlines++
            this.emit(this.base + i, out)
          } else this.mode = Mode.Start
          break
        }
        case Mode.Quoted: {
          const q = s.indexOf('"', i)
          const e = q < 0 ? len : q
          if (e > i) {
            this.pieces.push(s.slice(i, e))
            this.newlines += countNewlines(s, i, e)
          }
          i = q < 0 ? len : q + 1
          if (q >= 0) this.mode = Mode.QuoteSeen
          break
        }
        case Mode.QuoteSeen: {
          if (s.charCodeAt(i) === QUOTE) {
            this.pieces.push('"')
            this.mode = Mode.Quoted
            i++
          } else {
            this.quoted = this.take()
            this.mode = Mode.Closed
          }
          break
        }
        case Mode.Closed: {
          const c = s.charCodeAt(i)
          if (c === delim || c === 10 || c === 13) {
            this.fields.push(this.quoted)
            this.quoted = ''
            i++
            if (c === delim) this.mode = Mode.Start
            else if (c === 13) this.mode = Mode.ClosedCr
            else {
              this.newlines++
              this.emit(this.base + i, out)
            }
          } else this.mode = Mode.Stray
          break
        }
        case Mode.ClosedCr: {
          if (s.charCodeAt(i) === 10) {
            this.newlines++
            i++
          }
          this.emit(this.base + i, out)
          break
        }
      }
    }
    this.flushPieces()
    this.base += len
    return out
  }

  /** The end of the input: the open record, if any. */
  end(): ParsedRecord | undefined {
    if (!this.started) return undefined
    switch (this.mode) {
      case Mode.Start:
        this.fields.push('')
        break
      case Mode.Unquoted: {
        let v = this.take()
        if (v.charCodeAt(v.length - 1) === 13) v = v.slice(0, -1)
        this.fields.push(v)
        break
      }
      case Mode.Quoted:
        this.problem = 'a quoted field is not closed before the end of the input'
        this.fields.push(this.take())
        break
      case Mode.QuoteSeen:
        this.fields.push(this.take())
        break
      case Mode.Closed:
        this.fields.push(this.quoted)
        this.quoted = ''
        break
      case Mode.Stray:
        this.endStray(true)
        break
      default:
        break
    }
    const out: ParsedRecord[] = []
    this.emit(this.base, out)
    return out[0]
  }
}

/**
 * The delimiter of a CSV/TSV sample, or undefined when the sample is not a table: the first record
 * must look like a header (two or more short fields) and the next record must have as many fields.
 * @internal
 */
export function detectCsvDelimiter(sample: string): string | undefined {
  let best: string | undefined
  let bestCount = 1
  for (const d of ['\t', ',', ';', '|']) {
    const code = codeOf(d)
    const [header, row] = new CsvParser(code).feed(sample)
    if (!header || header.fields.length < 2 || header.problem) continue
    if (header.fields.some((f) => f.trim().length > 64 || f.trim().length === 0)) continue
    // a first row longer than the sample (a whole article in a quoted field) cannot be counted
    const cutOff = !row && sample.length >= 16384 && sample.charCodeAt(header.end) !== 0x0a
    if (!cutOff && (!row || row.fields.length !== header.fields.length)) continue
    if (header.fields.length > bestCount) {
      best = d
      bestCount = header.fields.length
    }
  }
  return best
}

/**
 * Records of a CSV/TSV stream: the first record is the header; the text column is chosen by the field
 * map, else by the default names, else it is the column with the longest value in the first row.
 * @internal
 */
export async function* parseCsv(
  src: TextSource,
  ctx: BuildContext,
  tsv: boolean,
): AsyncGenerator<RawRecord> {
  const { options } = ctx
  let delim = options.delimiter ? codeOf(options.delimiter) : tsv ? 9 : -1
  let line = 1
  let header: string[] | undefined
  let record = 0
  const file = ctx.path
  let textName: string | undefined
  const it = src[Symbol.asyncIterator]()
  let sample = ''
  let parser: CsvParser | undefined
  for (;;) {
    const next = await it.next()
    let recs: ParsedRecord[]
    if (!parser) {
      // the delimiter is detected on the first 64 Ki characters
      if (!next.done) {
        sample += next.value
        if (sample.length < 65536) continue
      }
      if (delim < 0) delim = codeOf(detectCsvDelimiter(sample) ?? ',')
      parser = new CsvParser(delim)
      recs = parser.feed(sample)
      sample = ''
    } else recs = next.done ? [] : parser.feed(next.value)
    if (next.done) {
      const last = parser.end()
      if (last) recs.push(last)
    }
    for (const rec of recs) {
      const offset = src.byteOffsetAt(rec.start)
      const endByte = src.byteOffsetAt(rec.end)
      const warnings: Message[] = src.takeWarnings(endByte).map((w) => report(w, options))
      const where = {
        source: '@nuqta/corpus' as const,
        line,
        byteOffset: offset,
        ...(file === undefined ? {} : { file }),
      }
      if (rec.problem)
        warnings.push(
          report(
            {
              ruleId: 'corpus/csv-malformed-row',
              reason: `Row at line ${line}: ${rec.problem}`,
              severity: 'error',
              ...where,
            },
            options,
          ),
        )
      if (rec.loose && header)
        warnings.push(
          report(
            {
              ruleId: 'corpus/csv-stray-quote',
              reason: `Row at line ${line}: a field starts with a quote that does not close it; read as written`,
              severity: 'warning',
              ...where,
            },
            options,
          ),
        )
      const empty = rec.fields.length === 1 && (rec.fields[0] as string).trim() === ''
      if (!empty) {
        if (!header) {
          header = rec.fields.map((f) => f.trim())
          if (header[0]?.charCodeAt(0) === 0xfeff) header[0] = header[0].slice(1)
        } else {
          if (rec.fields.length !== header.length)
            warnings.push(
              report(
                {
                  ruleId: 'corpus/csv-field-count',
                  reason: `Row at line ${line} has ${rec.fields.length} fields, the header has ${header.length}`,
                  severity: 'warning',
                  ...where,
                },
                options,
              ),
            )
          const row: Record<string, string> = {}
          header.forEach((h, k) => {
            row[h] = rec.fields[k] ?? ''
          })
          if (textName === undefined) {
            const t = pick(row, 'text', options.fields)
            textName = t?.name
            if (textName === undefined) {
              let longest = -1
              for (const h of header) {
                const v = row[h] ?? ''
                if (v.length > longest) {
                  longest = v.length
                  textName = h
                }
              }
            }
          }
          const id = pick(row, 'id', options.fields)
          const title = pick(row, 'title', options.fields)
          const date = pick(row, 'date', options.fields)
          const url = pick(row, 'url', options.fields)
          const used = new Set([textName, id?.name, title?.name, date?.name, url?.name])
          const meta: Record<string, string> = {}
          for (const h of header)
            if (!used.has(h) && row[h] && (row[h] as string).length <= 256)
              meta[h] = row[h] as string
          // fields past the header's count are kept too: nothing is lost
          for (let k = header.length; k < rec.fields.length; k++)
            meta[`field${k + 1}`] = rec.fields[k] as string
          yield {
            text: textName === undefined ? '' : (row[textName] ?? ''),
            id: id ? scalar(id.value) : undefined,
            title: title ? scalar(title.value) : undefined,
            date: date ? scalar(date.value) : undefined,
            url: url ? scalar(url.value) : undefined,
            ...(Object.keys(meta).length ? { meta } : {}),
            record,
            byteOffset: offset,
            line,
            warnings,
          }
          record++
        }
      }
      line += rec.newlines
    }
    if (next.done) break
  }
  for (const w of src.takeWarnings()) report(w, options)
}
