/**
 * CSV and TSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes), streaming.
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { pick, scalar } from '../fields'
import type { TextSource } from '../textsource'
import type { Warning } from '../types'

const QUOTE = 0x22

/**
 * The UTF-16 code of a one-character delimiter.
 * @internal
 */
export const codeOf = (d: string): number => d.charCodeAt(0)

interface ParsedRecord {
  fields: string[]
  /** Index after the record (after its line break). */
  end: number
  /** Line breaks consumed (inside quotes and the terminator). */
  newlines: number
  /** A field started with a quote that did not end it, and was read as written. */
  loose: boolean
  problem?: string
}

/** Count `\n` in s[a, b). */
function countNewlines(s: string, a: number, b: number): number {
  let n = 0
  for (let i = s.indexOf('\n', a); i >= 0 && i < b; i = s.indexOf('\n', i + 1)) n++
  return n
}

/**
 * Parse one record starting at `pos`. Returns undefined when the buffer ends before the record does
 * and more input may come (`final` false).
 */
function parseRecord(
  s: string,
  pos: number,
  delim: number,
  final: boolean,
): ParsedRecord | undefined {
  const fields: string[] = []
  let i = pos
  let problem: string | undefined
  let loose = false
  const len = s.length
  for (;;) {
    if (i < len && s.charCodeAt(i) === QUOTE) {
      const fieldStart = i
      let j = i + 1
      let val = ''
      for (;;) {
        const q = s.indexOf('"', j)
        if (q < 0) {
          if (!final) return undefined
          problem = 'a quoted field is not closed before the end of the input'
          val += s.slice(j)
          i = len
          break
        }
        if (q + 1 >= len && !final) return undefined
        if (s.charCodeAt(q + 1) === QUOTE) {
          val += s.slice(j, q + 1)
          j = q + 2
          continue
        }
        val += s.slice(j, q)
        i = q + 1
        break
      }
      if (i < len) {
        const c = s.charCodeAt(i)
        if (c !== delim && c !== 10 && c !== 13) {
          let k = i
          while (k < len && s.charCodeAt(k) !== delim && s.charCodeAt(k) !== 10) k++
          if (k >= len && !final) return undefined
          if (!val.includes('\n')) {
            // a field that only starts with a quote ('"Yes," he said'): read it as written
            let e = k
            if (
              e > fieldStart &&
              s.charCodeAt(e - 1) === 13 &&
              (k >= len || s.charCodeAt(k) === 10)
            )
              e--
            val = s.slice(fieldStart, e)
            loose = true
          } else {
            // stray text after a closing quote: keep it, say so
            problem ??= 'text after a closing quote'
            val += s.slice(i, k)
          }
          i = k
        }
      }
      fields.push(val)
    } else {
      let k = i
      while (k < len) {
        const c = s.charCodeAt(k)
        if (c === delim || c === 10) break
        k++
      }
      if (k >= len && !final) return undefined
      let e = k
      if (e > i && s.charCodeAt(e - 1) === 13 && (k >= len || s.charCodeAt(k) === 10)) e--
      fields.push(s.slice(i, e))
      i = k
    }
    if (i >= len)
      return {
        fields,
        end: len,
        newlines: countNewlines(s, pos, len),
        loose,
        ...(problem ? { problem } : {}),
      }
    const c = s.charCodeAt(i)
    if (c === delim) {
      i++
      continue
    }
    if (c === 13) i++
    if (i < len && s.charCodeAt(i) === 10) i++
    else if (i >= len && !final) return undefined
    return {
      fields,
      end: i,
      newlines: countNewlines(s, pos, i),
      loose,
      ...(problem ? { problem } : {}),
    }
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
    const header = parseRecord(sample, 0, code, false)
    if (!header || header.fields.length < 2 || header.problem) continue
    if (header.fields.some((f) => f.trim().length > 64 || f.trim().length === 0)) continue
    const row = parseRecord(sample, header.end, code, false)
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
  let buf = ''
  let offset = src.startByte
  let line = 1
  let header: string[] | undefined
  let record = 0
  const file = ctx.path
  let textName: string | undefined
  const it = src[Symbol.asyncIterator]()
  let final = false
  for (;;) {
    const next = await it.next()
    if (next.done) final = true
    else buf = buf.length ? buf + next.value : next.value
    if (!final && buf.length < 65536 && header === undefined) continue
    if (delim < 0) delim = codeOf(detectCsvDelimiter(buf) ?? ',')
    let pos = 0
    while (pos < buf.length) {
      const rec = parseRecord(buf, pos, delim, final)
      if (!rec) break
      const bytes = src.byteLength(buf, pos, rec.end)
      const warnings: Warning[] = src.takeWarnings(offset + bytes).map((w) => report(w, options))
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
              ruleId: 'csv/malformed-row',
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
              ruleId: 'csv/stray-quote',
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
                  ruleId: 'csv/field-count',
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
      offset += bytes
      line += rec.newlines
      pos = rec.end
    }
    buf = buf.slice(pos)
    if (final) break
  }
  for (const w of src.takeWarnings()) report(w, options)
}
