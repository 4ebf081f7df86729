/**
 * JSON lines (JSONL / NDJSON): OSCAR, CulturaX, mC4 and nuqta's own document dumps.
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { pick, scalar } from '../fields'
import { splitLines, type TextSource } from '../textsource'
import type { Document, Warning } from '../types'

/** A parsed object that is a nuqta document (from `toJsonl`), read back unchanged. */
function isDocument(v: Record<string, unknown>): boolean {
  const s = v.source as Record<string, unknown> | undefined
  return (
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    typeof v.lang === 'string' &&
    Array.isArray(v.paragraphs) &&
    Array.isArray(v.warnings) &&
    Array.isArray(v.removed) &&
    Array.isArray(v.repairs) &&
    typeof s === 'object' &&
    s !== null &&
    typeof s.format === 'string'
  )
}

/**
 * Records of a JSONL stream. Blank lines are skipped; a malformed line becomes a warning (and, unless
 * `malformed: 'skip'`, a document holding the raw line).
 * @internal
 */
export async function* parseJsonl(src: TextSource, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const { options } = ctx
  const fields = options.fields
  let record = 0
  const file = ctx.path
  for await (const ln of splitLines(src)) {
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
    const warnings: Warning[] = src.takeWarnings(ln.byteOffset + ln.byteLength)
    for (const w of warnings) report(w, options)
    if (blank) continue
    const where = {
      source: '@nuqta/corpus' as const,
      line: ln.line,
      byteOffset: ln.byteOffset,
      ...(file === undefined ? {} : { file }),
    }
    let value: unknown
    try {
      value = JSON.parse(t)
    } catch (e) {
      const w = report(
        {
          ruleId: 'jsonl/malformed-line',
          reason: `Line ${ln.line} is not valid JSON: ${(e as Error).message}`,
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
    if (typeof value === 'string') {
      yield { text: value, record, byteOffset: ln.byteOffset, line: ln.line, warnings }
      record++
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const w = report(
        {
          ruleId: 'jsonl/not-an-object',
          reason: `Line ${ln.line} holds a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`,
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
    const obj = value as Record<string, unknown>
    if (isDocument(obj)) {
      yield {
        text: '',
        record,
        byteOffset: ln.byteOffset,
        line: ln.line,
        warnings,
        document: obj as unknown as Document,
      }
      record++
      continue
    }
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
            ruleId: 'jsonl/no-text-field',
            reason: `Line ${ln.line} has no text field (tried ${text ? text.name : 'the configured names'})`,
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
    yield {
      text: textValue ?? '',
      id: id ? scalar(id.value) : undefined,
      title: title ? scalar(title.value) : undefined,
      date: dateValue,
      url: url ? scalar(url.value) : undefined,
      ...(Object.keys(meta).length ? { meta } : {}),
      record,
      byteOffset: ln.byteOffset,
      line: ln.line,
      warnings,
    }
    record++
  }
  for (const w of src.takeWarnings()) report(w, options)
}
