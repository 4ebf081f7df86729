/**
 * Small markup helpers shared by the SGML and HTML readers: entities, tags, attributes.
 * @module
 */
import { ASCII_UPPER, ENTITY } from './patterns'

/** Named entities found in news markup (matched case-insensitively, so `&AMP;` works). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  sect: '\u00a7',
  para: '\u00b6',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  eacute: '\u00e9',
  egrave: '\u00e8',
  ecirc: '\u00ea',
  euml: '\u00eb',
  aacute: '\u00e1',
  agrave: '\u00e0',
  acirc: '\u00e2',
  auml: '\u00e4',
  aring: '\u00e5',
  ccedil: '\u00e7',
  iacute: '\u00ed',
  igrave: '\u00ec',
  icirc: '\u00ee',
  iuml: '\u00ef',
  ntilde: '\u00f1',
  oacute: '\u00f3',
  ograve: '\u00f2',
  ocirc: '\u00f4',
  ouml: '\u00f6',
  uacute: '\u00fa',
  ugrave: '\u00f9',
  ucirc: '\u00fb',
  uuml: '\u00fc',
  szlig: '\u00df',
  oslash: '\u00f8',
}

/**
 * Decode SGML/XML/HTML entity references: named ones in any case (`&AMP;`, `&amp;`), decimal and
 * hexadecimal. Unknown names are kept as written; invalid code points become U+FFFD.
 * @param text - text with entity references
 * @returns the decoded text
 * @example
 * ```ts
 * decodeEntities('AT&AMP;T &lt;b&gt; &#1575;&#x644;') // 'AT&T <b> ال'
 * ```
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    ENTITY,
    (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec !== undefined || hex !== undefined) {
        const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16)
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD'
        return String.fromCodePoint(cp)
      }
      const v = NAMED[(name as string).toLowerCase()]
      if (v === undefined) return all
      // a named reference without its `;` is only taken for the classic five
      if (
        !all.endsWith(';') &&
        !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes((name as string).toLowerCase())
      )
        return all
      return v
    },
  )
}

/**
 * Lower-case ASCII letters only (keeps the length, so indices match the original).
 * @internal
 */
export function asciiLower(s: string): string {
  return s.replace(ASCII_UPPER, (m) => m.toLowerCase())
}

/**
 * Remove tags (`<…>`), comments and processing instructions; text between them is kept.
 * @internal
 */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s
  let out = ''
  let pos = 0
  for (;;) {
    const lt = s.indexOf('<', pos)
    if (lt < 0) break
    const c = s.charCodeAt(lt + 1)
    // a '<' not starting a tag ("a < b") stays
    const tagLike =
      (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f
    if (!tagLike) {
      out += s.slice(pos, lt + 1)
      pos = lt + 1
      continue
    }
    out += s.slice(pos, lt)
    const endMark = s.startsWith('<!--', lt) ? '-->' : '>'
    const gt = s.indexOf(endMark, lt + 1)
    if (gt < 0) {
      pos = s.length
      break
    }
    pos = gt + endMark.length
  }
  return out + s.slice(pos)
}

/**
 * Attributes of a start tag, names lower-cased, values entity-decoded: `name="v"`, `name='v'`,
 * `name=v` and bare `name`.
 * @internal
 */
export function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  const n = tag.length
  let i = 0
  while (i < n) {
    while (i < n && !isNameChar(tag.charCodeAt(i))) i++
    const start = i
    while (i < n && isNameChar(tag.charCodeAt(i))) i++
    if (i === start) break
    const name = tag.slice(start, i).toLowerCase()
    while (i < n && isWs(tag.charCodeAt(i))) i++
    if (tag[i] !== '=') {
      out[name] ??= ''
      continue
    }
    i++
    while (i < n && isWs(tag.charCodeAt(i))) i++
    const q = tag[i]
    let value: string
    if (q === '"' || q === "'") {
      const close = tag.indexOf(q, i + 1)
      const end = close < 0 ? n : close
      value = tag.slice(i + 1, end)
      i = end + 1
    } else {
      const s = i
      while (i < n && !isWs(tag.charCodeAt(i)) && tag[i] !== '>') i++
      value = tag.slice(s, i)
    }
    out[name] = decodeEntities(value)
  }
  return out
}

const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x2d ||
  c === 0x5f ||
  c === 0x3a ||
  c === 0x2e

/**
 * The value of `key=value` / `key="value"` in a lower-cased string: the first `key` followed by `=`.
 * Used for `charset=` in Content-Type headers and meta tags and `encoding=` in XML prologs.
 * @internal
 */
export function valueAfter(s: string, key: string): string | undefined {
  for (let at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
    let i = at + key.length
    while (isWs(s.charCodeAt(i))) i++
    if (s[i] !== '=') continue
    i++
    while (isWs(s.charCodeAt(i))) i++
    if (s[i] === '"' || s[i] === "'") i++
    const start = i
    while (i < s.length && isLabelChar(s.charCodeAt(i))) i++
    if (i > start) return s.slice(start, i)
  }
  return undefined
}

const isLabelChar = (c: number): boolean => isNameChar(c)

/**
 * The charset a markup document declares in its first bytes: the XML prolog's `encoding`, else an
 * HTML `<meta charset>` or `<meta http-equiv content="…; charset=…">`.
 * @internal
 */
export function declaredCharset(head: string): { label: string; from: string } | undefined {
  const lower = asciiLower(head)
  let i = 0
  while (i < lower.length && isWs(lower.charCodeAt(i))) i++
  if (lower.startsWith('<?xml', i)) {
    const end = lower.indexOf('?>', i)
    const label = valueAfter(lower.slice(i, end < 0 ? i + 200 : end), 'encoding')
    if (label) return { label, from: 'XML prolog' }
  }
  for (let at = lower.indexOf('<meta', 0); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const gt = lower.indexOf('>', at)
    const label = valueAfter(lower.slice(at, gt < 0 ? at + 300 : gt), 'charset')
    if (label) return { label, from: 'HTML meta tag' }
  }
  return undefined
}

/**
 * Collapse every whitespace run that holds a line break into one space, and trim: re-joins text that
 * was hard-wrapped inside one paragraph without touching other spacing.
 * @internal
 */
export function unwrap(s: string): string {
  if (!s.includes('\n')) return s.trim()
  let out = ''
  let pos = 0
  for (;;) {
    const nl = s.indexOf('\n', pos)
    if (nl < 0) break
    let a = nl
    while (a > pos && isWs(s.charCodeAt(a - 1))) a--
    let b = nl + 1
    while (b < s.length && isWs(s.charCodeAt(b))) b++
    out += `${s.slice(pos, a)} `
    pos = b
  }
  return (out + s.slice(pos)).trim()
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
