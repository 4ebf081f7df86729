/**
 * NFKC over a whole text with an alignment: the text is cut into normalization segments (a starter
 * and the combining characters after it), and each segment that NFKC changes becomes one group.
 * CAMeL Tools' fixes (﷼ → ريال, ﷽ → بسم الله الرحمن الرحيم) are applied first, as its
 * `normalize_unicode` does.
 *
 * Bounded segments: NFKC sorts a segment's combining marks by class, which costs time quadratic
 * in the length of the segment (ICU, and so `String.prototype.normalize`, included). A segment is
 * therefore closed after {@link MAX_CONTINUING} continuing code points, the limit of UAX #15's
 * Stream-Safe Text Format: no real text has more (Unicode's longest canonical decomposition has 18
 * non-starters), so ordinary text is cut and normalized exactly as before, and any input costs
 * time linear in its length. A longer run is normalized 30 marks at a time; marks are not
 * reordered across those cuts.
 */
import { COMBINING_MARK } from './patterns'
import { NFKC_FIXES } from './tables'

let continuing: Uint8Array | undefined

/** Continuing code points after which a segment is closed (UAX #15 Stream-Safe Text Format). */
export const MAX_CONTINUING = 30

/** Whether a BMP code unit continues the segment before it (never starts one). */
function continuingTable(): Uint8Array {
  if (continuing !== undefined) return continuing
  const t = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (COMBINING_MARK.test(String.fromCharCode(c))) t[c] = 1
  }
  // Hangul medial vowels and final consonants compose with the syllable before them
  for (let c = 0x1160; c <= 0x11ff; c++) t[c] = 1
  for (let c = 0xd7b0; c <= 0xd7ff; c++) t[c] = 1
  // halfwidth katakana voiced sound marks decompose to combining marks
  t[0xff9e] = 1
  t[0xff9f] = 1
  continuing = t
  return t
}

/** Result of the NFKC stage. */
export interface NfkcOutput {
  text: string
  starts: Int32Array | null
  /** Changed groups as [start, end, outputStart, outputEnd]. */
  changes: number[]
}

function needsWork(s: string): boolean {
  for (const k of NFKC_FIXES.keys()) if (s.includes(String.fromCharCode(k))) return true
  // a run longer than a segment may hold would make the whole-text check below quadratic: such a
  // text takes the segment path, which is linear (it reports no change when the text is stable)
  if (hasLongRun(s)) return true
  return s.normalize('NFKC') !== s
}

/** NFKC with CAMeL Tools' fixes; `null` when the text is already stable. */
export function nfkcStage(s: string, align: boolean): NfkcOutput | null {
  if (!needsWork(s)) return null
  const t = continuingTable()
  const n = s.length
  const parts: string[] = []
  let starts: number[] | null = align ? [] : null
  const changes: number[] = []
  let outLen = 0
  let i = 0
  let plainFrom = 0
  const flushPlain = (to: number) => {
    if (to > plainFrom) {
      parts.push(s.slice(plainFrom, to))
      if (starts) for (let q = plainFrom; q < to; q++) starts.push(q)
      outLen += to - plainFrom
    }
  }
  while (i < n) {
    // one segment: a code point and the continuing code points after it
    let j = i + codePointLength(s, i)
    let marks = 0
    while (j < n && marks < MAX_CONTINUING) {
      marks++
      const cu = s.charCodeAt(j)
      if (cu >= 0xd800 && cu <= 0xdbff) {
        const cp = s.codePointAt(j) as number
        if (cp > 0xffff && COMBINING_MARK.test(String.fromCodePoint(cp))) {
          j += 2
          continue
        }
        break
      }
      if (t[cu] === 1) j++
      else break
    }
    const seg = s.slice(i, j)
    const first = s.charCodeAt(i)
    const fix = NFKC_FIXES.get(first)
    const src = fix === undefined ? seg : fix + seg.slice(1)
    const norm = src.normalize('NFKC')
    if (norm !== seg) {
      flushPlain(i)
      parts.push(norm)
      if (starts) for (let q = 0; q < norm.length; q++) starts.push(i)
      changes.push(i, j, outLen, outLen + norm.length)
      outLen += norm.length
      plainFrom = j
    }
    i = j
  }
  flushPlain(n)
  const text = parts.join('')
  let st: Int32Array | null = null
  if (starts) {
    st = Int32Array.from(starts)
    starts = null
    if (st.length > 0) {
      const f = st[0] as number
      for (let q = 0; q < st.length && st[q] === f; q++) st[q] = 0
    }
  }
  return { text, starts: st, changes }
}

/** Whether more than {@link MAX_CONTINUING} BMP continuing code units stand in a row. */
function hasLongRun(s: string): boolean {
  const t = continuingTable()
  let run = 0
  for (let i = 0; i < s.length; i++) {
    if (t[s.charCodeAt(i)] === 1) {
      if (++run > MAX_CONTINUING) return true
    } else run = 0
  }
  return false
}

function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}
