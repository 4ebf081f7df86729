/**
 * Encoding detection and decoding: BOM first, then a fast path for valid UTF-8, UTF-16 without a
 * BOM, a scoring detector for Windows-1256 / ISO-8859-6 / Windows-1252 (the code pages of Arabic and
 * Western news), and jschardet (loaded lazily, on a sample) as the fallback for anything else.
 * @module
 */

import type { Message } from '@nuqta/core'
import { decodeSingleByte } from './codepages'
import type { EncodingName } from './types'

/**
 * How an encoding was decided.
 * @example
 * ```ts
 * const m: EncodingMethod = 'bom'
 * ```
 */
export type EncodingMethod =
  | 'bom'
  | 'option'
  | 'declared'
  | 'utf-8'
  | 'ascii'
  | 'utf-16'
  | 'single-byte'
  | 'fallback'

/**
 * The result of {@link detectEncoding}.
 * @example
 * ```ts
 * const g: EncodingGuess = { encoding: 'utf-8', confidence: 1, bomLength: 3, method: 'bom', warnings: [] }
 * ```
 */
export interface EncodingGuess {
  /** WHATWG name of the encoding to decode with. @example `'windows-1256'` */
  encoding: EncodingName
  /** Confidence, 0 to 1. @example `0.97` */
  confidence: number
  /** Length of the byte-order mark at the start (0 when there is none). @example `3` */
  bomLength: number
  /** How the encoding was decided. @example `'single-byte'` */
  method: EncodingMethod
  /** Problems found, such as a declared charset that the bytes contradict. @example `[]` */
  warnings: Message[]
}

/**
 * Options of {@link detectEncoding}.
 * @example
 * ```ts
 * const o: DetectEncodingOptions = { declared: 'iso-8859-1', declaredFrom: 'HTTP Content-Type' }
 * ```
 */
export interface DetectEncodingOptions {
  /** A charset label the source declares (HTTP header, XML prolog, meta tag). @example `'windows-1256'` */
  declared?: string
  /** Where the declared label came from, for warnings. @example `'XML prolog'` */
  declaredFrom?: string
  /** Bytes scored by the single-byte detector (default 65536). @example `65536` */
  sampleSize?: number
  /** Input name for warnings. @example `'news.xml'` */
  file?: string
  /** Byte offset of `bytes` within the input, for warnings. @example `0` */
  byteOffset?: number
}

const SOURCE = '@nuqta/corpus' as const

/**
 * The WHATWG canonical name for a charset label, or `undefined` when the platform does not know it.
 * `latin1`, `iso-8859-1` and `ascii` map to `windows-1252`, as in browsers.
 * @param label - any charset label (`'cp1256'`, `'UTF8'`, `'arabic'` …)
 * @returns the canonical name, or undefined
 * @example
 * ```ts
 * normalizeEncodingLabel('cp1256') // 'windows-1256'
 * normalizeEncodingLabel('latin1') // 'windows-1252'
 * ```
 */
export function normalizeEncodingLabel(label: string): EncodingName | undefined {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return undefined
  }
}

/** Length of a BOM at the start of `bytes` and the encoding it announces. */
function sniffBom(bytes: Uint8Array): { encoding: EncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

const fatalUtf8 = (): TextDecoder => new TextDecoder('utf-8', { fatal: true })

/** True when `bytes` is valid UTF-8 (an incomplete sequence at the very end is allowed). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8().decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

/** True when some byte is 0x80 or above. */
function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true
  return false
}

/**
 * Byte index of the first invalid UTF-8 sequence at or after `from`, or -1.
 * @internal
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from
  const n = bytes.length
  while (i < n) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    if (i + need >= n) return i + need === n ? checkTail(bytes, i, n) : i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number
      if ((c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** A sequence that runs to the exact end of the buffer: invalid only if a byte is not a continuation. */
function checkTail(bytes: Uint8Array, i: number, n: number): number {
  for (let k = i + 1; k < n; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) return i
  return i
}

/** UTF-16 without a BOM: one byte of each pair is mostly 0x00 (Latin) or 0x06 (Arabic). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  // UTF-16 text has zero bytes (spaces, ASCII); most other text has none
  if (bytes.subarray(0, n).indexOf(0) < 0 && bytes.subarray(0, n).indexOf(6) < 0) return undefined
  let hiOdd = 0
  let hiEven = 0
  let zeroOdd = 0
  let zeroEven = 0
  for (let i = 0; i < n; i += 2) {
    const e = bytes[i] as number
    const o = bytes[i + 1] as number
    if (e === 0) zeroEven++
    if (o === 0) zeroOdd++
    if (e === 0 || e === 0x06 || e === 0x20) hiEven++
    if (o === 0 || o === 0x06 || o === 0x20) hiOdd++
  }
  const pairs = n / 2
  let guess: 'utf-16le' | 'utf-16be' | undefined
  if (hiOdd / pairs >= 0.6 && zeroEven / pairs < 0.1 && zeroOdd > 0) guess = 'utf-16le'
  else if (hiEven / pairs >= 0.6 && zeroOdd / pairs < 0.1 && zeroEven > 0) guess = 'utf-16be'
  if (!guess) return undefined
  try {
    new TextDecoder(guess, { fatal: true }).decode(bytes.subarray(0, n), { stream: true })
  } catch {
    return undefined
  }
  return guess
}

/** Approximate frequency (percent) of Arabic letters in news text, as a prior between code pages. */
const ARABIC_FREQ: Record<number, number> = {
  1575: 12.5,
  1604: 10.5,
  1610: 7.5,
  1605: 6,
  1608: 6,
  1606: 5.5,
  1607: 4,
  1585: 4.5,
  1576: 4,
  1578: 4,
  1577: 3,
  1593: 3,
  1571: 2.5,
  1583: 2.5,
  1601: 2.5,
  1603: 2,
  1587: 2.5,
  1602: 2,
  1581: 1.8,
  1580: 1.3,
  1573: 1,
  1609: 1.2,
  1589: 0.8,
  1591: 0.8,
  1588: 0.8,
  1582: 0.7,
  1586: 0.5,
  1590: 0.5,
  1584: 0.6,
  1579: 0.5,
  1574: 0.5,
  1594: 0.4,
  1592: 0.2,
  1569: 0.4,
  1570: 0.2,
  1572: 0.2,
}

const isArabicLetter = (c: number): boolean =>
  (c >= 0x621 && c <= 0x63a) || (c >= 0x640 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3)
const isArabicMark = (c: number): boolean => c >= 0x64b && c <= 0x652
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isLatinExt = (c: number): boolean =>
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x192
const isLatin = (c: number): boolean => isAsciiLetter(c) || isLatinExt(c)

/** The single-byte candidates scored by the detector. */
const SINGLE_BYTE: readonly EncodingName[] = ['windows-1256', 'iso-8859-6', 'windows-1252']

/** Decode with a single-byte candidate, correctly (cp1252 from nuqta's table). */
function decodeCandidate(bytes: Uint8Array, enc: EncodingName): string {
  if (enc === 'windows-1252') return decodeSingleByte(bytes, 'windows-1252')
  return new TextDecoder(enc).decode(bytes)
}

/**
 * Plausibility of `bytes` decoded as `enc`: Arabic letters among Arabic letters and Latin letters
 * among Latin letters score; replacement characters, C1 controls and script mixing inside a word cost.
 */
function scoreCandidate(bytes: Uint8Array, enc: EncodingName): { score: number; arabic: number } {
  const s = decodeCandidate(bytes, enc)
  let score = 0
  let arabic = 0
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue
    const c = s.charCodeAt(i)
    const p = i > 0 ? s.charCodeAt(i - 1) : 0x20
    const nx = i + 1 < s.length ? s.charCodeAt(i + 1) : 0x20
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) score -= 5
    else if (isArabicLetter(c)) {
      arabic++
      if (isLatin(p) || isLatin(nx)) score -= 3
      else score += 0.5 + (ARABIC_FREQ[c] ?? 0.3) / 10
    } else if (isArabicMark(c)) {
      score += isArabicLetter(p) ? 0.5 : -3
    } else if (isLatinExt(c)) {
      if (isArabicLetter(p) || isArabicLetter(nx) || isArabicMark(nx)) score -= 3
      else if (isAsciiLetter(p) || isAsciiLetter(nx)) score += 1
      else if (isLatinExt(p) || isLatinExt(nx)) score -= 1
    } else if (c === 0xd7 || c === 0xf7) {
      if (isArabicLetter(p) || isArabicLetter(nx) || isLatin(p) || isLatin(nx)) score -= 2
    }
  }
  return { score, arabic }
}

interface Scored {
  encoding: EncodingName
  score: number
  arabic: number
}

/** Score every single-byte candidate on a sample, best first. */
function scoreSingleByte(sample: Uint8Array): Scored[] {
  const scored = SINGLE_BYTE.map((encoding) => ({ encoding, ...scoreCandidate(sample, encoding) }))
  // Stable order on ties keeps windows-1256 before iso-8859-6 before windows-1252; a text with no
  // Arabic letter under the best Arabic code page prefers windows-1252.
  scored.sort((a, b) => b.score - a.score)
  const best = scored[0] as Scored
  if (best.encoding !== 'windows-1252' && best.arabic === 0) {
    const w = scored.find((s) => s.encoding === 'windows-1252') as Scored
    if (w.score >= best.score) return [w, ...scored.filter((s) => s !== w)]
  }
  return scored
}

function highByteCount(bytes: Uint8Array): number {
  let n = 0
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) n++
  return n
}

function confidenceOf(scored: Scored[], highBytes: number): number {
  const best = scored[0] as Scored
  const second = scored[1] as Scored
  if (best.score < 0) return 0.2
  if (best.score === 0) return 0.5
  const margin = (best.score - second.score) / Math.max(1, highBytes)
  return Math.min(0.99, Math.max(0.5, 0.5 + margin))
}

const warn = (
  ruleId: string,
  reason: string,
  options: DetectEncodingOptions,
  severity: 'warning' | 'error' = 'warning',
): Message => ({
  ruleId,
  reason,
  source: SOURCE,
  severity,
  byteOffset: options.byteOffset ?? 0,
  ...(options.file === undefined ? {} : { file: options.file }),
})

/**
 * Detect the encoding of `bytes` synchronously without the jschardet fallback. Used by
 * {@link detectEncoding}; returns `method: 'fallback'` with low confidence when nothing fits.
 * @internal
 */
export function detectEncodingSync(
  bytes: Uint8Array,
  options: DetectEncodingOptions = {},
): EncodingGuess {
  const warnings: Message[] = []
  const declared = options.declared ? normalizeEncodingLabel(options.declared) : undefined
  const from = options.declaredFrom ?? 'declared charset'
  if (options.declared && !declared)
    warnings.push(
      warn(
        'corpus/encoding-unknown-declared',
        `Unknown charset "${options.declared}" in the ${from} ignored`,
        options,
      ),
    )
  const bom = sniffBom(bytes)
  if (bom) {
    if (
      declared &&
      declared !== bom.encoding &&
      !(declared.startsWith('utf-16') && bom.encoding.startsWith('utf-16'))
    )
      warnings.push(
        warn(
          'corpus/encoding-declared-mismatch',
          `The ${from} says ${declared} but the byte-order mark says ${bom.encoding}; using ${bom.encoding}`,
          options,
        ),
      )
    return { encoding: bom.encoding, confidence: 1, bomLength: bom.length, method: 'bom', warnings }
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) {
    if (declared && declared !== utf16)
      warnings.push(
        warn(
          'corpus/encoding-declared-mismatch',
          `The ${from} says ${declared} but the bytes are ${utf16}; using ${utf16}`,
          options,
        ),
      )
    return { encoding: utf16, confidence: 0.9, bomLength: 0, method: 'utf-16', warnings }
  }
  const high = hasHighBytes(bytes)
  const validUtf8 = high && isValidUtf8(bytes)
  if (declared === 'utf-8' && (validUtf8 || !high))
    return { encoding: 'utf-8', confidence: 1, bomLength: 0, method: 'declared', warnings }
  if (validUtf8) {
    if (declared && declared !== 'utf-8')
      warnings.push(
        warn(
          'corpus/encoding-declared-mismatch',
          `The ${from} says ${declared} but the bytes are valid UTF-8; using utf-8`,
          options,
        ),
      )
    return { encoding: 'utf-8', confidence: 1, bomLength: 0, method: 'utf-8', warnings }
  }
  if (!high) {
    const enc = declared && !declared.startsWith('utf-16') ? declared : 'utf-8'
    return { encoding: enc, confidence: 1, bomLength: 0, method: 'ascii', warnings }
  }
  const sample = bytes.subarray(0, options.sampleSize ?? 65536)
  const scored = scoreSingleByte(sample)
  const best = scored[0] as Scored
  const highBytes = highByteCount(sample)
  const confidence = confidenceOf(scored, highBytes)
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const mine = scored.find((s) => s.encoding === declared)
    // A declared code page we cannot score (windows-1251 …) is trusted; one we can is overridden
    // only when another code page is clearly more plausible.
    if (
      !mine ||
      best.encoding === declared ||
      best.score - mine.score <= Math.max(2, highBytes * 0.05)
    )
      return {
        encoding: declared,
        confidence: mine ? Math.max(confidence, 0.8) : 0.8,
        bomLength: 0,
        method: 'declared',
        warnings,
      }
  }
  if (declared)
    warnings.push(
      warn(
        'corpus/encoding-declared-mismatch',
        `The ${from} says ${declared} but the bytes read as ${best.encoding}; using ${best.encoding}`,
        options,
      ),
    )
  if (best.score < 0)
    return { encoding: best.encoding, confidence: 0.2, bomLength: 0, method: 'fallback', warnings }
  return { encoding: best.encoding, confidence, bomLength: 0, method: 'single-byte', warnings }
}

interface Chardet {
  detect(input: string | Uint8Array): { encoding: string | null; confidence: number }
}

let chardet: Promise<Chardet | undefined> | undefined
/** jschardet, imported on first use only (it is large and rarely needed). */
function loadChardet(): Promise<Chardet | undefined> {
  chardet ??= import('jschardet').then(
    (m) => ((m as { default?: Chardet }).default ?? (m as unknown as Chardet)) as Chardet,
    () => undefined,
  )
  return chardet
}

/** Byte string for jschardet (it reads binary strings, one char per byte). */
function binaryString(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192)
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[])
  return s
}

/**
 * Detect the encoding of some bytes (a whole file or its first chunk). Order: byte-order mark; UTF-16
 * without a BOM; valid UTF-8 (fast path, native); a declared charset when the bytes agree with it
 * (else it is overridden with an `corpus/encoding-declared-mismatch` warning); Windows-1256 vs ISO-8859-6
 * vs Windows-1252 by scoring the decoded text; jschardet on an 8 KiB sample only when none of those
 * fits (other scripts and code pages).
 * @param bytes - the bytes (the first 64 KiB is enough)
 * @param options - declared charset and sample size
 * @returns the encoding, a confidence and any warnings
 * @example
 * ```ts
 * const bytes = new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]) // "السلام" in Windows-1256
 * const guess = await detectEncoding(bytes)
 * console.log(guess.encoding) // 'windows-1256'
 * ```
 */
export async function detectEncoding(
  bytes: Uint8Array,
  options: DetectEncodingOptions = {},
): Promise<EncodingGuess> {
  const guess = detectEncodingSync(bytes, options)
  if (guess.method !== 'fallback') return guess
  const cd = await loadChardet()
  if (!cd) return guess
  try {
    const r = cd.detect(binaryString(bytes.subarray(0, 8192)))
    const label = r.encoding ? normalizeEncodingLabel(r.encoding) : undefined
    if (label && r.confidence > 0.3 && label !== 'utf-8')
      return { ...guess, encoding: label, confidence: Math.min(0.9, r.confidence) }
  } catch {
    // the fallback never decides alone; keep the best single-byte guess
  }
  return guess
}

/**
 * Byte length of `text.slice(start, end)` once encoded in `encoding` (exact for UTF-8, UTF-16 and
 * single-byte code pages; other multi-byte encodings are approximated as UTF-8).
 * @internal
 */
export function byteLength(
  text: string,
  encoding: EncodingName,
  start = 0,
  end = text.length,
): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (end - start) * 2
  if (encoding !== 'utf-8' && SINGLE_BYTE_NAMES.has(encoding)) return end - start
  // long spans: the platform's encoder is faster than a loop
  if (end - start > 512) return utf8Encoder.encode(text.slice(start, end)).length
  let n = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n++
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

const utf8Encoder = new TextEncoder()

/**
 * True for the single-byte encodings (one byte, one UTF-16 code unit).
 * @internal
 */
export const isSingleByte = (encoding: EncodingName): boolean => SINGLE_BYTE_NAMES.has(encoding)

/**
 * Where a strict UTF-8 decoder would put U+FFFD in `bytes`: a flat list of pairs (index of the
 * U+FFFD in the decoded text, bytes it replaces), following the WHATWG decoder (one U+FFFD per
 * maximal invalid subpart). Valid text decodes to as many bytes as it re-encodes to, so these pairs
 * are all that is needed to map text positions back to byte positions.
 * @internal
 */
export function utf8Replacements(bytes: Uint8Array): number[] {
  const out: number[] = []
  const n = bytes.length
  let i = 0
  let ci = 0
  while (i < n) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      ci++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      else if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      else if (b === 0xf4) hi = 0x8f
    } else {
      out.push(ci, 1)
      i++
      ci++
      continue
    }
    let k = 1
    for (; k <= need && i + k < n; k++) {
      const c = bytes[i + k] as number
      if (c < lo || c > hi) break
      lo = 0x80
      hi = 0xbf
    }
    if (k > need) {
      i += k
      ci += need === 3 ? 2 : 1
    } else {
      out.push(ci, k)
      i += k
      ci++
    }
  }
  return out
}

/**
 * Index of the first unpaired surrogate in UTF-16 bytes (little- or big-endian), or -1.
 * @internal
 */
export function firstLoneSurrogate(bytes: Uint8Array, littleEndian: boolean): number {
  const hiByte = littleEndian ? 1 : 0
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const h = bytes[i + hiByte] as number
    if (h < 0xd8 || h > 0xdf) continue
    if (h >= 0xdc) return i
    const nh = bytes[i + 2 + hiByte]
    if (nh === undefined || nh < 0xdc || nh > 0xdf) return i
    i += 2
  }
  return -1
}

const SINGLE_BYTE_NAMES = new Set<string>([
  'windows-1252',
  'windows-1256',
  'iso-8859-6',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-8',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1255',
  'koi8-r',
])

/**
 * A streaming decoder that never throws: invalid or unmapped bytes become U+FFFD and a warning
 * naming the byte offset. Windows-1252 is decoded with nuqta's own table (Node 20's is wrong).
 * @internal
 */
export class StreamDecoder {
  readonly encoding: EncodingName
  private readonly td: TextDecoder | undefined
  private readonly file: string | undefined
  private replaced = 0
  /** Warnings raised so far and not yet taken. */
  pending: Message[] = []

  constructor(encoding: EncodingName, file?: string) {
    this.encoding = encoding
    this.file = file
    this.td = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding)
  }

  /** Decode a chunk whose first byte is at `byteOffset` in the input. */
  decode(chunk: Uint8Array, byteOffset: number, final = false): string {
    if (!this.td) return decodeSingleByte(chunk, 'windows-1252')
    const text = this.td.decode(chunk, { stream: !final })
    if (text.includes('\uFFFD')) this.noteReplacements(chunk, byteOffset, text)
    return text
  }

  private noteReplacements(chunk: Uint8Array, byteOffset: number, text: string): void {
    let at = -1
    if (this.encoding === 'utf-8') {
      at = firstInvalidUtf8(chunk)
      if (at < 0) return // every U+FFFD was in the input itself
    } else if (this.encoding.startsWith('utf-16')) {
      at = Math.max(0, firstLoneSurrogate(chunk, this.encoding === 'utf-16le'))
    } else {
      // single-byte: the first byte that mapped to U+FFFD is at the same index
      at = Math.max(0, text.indexOf('\uFFFD'))
    }
    this.replaced++
    if (this.replaced > 100) return
    this.pending.push({
      ruleId: 'corpus/encoding-invalid-bytes',
      reason: `Bytes invalid in ${this.encoding} replaced by U+FFFD`,
      source: SOURCE,
      byteOffset: byteOffset + at,
      severity: 'error',
      ...(this.file === undefined ? {} : { file: this.file }),
    })
  }

  /** Flush the decoder (an incomplete sequence at the end becomes U+FFFD). */
  end(byteOffset: number): string {
    if (!this.td) return ''
    const text = this.td.decode()
    if (text.includes('\uFFFD'))
      this.pending.push({
        ruleId: 'corpus/encoding-truncated-sequence',
        reason: `Input ends inside a ${this.encoding} sequence`,
        source: SOURCE,
        byteOffset,
        severity: 'error',
        ...(this.file === undefined ? {} : { file: this.file }),
      })
    return text
  }
}

/**
 * The result of {@link decodeBytes}.
 * @example
 * ```ts
 * const r: DecodedText = { text: 'ab\uFFFD', warnings: [] }
 * ```
 */
export interface DecodedText {
  /** The decoded text. @example `'“hi”'` */
  text: string
  /** One warning per chunk with invalid bytes (rule `corpus/encoding-invalid-bytes`), with the byte offset. @example `[]` */
  warnings: Message[]
}

/**
 * Decode a whole byte array with a known encoding; never throws.
 * @param bytes - the bytes
 * @param encoding - WHATWG encoding name (Windows-1252 uses nuqta's table)
 * @returns the text (a BOM for that encoding is dropped) and warnings for invalid bytes
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94]), 'windows-1252').text // '“hi”'
 * ```
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingName): DecodedText {
  const d = new StreamDecoder(encoding)
  const text = d.decode(bytes, 0, true)
  return { text, warnings: d.pending }
}
