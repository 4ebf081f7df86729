/**
 * Gigaword / TREC / Abu El-Khair markup: `<DOC id=… type=…>` elements with no root, any tag case,
 * SGML entities, `<P>` paragraphs hard-wrapped over lines. A tolerant scanner, not an XML parser.
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { asciiLower, decodeEntities, parseAttributes, stripTags, unwrap } from '../markup'
import type { TextSource } from '../textsource'
import type { Warning } from '../types'

const ID_TAGS = ['docno', 'docid', 'id']
const TITLE_TAGS = ['headline', 'title', 'head', 'hl']
const DATE_TAGS = ['date_time', 'datetime', 'date']
const TEXT_TAGS = ['text', 'body', 'content']
const KNOWN = [
  ...ID_TAGS,
  ...TITLE_TAGS,
  ...DATE_TAGS,
  'dateline',
  'url',
  'type',
  'author',
  'byline',
  'category',
  'section',
]

interface Element {
  inner: string
  /** index after the element in the doc */
  end: number
  closed: boolean
}

/** Find `<name …>…</name>` (any case) in `doc` (whose lower-case copy is `lower`) from `from`. */
function findElement(doc: string, lower: string, name: string, from = 0): Element | undefined {
  let i = lower.indexOf(`<${name}`, from)
  while (i >= 0) {
    const c = lower.charCodeAt(i + name.length + 1)
    if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) break
    i = lower.indexOf(`<${name}`, i + 1)
  }
  if (i < 0) return undefined
  const gt = lower.indexOf('>', i)
  if (gt < 0) return undefined
  if (lower.charCodeAt(gt - 1) === 0x2f) return { inner: '', end: gt + 1, closed: true }
  const close = lower.indexOf(`</${name}`, gt + 1)
  if (close < 0) {
    // unclosed: runs to the next tag
    const next = lower.indexOf('<', gt + 1)
    const e = next < 0 ? doc.length : next
    return { inner: doc.slice(gt + 1, e), end: e, closed: false }
  }
  const closeEnd = lower.indexOf('>', close)
  return {
    inner: doc.slice(gt + 1, close),
    end: closeEnd < 0 ? doc.length : closeEnd + 1,
    closed: true,
  }
}

function firstOf(
  doc: string,
  lower: string,
  names: string[],
): { name: string; el: Element } | undefined {
  for (const name of names) {
    const el = findElement(doc, lower, name)
    if (el) return { name, el }
  }
  return undefined
}

const clean = (s: string): string => unwrap(decodeEntities(stripTags(s)))

/** Paragraphs of a TEXT element: `<P>` elements, else blank-line blocks, else lines. */
function paragraphsOf(inner: string): string[] {
  const lower = asciiLower(inner)
  const out: string[] = []
  let p = findP(lower, 0)
  if (p >= 0) {
    const before = clean(inner.slice(0, p))
    if (before) out.push(before)
    while (p >= 0) {
      const gt = lower.indexOf('>', p)
      if (gt < 0) break
      const next = findP(lower, gt + 1)
      const close = lower.indexOf('</p', gt + 1)
      const end = close >= 0 && (next < 0 || close < next) ? close : next < 0 ? inner.length : next
      const t = clean(inner.slice(gt + 1, end))
      if (t) out.push(t)
      if (close >= 0 && close === end) {
        const cgt = lower.indexOf('>', close)
        const between = next < 0 ? inner.slice(cgt + 1) : inner.slice(cgt + 1, next)
        const extra = clean(between)
        if (extra) out.push(extra)
      }
      p = next
    }
    return out
  }
  const text = decodeEntities(stripTags(inner)).replaceAll('\r\n', '\n')
  if (/* blank lines */ text.includes('\n\n') || text.includes('\n \n')) {
    for (const block of text.split('\n\n')) {
      const t = unwrap(block)
      if (t) out.push(t)
    }
  } else {
    for (const line of text.split('\n')) {
      const t = line.trim()
      if (t) out.push(t)
    }
  }
  return out
}

/** Index of the next `<p>` / `<p …>` start tag (not `<pre>` etc.). */
function findP(lower: string, from: number): number {
  let i = lower.indexOf('<p', from)
  while (i >= 0) {
    const c = lower.charCodeAt(i + 2)
    if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return i
    i = lower.indexOf('<p', i + 2)
  }
  return -1
}

/**
 * Turn one `<DOC …>…</DOC>` string into a record.
 * @internal
 */
export function sgmlDocToRecord(
  doc: string,
  base: { record: number; byteOffset: number; line: number; warnings: Warning[] },
): RawRecord {
  const lower = asciiLower(doc)
  const openEnd = lower.indexOf('>')
  const attrs = openEnd > 0 ? parseAttributes(doc.slice(4, openEnd)) : {}
  const meta: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrs)) if (k !== 'id') meta[k] = v
  const idEl = firstOf(doc, lower, ID_TAGS)
  const id = attrs.id ?? (idEl ? clean(idEl.el.inner) : undefined)
  const title = firstOf(doc, lower, TITLE_TAGS)
  const date = firstOf(doc, lower, DATE_TAGS)
  const dateline = findElement(doc, lower, 'dateline')
  if (dateline) meta.dateline = clean(dateline.inner)
  const url = findElement(doc, lower, 'url')
  for (const name of ['author', 'byline', 'category', 'section', 'type']) {
    const el = findElement(doc, lower, name)
    if (el && meta[name] === undefined) meta[name] = clean(el.inner)
  }
  const textEl = firstOf(doc, lower, TEXT_TAGS)
  let body: string
  if (textEl) body = textEl.el.inner
  else {
    // no TEXT element: the doc's content minus its known header elements
    let rest = doc.slice(openEnd + 1)
    let restLower = lower.slice(openEnd + 1)
    for (const name of KNOWN) {
      const el = findElement(rest, restLower, name)
      if (el) {
        const start = restLower.indexOf(`<${name}`)
        rest = rest.slice(0, start) + rest.slice(el.end)
        restLower = restLower.slice(0, start) + restLower.slice(el.end)
      }
    }
    body = rest
  }
  const warnings = base.warnings
  if (textEl && !textEl.el.closed)
    warnings.push({
      ruleId: 'sgml/unclosed-element',
      reason: `<${textEl.name.toUpperCase()}> is not closed`,
      source: '@nuqta/corpus',
      line: base.line,
      byteOffset: base.byteOffset,
      severity: 'warning',
    })
  return {
    text: '',
    paragraphs: paragraphsOf(body),
    id,
    title: title ? clean(title.el.inner) : undefined,
    date: date ? clean(date.el.inner) : attrs.date,
    url: url ? clean(url.inner) : undefined,
    ...(Object.keys(meta).length ? { meta } : {}),
    record: base.record,
    byteOffset: base.byteOffset,
    line: base.line,
    warnings,
  }
}

const isDocChars = (s: string, at: number): boolean =>
  (s.charCodeAt(at) | 0x20) === 0x64 &&
  (s.charCodeAt(at + 1) | 0x20) === 0x6f &&
  (s.charCodeAt(at + 2) | 0x20) === 0x63
const isSpaceOrGt = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e

/**
 * Index of the next `<DOC` (any case) followed by a space or `>` at or after `from`, or -1.
 * @internal
 */
export function findDocOpen(s: string, from: number): number {
  for (let i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1))
    if (isDocChars(s, i + 1) && isSpaceOrGt(s.charCodeAt(i + 4))) return i
  return -1
}

/** The next `</DOC>` (any case, spaces before `>` allowed): [start, end] or undefined. */
function findDocClose(s: string, from: number): [number, number] | undefined {
  for (let i = s.indexOf('</', from); i >= 0; i = s.indexOf('</', i + 1)) {
    if (!isDocChars(s, i + 2)) continue
    let j = i + 5
    while (
      j < s.length &&
      (s.charCodeAt(j) === 0x20 ||
        s.charCodeAt(j) === 0x09 ||
        s.charCodeAt(j) === 0x0a ||
        s.charCodeAt(j) === 0x0d)
    )
      j++
    if (s.charCodeAt(j) === 0x3e) return [i, j + 1]
  }
  return undefined
}

function countNewlines(s: string, a: number, b: number): number {
  let n = 0
  for (let i = s.indexOf('\n', a); i >= 0 && i < b; i = s.indexOf('\n', i + 1)) n++
  return n
}

/**
 * Records of an SGML/XML stream: one per `<DOC>` element. A `<DOC>` with no `</DOC>` ends at the next
 * `<DOC>` (warning `sgml/unclosed-doc`). Markup with no `<DOC>` at all becomes one document.
 * @internal
 */
export async function* parseSgml(src: TextSource, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const { options } = ctx
  const file = ctx.path
  let buf = ''
  let pos = 0
  let posByte = src.startByte
  let posLine = 1
  let record = 0
  let final = false
  let outside = ''
  const it = src[Symbol.asyncIterator]()
  const advance = (to: number): void => {
    posByte += src.byteLength(buf, pos, to)
    posLine += countNewlines(buf, pos, to)
    pos = to
  }
  while (!final) {
    const next = await it.next()
    if (next.done) final = true
    else buf = pos ? buf.slice(pos) + next.value : buf + next.value
    if (!next.done) pos = 0
    for (;;) {
      const start = findDocOpen(buf, pos)
      if (start < 0) {
        const keep = final ? buf.length : Math.max(pos, buf.length - 8)
        if (record === 0 && outside.length < 1 << 20) outside += buf.slice(pos, keep)
        advance(keep)
        break
      }
      if (record === 0 && outside.length < 1 << 20) outside += buf.slice(pos, start)
      const close = findDocClose(buf, start)
      const nextOpen = findDocOpen(buf, start + 4)
      let end: number
      let broken = false
      if (close && (nextOpen < 0 || close[0] < nextOpen)) end = close[1]
      else if (nextOpen >= 0) {
        end = nextOpen
        broken = true
      } else if (final) {
        end = buf.length
        broken = true
      } else {
        advance(start)
        break
      }
      advance(start)
      const byteOffset = posByte
      const line = posLine
      const docBytes = src.byteLength(buf, start, end)
      const warnings = src.takeWarnings(byteOffset + docBytes).map((w) => report(w, options))
      if (broken)
        warnings.push(
          report(
            {
              ruleId: 'sgml/unclosed-doc',
              reason: `<DOC> at line ${line} has no </DOC>; it ends at the ${nextOpen >= 0 ? 'next <DOC>' : 'end of the input'}`,
              source: '@nuqta/corpus',
              line,
              byteOffset,
              severity: 'error',
              ...(file === undefined ? {} : { file }),
            },
            options,
          ),
        )
      const rec = sgmlDocToRecord(buf.slice(start, end), { record, byteOffset, line, warnings })
      for (const w of rec.warnings) if (file !== undefined && w.file === undefined) w.file = file
      yield rec
      record++
      advance(end)
    }
  }
  if (record === 0) {
    // markup without DOC elements (generic XML): one document of its text
    const text = unwrapLines(decodeEntities(stripTags(outside)))
    yield {
      text,
      record: 0,
      byteOffset: src.startByte,
      line: 1,
      warnings: [
        ...src.takeWarnings().map((w) => report(w, options)),
        report(
          {
            ruleId: 'sgml/no-doc-elements',
            reason: 'No <DOC> elements found; the markup was read as one document',
            source: '@nuqta/corpus',
            line: 1,
            byteOffset: src.startByte,
            ...(file === undefined ? {} : { file }),
          },
          options,
        ),
      ],
    }
  }
  for (const w of src.takeWarnings()) report(w, options)
}

/** Trim each line and drop empty ones. */
function unwrapLines(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}
