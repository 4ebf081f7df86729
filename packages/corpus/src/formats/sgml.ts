/**
 * Gigaword / TREC / Abu El-Khair markup: `<DOC id=… type=…>` elements with no root, any tag case,
 * SGML entities, `<P>` paragraphs hard-wrapped over lines. A tolerant scanner, not an XML parser.
 * @module
 */

import type { Message } from '@nuqta/core'
import { parseDate } from '../date'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { decodeEntities, parseAttributes, stripTags, unwrap } from '../markup'
import type { TextSource } from '../textsource'

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

/** Every tag of a string, in order: lower-cased name, closing or not, and its span. */
interface Tags {
  names: string[]
  closing: boolean[]
  starts: number[]
  ends: number[]
}

const isTagNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x3a

/** One pass over the tags of `s` (comments and declarations are skipped). */
function scanTags(s: string): Tags {
  const tags: Tags = { names: [], closing: [], starts: [], ends: [] }
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    let j = i + 1
    const closing = s.charCodeAt(j) === 0x2f
    if (closing) j++
    const nameStart = j
    while (j < s.length && isTagNameChar(s.charCodeAt(j))) j++
    if (j === nameStart) continue
    const gt = s.indexOf('>', j)
    if (gt < 0) break
    tags.names.push(s.slice(nameStart, j).toLowerCase())
    tags.closing.push(closing)
    tags.starts.push(i)
    tags.ends.push(gt + 1)
    i = gt
  }
  return tags
}

interface Element {
  /** the start tag's index in the tag list */
  tag: number
  inner: string
  /** index of the element's start tag in the doc */
  start: number
  /** index after the element in the doc */
  end: number
  closed: boolean
}

/** The first element named `name`: from its start tag to the matching end tag (or the next tag). */
function element(doc: string, tags: Tags, name: string): Element | undefined {
  const k = tags.names.findIndex((n, i) => n === name && !tags.closing[i])
  if (k < 0) return undefined
  const openEnd = tags.ends[k] as number
  if (doc.charCodeAt(openEnd - 2) === 0x2f)
    return { tag: k, inner: '', start: tags.starts[k] as number, end: openEnd, closed: true }
  for (let i = k + 1; i < tags.names.length; i++) {
    if (tags.names[i] === name && tags.closing[i])
      return {
        tag: k,
        inner: doc.slice(openEnd, tags.starts[i]),
        start: tags.starts[k] as number,
        end: tags.ends[i] as number,
        closed: true,
      }
  }
  const next = k + 1 < tags.names.length ? (tags.starts[k + 1] as number) : doc.length
  return {
    tag: k,
    inner: doc.slice(openEnd, next),
    start: tags.starts[k] as number,
    end: next,
    closed: false,
  }
}

function firstOf(
  doc: string,
  tags: Tags,
  names: string[],
): { name: string; el: Element } | undefined {
  for (const name of names) {
    const el = element(doc, tags, name)
    if (el) return { name, el }
  }
  return undefined
}

const clean = (s: string): string => unwrap(decodeEntities(stripTags(s)))

/** Paragraphs of a TEXT element: `<P>` elements, else blank-line blocks, else lines. */
function paragraphsOf(inner: string): string[] {
  const tags = scanTags(inner)
  const out: string[] = []
  const ps: number[] = []
  for (let i = 0; i < tags.names.length; i++)
    if (tags.names[i] === 'p' && !tags.closing[i]) ps.push(i)
  if (ps.length) {
    const before = clean(inner.slice(0, tags.starts[ps[0] as number]))
    if (before) out.push(before)
    for (let n = 0; n < ps.length; n++) {
      const k = ps[n] as number
      const nextP = n + 1 < ps.length ? (tags.starts[ps[n + 1] as number] as number) : inner.length
      let end = nextP
      let after = -1
      for (let i = k + 1; i < tags.names.length && (tags.starts[i] as number) < nextP; i++) {
        if (tags.names[i] === 'p' && tags.closing[i]) {
          end = tags.starts[i] as number
          after = tags.ends[i] as number
          break
        }
      }
      const t = clean(inner.slice(tags.ends[k], end))
      if (t) out.push(t)
      if (after >= 0) {
        const extra = clean(inner.slice(after, nextP))
        if (extra) out.push(extra)
      }
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

/**
 * Turn one `<DOC …>…</DOC>` string into a record.
 * @internal
 */
export function sgmlDocToRecord(
  doc: string,
  base: { record: number; byteOffset: number; line: number; warnings: Message[] },
): RawRecord {
  const tags = scanTags(doc)
  const openEnd = tags.ends[0] ?? doc.length
  const attrs = parseAttributes(doc.slice(4, openEnd - 1))
  const meta: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrs)) if (k !== 'id') meta[k] = v
  const idEl = firstOf(doc, tags, ID_TAGS)
  const id = attrs.id ?? (idEl ? clean(idEl.el.inner) : undefined)
  const title = firstOf(doc, tags, TITLE_TAGS)
  const date = firstOf(doc, tags, DATE_TAGS)
  const dateline = element(doc, tags, 'dateline')
  if (dateline) meta.dateline = clean(dateline.inner)
  const url = element(doc, tags, 'url')
  for (const name of ['author', 'byline', 'category', 'section', 'type']) {
    const el = element(doc, tags, name)
    if (el && meta[name] === undefined) meta[name] = clean(el.inner)
  }
  const textEl = firstOf(doc, tags, TEXT_TAGS)
  let body: string
  if (textEl) body = textEl.el.inner
  else {
    // no TEXT element: the doc's content minus its known header elements
    const cuts = KNOWN.map((name) => element(doc, tags, name))
      .filter((e): e is Element => e !== undefined)
      .sort((x, y) => x.start - y.start)
    body = ''
    let at = openEnd
    for (const c of cuts) {
      if (c.start < at) continue
      body += doc.slice(at, c.start)
      at = c.end
    }
    body += doc.slice(at)
  }
  const warnings = base.warnings
  if (textEl && !textEl.el.closed)
    warnings.push({
      ruleId: 'corpus/sgml-unclosed-element',
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
    // Abu El-Khair puts the date in <Dateline>
    date: date
      ? clean(date.el.inner)
      : (attrs.date ?? (meta.dateline && parseDate(meta.dateline) ? meta.dateline : undefined)),
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

/** Characters of an open document kept back for the next chunk: `</DOC` and the spaces before its
 * `>` may straddle a chunk boundary. */
const TAIL = 64

function countNewlines(s: string, a: number, b: number): number {
  let n = 0
  for (let i = s.indexOf('\n', a); i >= 0 && i < b; i = s.indexOf('\n', i + 1)) n++
  return n
}

/**
 * Records of an SGML/XML stream: one per `<DOC>` element. A `<DOC>` with no `</DOC>` ends at the next
 * `<DOC>` (warning `corpus/sgml-unclosed-doc`). Markup with no `<DOC>` at all becomes one document.
 * @internal
 */
export async function* parseSgml(src: TextSource, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const { options } = ctx
  const file = ctx.path
  let buf = ''
  /** Absolute index (in the decoded stream) of `buf[0]`. */
  let bufStart = 0
  let pos = 0
  let posLine = 1
  let record = 0
  let final = false
  let outside = ''
  /** Text of an open `<DOC>` whose end has not arrived yet, up to `buf[pos]`: gathered as a list
   * and joined once, so a document spanning many chunks is scanned once (linear time). */
  let parts: string[] = []
  /** Absolute index of the open document's `<DOC` and its line. */
  let docStart = 0
  let docLine = 1
  const it = src[Symbol.asyncIterator]()
  const advance = (to: number): void => {
    posLine += countNewlines(buf, pos, to)
    pos = to
  }
  while (!final) {
    const next = await it.next()
    if (next.done) final = true
    else {
      // `buf` holds at most a short tail here, so this costs the chunk's length
      buf = pos ? buf.slice(pos) + next.value : buf + next.value
      bufStart += pos
      pos = 0
    }
    for (;;) {
      let start = pos
      let searchFrom = pos
      if (!parts.length) {
        start = findDocOpen(buf, pos)
        if (start < 0) {
          const keep = final ? buf.length : Math.max(pos, buf.length - 8)
          if (record === 0 && outside.length < 1 << 20) outside += buf.slice(pos, keep)
          advance(keep)
          break
        }
        if (record === 0 && outside.length < 1 << 20) outside += buf.slice(pos, start)
        advance(start)
        docStart = bufStart + start
        docLine = posLine
        searchFrom = start + 4
      }
      const close = findDocClose(buf, searchFrom)
      const nextOpen = findDocOpen(buf, searchFrom)
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
        // wait for more input: keep only a tail that may hold the start of `</DOC>` or `<DOC`
        const cut = Math.max(searchFrom + 1, buf.length - TAIL)
        parts.push(buf.slice(pos, cut))
        advance(cut)
        break
      }
      const byteOffset = src.byteOffsetAt(docStart)
      const line = docLine
      const warnings = src
        .takeWarnings(src.byteOffsetAt(bufStart + end))
        .map((w) => report(w, options))
      if (broken)
        warnings.push(
          report(
            {
              ruleId: 'corpus/sgml-unclosed-doc',
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
      let doc: string
      if (parts.length) {
        parts.push(buf.slice(pos, end))
        doc = parts.join('')
        parts = []
      } else doc = buf.slice(start, end)
      advance(end)
      const rec = sgmlDocToRecord(doc, { record, byteOffset, line, warnings })
      for (const w of rec.warnings) if (file !== undefined && w.file === undefined) w.file = file
      yield rec
      record++
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
            ruleId: 'corpus/sgml-no-doc-elements',
            reason: 'No <DOC> elements found; the markup was read as one document',
            source: '@nuqta/corpus',
            severity: 'warning',
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
