/**
 * Paragraph and sentence segmentation that knows Arabic punctuation.
 * @module
 */
import { detectLang } from './lang'
import type { Lang, Paragraph } from './types'

/**
 * A span of text: the text and its half-open `[start, end)` range in the whole.
 * @example
 * ```ts
 * const s: Span = { text: 'قال.', start: 0, end: 4 }
 * ```
 */
export interface Span {
  /** The span's text. @example `'قال.'` */
  text: string
  /** Start (UTF-16 code units). @example `0` */
  start: number
  /** End (exclusive). @example `4` */
  end: number
}

/**
 * Split a text into paragraphs with their spans. When the text has blank lines, blank lines separate
 * paragraphs (and single newlines inside are kept); otherwise every non-empty line is a paragraph.
 * Leading and trailing spaces are left out of each span; each paragraph gets its language.
 * @param text - the text
 * @returns paragraphs with `text.slice(start, end) === paragraph.text`
 * @example
 * ```ts
 * segmentParagraphs('First line.\nثاني سطر.')
 * // [{ text: 'First line.', start: 0, end: 11, lang: 'en' },
 * //  { text: 'ثاني سطر.', start: 12, end: 21, lang: 'ar' }]
 * ```
 */
export function segmentParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const blank = nextBlankLine(text, 0) !== undefined
  let pos = 0
  while (pos <= text.length) {
    let end: number
    let next: number
    if (blank) {
      const m = nextBlankLine(text, pos)
      end = m ? m[0] : text.length
      next = m ? m[1] : text.length + 1
    } else {
      const nl = text.indexOf('\n', pos)
      end = nl < 0 ? text.length : nl
      next = nl < 0 ? text.length + 1 : nl + 1
    }
    let s = pos
    let e = end
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, lang: detectLang(text, s, e) })
    pos = next
  }
  return out
}

/** The next blank line at or after `from`: [index of its first newline, index after its last]. */
function nextBlankLine(text: string, from: number): [number, number] | undefined {
  let nl = text.indexOf('\n', from)
  while (nl >= 0) {
    let j = nl + 1
    while (
      j < text.length &&
      (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)
    )
      j++
    if (j < text.length && text.charCodeAt(j) === 0x0a) {
      let k = j + 1
      // swallow further blank lines
      for (;;) {
        let t = k
        while (
          t < text.length &&
          (text.charCodeAt(t) === 0x20 ||
            text.charCodeAt(t) === 0x09 ||
            text.charCodeAt(t) === 0x0d)
        )
          t++
        if (t < text.length && text.charCodeAt(t) === 0x0a) k = t + 1
        else break
      }
      return [nl, k]
    }
    nl = text.indexOf('\n', nl + 1)
  }
  return undefined
}

const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0xa0 ||
  c === 0x200f ||
  c === 0x200e ||
  c === 0xfeff

const TERMINAL = new Set(['.', '!', '?', '\u061f', '\u06d4', '\u2026'])
const CLOSING = new Set(['"', "'", ')', ']', '\u00bb', '\u201d', '\u2019'])

/** Sentences without Intl.Segmenter: terminal punctuation, closing quotes, then a space. */
function fallbackSentences(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  let i = 0
  while (i < line.length) {
    if (!TERMINAL.has(line[i] as string)) {
      i++
      continue
    }
    let j = i + 1
    while (j < line.length && TERMINAL.has(line[j] as string)) j++
    while (j < line.length && CLOSING.has(line[j] as string)) j++
    if (j < line.length && isSpace(line.charCodeAt(j))) {
      out.push([from, j])
      from = j
    }
    i = j
  }
  if (from < line.length) out.push([from, line.length])
  return out
}

const segmenters = new Map<string, Intl.Segmenter>()

/**
 * Split a text into sentences with their spans. Uses `Intl.Segmenter` (Unicode sentence rules, which
 * end sentences at `؟` and `۔` as well as `.`, `!`, `?`), with the locale taken from the text's
 * language; newlines always end a sentence. Without `Intl.Segmenter` a punctuation rule is used.
 * Spaces around sentences are left out of the spans.
 * @param text - the text
 * @param lang - language hint (default: detected)
 * @returns sentences with `text.slice(start, end) === sentence.text`
 * @example
 * ```ts
 * segmentSentences('هل انتهت الحرب؟ لا. Talks resume today.').map((s) => s.text)
 * // ['هل انتهت الحرب؟', 'لا.', 'Talks resume today.']
 * ```
 */
export function segmentSentences(text: string, lang?: Lang): Span[] {
  const out: Span[] = []
  const locale = (lang ?? detectLang(text)) === 'en' ? 'en' : 'ar'
  const hasSegmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
  let seg = segmenters.get(locale)
  if (!seg && hasSegmenter) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(locale, seg)
  }
  let lineStart = 0
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    const pieces: Array<[number, number]> = []
    if (seg) {
      for (const s of seg.segment(line)) pieces.push([s.index, s.index + s.segment.length])
    } else {
      pieces.push(...fallbackSentences(line))
    }
    for (const [a, b] of pieces) {
      let s = a
      let e = b
      while (s < e && isSpace(line.charCodeAt(s))) s++
      while (e > s && isSpace(line.charCodeAt(e - 1))) e--
      if (e > s) out.push({ text: line.slice(s, e), start: lineStart + s, end: lineStart + e })
    }
    if (nl < 0) break
    lineStart = nl + 1
  }
  return out
}
