/**
 * JSON lines (JSONL / NDJSON): OSCAR, CulturaX, mC4 and nuqta's own document dumps.
 * @module
 */

import type { Message } from '@nuqta/core'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { pick, scalar } from '../fields'
import { type Line, splitLines, type TextSource } from '../textsource'
import type { Document } from '../types'

/** A parsed object that is a nuqta document (from `toJsonl`), read back unchanged. */
function isDocument(v: Record<string, unknown>): boolean {
  const s = v.source as Record<string, unknown> | undefined
  return (
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    typeof v.lang === 'string' &&
    Array.isArray(v.paragraphs) &&
    Array.isArray(v.warnings) &&
    Array.isArray(v.changes) &&
    typeof s === 'object' &&
    s !== null &&
    typeof s.format === 'string'
  )
}

const WHOLE_JSON_LIMIT = 64 * 1024 * 1024

interface Where {
  source: '@nuqta/corpus'
  line: number
  byteOffset: number
  file?: string
}

/** One parsed JSON value as a record (or undefined to skip it). */
function valueToRecord(
  value: unknown,
  raw: string,
  record: number,
  where: Where,
  warnings: Message[],
  ctx: BuildContext,
): RawRecord | undefined {
  const { options } = ctx
  const fields = options.fields
  const base = { record, byteOffset: where.byteOffset, line: where.line }
  if (typeof value === 'string') return { text: value, ...base, warnings }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const w = report(
      {
        ruleId: 'corpus/jsonl-not-an-object',
        reason: `Line ${where.line} holds a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`,
        severity: 'error',
        ...where,
      },
      options,
    )
    return options.malformed === 'skip'
      ? undefined
      : { text: raw, ...base, warnings: [...warnings, w] }
  }
  const obj = value as Record<string, unknown>
  if (isDocument(obj)) return { text: '', ...base, warnings, document: obj as unknown as Document }
  const text = pick(obj, 'text', fields)
  const id = pick(obj, 'id', fields)
  const title = pick(obj, 'title', fields)
  const date = pick(obj, 'date', fields)
  const url = pick(obj, 'url', fields)
  const textValue = text ? scalar(text.value) : undefined
  if (textValue === undefined) {
    warnings.push(
      report(
        {
          ruleId: 'corpus/jsonl-no-text-field',
          reason: `Line ${where.line} has no text field (tried ${text ? text.name : 'the configured names'})`,
          severity: 'warning',
          ...where,
        },
        options,
      ),
    )
  }
  const used = new Set([text?.name, id?.name, title?.name, date?.name, url?.name])
  const meta: Record<string, string> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (used.has(k)) continue
    const s = scalar(v)
    if (s !== undefined && s.length <= 256) meta[k] = s
  }
  const dateValue = date
    ? typeof date.value === 'number'
      ? date.value
      : scalar(date.value)
    : undefined
  return {
    text: textValue ?? '',
    id: id ? scalar(id.value) : undefined,
    title: title ? scalar(title.value) : undefined,
    date: dateValue,
    url: url ? scalar(url.value) : undefined,
    ...(Object.keys(meta).length ? { meta } : {}),
    ...base,
    warnings,
  }
}

/**
 * Records of a JSONL stream. Blank lines are skipped; a malformed line becomes a warning (and, unless
 * `malformed: 'skip'`, a document holding the raw line). A file that is one JSON document instead (an
 * array of records, or one pretty-printed object; up to 64 MiB) is read as such.
 * @internal
 */
export async function* parseJsonl(src: TextSource, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const { options } = ctx
  let record = 0
  const file = ctx.path
  const lines = splitLines(src)[Symbol.asyncIterator]()
  let replay: Line[] = []
  let first = true
  for (;;) {
    let ln: Line
    if (replay.length) ln = replay.shift() as Line
    else {
      const r = await lines.next()
      if (r.done) break
      ln = r.value
    }
    let t = ln.text
    if (t.charCodeAt(0) === 0xfeff) t = t.slice(1)
    let blank = true
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
        blank = false
        break
      }
    }
    const warnings: Message[] = src.takeWarnings(ln.byteOffset + ln.byteLength)
    for (const w of warnings) report(w, options)
    if (blank) continue
    const where: Where = {
      source: '@nuqta/corpus',
      line: ln.line,
      byteOffset: ln.byteOffset,
      ...(file === undefined ? {} : { file }),
    }
    let value: unknown
    let error: unknown
    try {
      value = JSON.parse(t)
    } catch (e) {
      error = e
    }
    if (error !== undefined && first) {
      const head = t.trimStart()
      if (head[0] === '[' || head === '{') {
        // maybe one JSON document over many lines rather than JSON lines
        const all: Line[] = [ln]
        let size = t.length
        let complete = true
        for (;;) {
          const r = await lines.next()
          if (r.done) break
          all.push(r.value)
          size += r.value.text.length + 1
          if (size > WHOLE_JSON_LIMIT) {
            complete = false
            break
          }
        }
        let whole: unknown
        let parsed = false
        if (complete) {
          try {
            whole = JSON.parse(all.map((l, i) => (i === 0 ? t : l.text)).join('\n'))
            parsed = true
          } catch {
            parsed = false
          }
        }
        if (parsed) {
          for (const item of Array.isArray(whole) ? whole : [whole]) {
            const rec = valueToRecord(item, JSON.stringify(item), record, where, [...warnings], ctx)
            if (rec) yield rec
            record++
          }
          for (const w of src.takeWarnings()) report(w, options)
          return
        }
        replay = all.slice(1)
      }
    }
    first = false
    if (error !== undefined) {
      const w = report(
        {
          ruleId: 'corpus/jsonl-malformed-line',
          reason: `Line ${ln.line} is not valid JSON: ${(error as Error).message}`,
          severity: 'error',
          ...where,
        },
        options,
      )
      if (options.malformed !== 'skip')
        yield {
          text: t,
          record,
          byteOffset: ln.byteOffset,
          line: ln.line,
          warnings: [...warnings, w],
        }
      record++
      continue
    }
    const rec = valueToRecord(value, t, record, where, warnings, ctx)
    if (rec) yield rec
    record++
  }
  for (const w of src.takeWarnings()) report(w, options)
}
