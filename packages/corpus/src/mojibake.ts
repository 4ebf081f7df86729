/**
 * Mojibake repair: undo text that was encoded in one charset and decoded in another, span by span,
 * Arabic-aware, and report every change.
 *
 * Method (see CLEANING.md): one regex scan ({@link MOJIBAKE_HINT}) decides whether the text can hold
 * mojibake at all; clean text stops there. Otherwise the text is cut into words (runs without ASCII
 * whitespace). Each word is re-encoded through every source code page (Windows-1252/Latin-1,
 * Windows-1256, MacRoman, Windows-1251, Windows-1250, ISO-8859-2, CP437) and its bytes are read back as
 * UTF-8; words made only of Latin-1 letters are also read back as Windows-1256 and ISO-8859-6 (Arabic
 * written in a legacy code page and read as Latin-1). A reading is kept only when it decodes
 * to plausible text and the word showed evidence of mojibake (a lead byte followed by symbol-like
 * continuation bytes, several sequences in one script, C1 controls…); weak evidence needs stronger
 * evidence elsewhere in the same text. Double encoding is undone by repeating the step on the result.
 * @module
 */

import { createMessage, type Message, type TextChange } from '@nuqta/core'
import { ChangeBuilder, SOURCE } from './changes'
import {
  LETTER,
  LOWER_LETTER,
  MOJIBAKE_HINT,
  NON_SPACE_RUN,
  SPACED_LOSSY_RUN,
  TATWEEL_RUN,
} from './cleaning-patterns'
import { decodeTable } from './codepages'

/**
 * Options of {@link repairMojibake}.
 * @example
 * ```ts
 * const options: RepairMojibakeOptions = { minConfidence: 0.8 }
 * ```
 */
export interface RepairMojibakeOptions {
  /**
   * Repairs with a lower confidence are not applied (and not reported). Default `0` (every repair
   * the rules accept).
   * @example `0.8`
   */
  minConfidence?: number
  /**
   * Whether lone C1 control characters (U+0080–U+009F) are read as the Windows-1252 characters they
   * almost always were (`\u0093` → `“`). Default `true`.
   * @example `false`
   */
  fixC1Controls?: boolean
  /**
   * A cosmetic step, separate from repair and off by default: replace curly quotes and apostrophes
   * (`‘ ’ ‚ “ ” „`) with straight ones, each reported as a `corpus/cosmetic-uncurl-quotes` repair.
   * @example `true`
   */
  uncurlQuotes?: boolean
}

/**
 * The result of {@link repairMojibake}.
 * @example
 * ```ts
 * const r: RepairMojibakeResult = repairMojibake('cafÃ©')
 * // r.text === 'café'
 * ```
 */
export interface RepairMojibakeResult {
  /** The repaired text. @example `'café'` */
  text: string
  /**
   * Every repair, in text order (kind `'repair'`, with its confidence); `start`/`end` locate
   * `before` in the input text, `outputStart`/`outputEnd` locate `after` in `text`.
   * @example `[{ ruleId: 'corpus/mojibake-utf8-as-windows-1252', start: 3, end: 5, outputStart: 3, outputEnd: 4, before: 'Ã©', after: 'é', kind: 'repair', … }]`
   */
  changes: TextChange[]
  /**
   * One `corpus/clean-uncertain-repair` message per repair that lost information or has a
   * confidence below 0.7 (`start`/`end` in `text`).
   * @example `[]`
   */
  warnings: Message[]
}

/** Below this confidence a repair is reported as uncertain. */
const UNCERTAIN = 0.7

type Source =
  | 'windows-1252'
  | 'windows-1256'
  | 'macintosh'
  | 'windows-1251'
  | 'windows-1250'
  | 'iso-8859-2'
  | 'windows-1257'
  | 'cp437'

/** Code pages UTF-8 bytes are re-encoded through, in order of preference. */
const SOURCES: readonly Source[] = [
  'windows-1252',
  'windows-1256',
  'macintosh',
  'windows-1251',
  'windows-1250',
  'iso-8859-2',
  'windows-1257',
  'cp437',
]

const SOURCE_LABEL: Record<Source, string> = {
  'windows-1252': 'Windows-1252',
  'windows-1256': 'Windows-1256',
  macintosh: 'MacRoman',
  'windows-1251': 'Windows-1251',
  'windows-1250': 'Windows-1250',
  'iso-8859-2': 'ISO-8859-2',
  'windows-1257': 'Windows-1257',
  cp437: 'CP437',
}

/** CP437 0x80–0xFF (no platform decoder has it). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

const encoders: Partial<Record<Source, Int16Array>> = {}

/** code unit → byte (−1 when the code page cannot hold it). Windows-1252 is "sloppy": C1 controls map to their own byte, as Latin-1 reads them. */
function encoder(source: Source): Int16Array {
  let enc = encoders[source]
  if (enc) return enc
  enc = new Int16Array(65536).fill(-1)
  for (let b = 0; b < 128; b++) enc[b] = b
  if (source === 'cp437') {
    for (let i = 0; i < 128; i++) enc[CP437_HIGH.charCodeAt(i)] = 0x80 + i
  } else if (source === 'windows-1252' || source === 'windows-1256') {
    const table = decodeTable(source)
    if (source === 'windows-1252') for (let b = 0x80; b < 0xa0; b++) enc[b] = b
    for (let b = 255; b >= 128; b--) {
      const cp = table[b] as number
      if (cp !== 0xfffd) enc[cp] = b
    }
  } else {
    const decoder = new TextDecoder(source)
    for (let b = 255; b >= 128; b--) {
      const s = decoder.decode(Uint8Array.of(b))
      if (s.length === 1 && s !== '\ufffd') enc[s.charCodeAt(0)] = b
    }
  }
  encoders[source] = enc
  return enc
}

/** One decoded UTF-8 sequence inside a word. */
interface Seq {
  /** Index of the lead char in the word. */
  at: number
  /** Number of chars (bytes) it spans. */
  len: number
  /** Decoded code point (U+FFFD for a lossy sequence). */
  cp: number
  /** A continuation byte was lost (`?` or U+FFFD stood for it). */
  lossy: boolean
}

interface Decoded {
  out: string
  seqs: Seq[]
  /** For each out position, whether it came from a decoded sequence. */
  undecodedHigh: number
  seqChars: number
}

const WILDCARD = -2

let outBuf = new Uint16Array(256)

/** UTF-16 code units to a string, in chunks (spread arguments have a size limit). */
function codesToString(buf: Uint16Array, n: number): string {
  if (n <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[])
  let out = ''
  for (let i = 0; i < n; i += 4096)
    out += String.fromCharCode.apply(
      null,
      buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[],
    )
  return out
}

function isCont(bytes: Int16Array, n: number, k: number): boolean {
  const b = k < n ? (bytes[k] as number) : -1
  return b >= 0x80 && b <= 0xbf
}

/** Walk the bytes of a word and decode every valid (or CESU-8, or lossy) UTF-8 multi-byte sequence. */
function decodeWord(word: string, bytes: Int16Array, strongWild: boolean): Decoded {
  const n = bytes.length
  const seqs: Seq[] = []
  if (outBuf.length < n * 2) outBuf = new Uint16Array(n * 2)
  let o = 0
  let undecodedHigh = 0
  let seqChars = 0
  let i = 0
  const cont = (k: number) => isCont(bytes, n, k)
  const wild = (k: number) => k < n && bytes[k] === WILDCARD
  while (i < n) {
    const b = bytes[i] as number
    let len = 0
    if (b >= 0xc2 && b <= 0xdf) len = 2
    else if (b >= 0xe0 && b <= 0xef) len = 3
    else if (b >= 0xf0 && b <= 0xf4) len = 4
    if (len > 0) {
      let ok = true
      let lossy = false
      for (let k = 1; k < len; k++) {
        if (cont(i + k)) continue
        if (wild(i + k) && (k > 1 || len === 2 || strongWild || b === 0xe2)) {
          lossy = true
          continue
        }
        ok = false
        break
      }
      if (ok && !lossy) {
        const b1 = bytes[i + 1] as number
        if (len === 3 && b === 0xe0 && b1 < 0xa0) ok = false
        if (len === 4 && ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f))) ok = false
      }
      if (ok) {
        let cp = 0xfffd
        let span = len
        if (!lossy) {
          if (len === 2) cp = ((b & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f)
          else if (len === 3)
            cp =
              ((b & 0x0f) << 12) |
              (((bytes[i + 1] as number) & 0x3f) << 6) |
              ((bytes[i + 2] as number) & 0x3f)
          else
            cp =
              ((b & 0x07) << 18) |
              (((bytes[i + 1] as number) & 0x3f) << 12) |
              (((bytes[i + 2] as number) & 0x3f) << 6) |
              ((bytes[i + 3] as number) & 0x3f)
          if (cp >= 0xd800 && cp <= 0xdbff) {
            // CESU-8: a high surrogate must be followed by an encoded low surrogate.
            const j = i + 3
            const c = j + 2 < n ? (bytes[j] as number) : -1
            const c1 = j + 1 < n ? (bytes[j + 1] as number) : -1
            if (c === 0xed && c1 >= 0xb0 && c1 <= 0xbf && cont(j + 2)) {
              const lo = 0xdc00 | ((c1 & 0x0f) << 6) | ((bytes[j + 2] as number) & 0x3f)
              cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)
              span = 6
            } else ok = false
          } else if (cp >= 0xdc00 && cp <= 0xdfff) ok = false
        }
        if (ok) {
          seqs.push({ at: i, len: span, cp, lossy })
          if (cp > 0xffff) {
            outBuf[o++] = 0xd800 + ((cp - 0x10000) >> 10)
            outBuf[o++] = 0xdc00 + ((cp - 0x10000) & 0x3ff)
          } else outBuf[o++] = cp
          seqChars += span
          i += span
          continue
        }
      }
    }
    const ch = word.charCodeAt(i)
    if (b >= 0x80 || ch >= 0x80) undecodedHigh++
    outBuf[o++] = ch
    i++
  }
  return { out: codesToString(outBuf, o), seqs, undecodedHigh, seqChars }
}

type Script = 'ascii' | 'latin' | 'mark' | 'symbol' | 'greek' | 'ipa' | 'other'

function scriptOf(cp: number): Script {
  if (cp < 0x80) return 'ascii'
  if (cp < 0xc0 || cp === 0xd7 || cp === 0xf7) return 'symbol'
  if (cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00)) return 'latin'
  if (cp < 0x2b0) return 'ipa'
  if (cp < 0x300) return 'symbol'
  if (cp < 0x370) return 'mark'
  if (cp < 0x400) return 'greek'
  if (
    (cp >= 0x2000 && cp < 0x2c00) ||
    (cp >= 0x3000 && cp < 0x3040) ||
    (cp >= 0xfb00 && cp < 0xfb07) ||
    cp >= 0xfe30
  )
    return cp >= 0x10000 && cp < 0x1f000 ? 'other' : 'symbol'
  return 'other'
}

/** A rough script/block id used to see that several decoded letters belong together. */
function blockOf(cp: number): number {
  if (cp >= 0x600 && cp < 0x780) return 0x600
  if (cp >= 0x4e00 && cp < 0xa000) return 0x4e00
  if (cp >= 0xac00 && cp < 0xd7b0) return 0xac00
  return cp >> 7
}

/** Whether a UTF-16 code unit is a letter (cheap ranges first, the Unicode property for the rest). */
function isLetterCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c)
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba
  if (c === 0xd7 || c === 0xf7 || (c >= 0x300 && c < 0x370)) return false
  if (c < 0x2000) return true
  if (c < 0x2c00) return false
  return LETTER.test(String.fromCharCode(c))
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** Windows-1252 lead characters of Greek, Cyrillic, Hebrew and Arabic UTF-8 (Î Ï Ð Ñ × Ø Ù). */
const SCRIPT_LEADS = new Set([0xce, 0xcf, 0xd0, 0xd1, 0xd7, 0xd8, 0xd9])
/** Windows-1252 continuation characters that are weak evidence after Ã/Â (they follow letters in clean text). */
const WEAK_CONT = new Set([0xa4, 0xa5, 0xa6, 0xb5])
/** Punctuation that ends words in clean text; as the last byte of a word-final sequence it is weak evidence. */
const WORD_END_PUNCT = new Set([
  0x2122, 0x2014, 0x2013, 0x2026, 0x2019, 0x201d, 0xa1, 0xbf, 0xbb, 0xb7, 0xae, 0x2e, 0x2c,
])

interface Candidate {
  after: string
  evidence: number
  source: string
  ruleId: string
  lossy: boolean
  depth: number
}

function uppercaseWord(word: string): boolean {
  let upper = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) return false
    if (c >= 0x41 && c <= 0x5a) upper++
  }
  return upper >= 2
}

/** Score one UTF-8 reading of a word; `undefined` when the reading is implausible. */
function scoreUtf8(word: string, source: Source, d: Decoded): number | undefined {
  const { out, seqs } = d
  if (seqs.length === 0) return undefined
  if (d.undecodedHigh > d.seqChars) return undefined
  const primary = source === 'windows-1252'
  const caps = uppercaseWord(word)
  let evidence = 0
  const blocks = new Map<number, number>()
  const blockTotals = new Map<number, number>()
  for (const s of seqs) {
    if (s.lossy) continue
    const blk = blockOf(s.cp)
    blockTotals.set(blk, (blockTotals.get(blk) ?? 0) + 1)
  }
  let outPos = 0
  let wordPos = 0
  for (const s of seqs) {
    outPos += s.at - wordPos
    wordPos = s.at + s.len
    const cpLen = s.cp > 0xffff ? 2 : 1
    const prev = outPos > 0 ? out.charCodeAt(outPos - 1) : 0
    const next = outPos + cpLen < out.length ? out.charCodeAt(outPos + cpLen) : 0
    outPos += cpLen
    const script = scriptOf(s.cp)
    const lead = word.charCodeAt(s.at)
    const last = word.charCodeAt(s.at + s.len - 1)
    const afterSeq = s.at + s.len < word.length ? word.charCodeAt(s.at + s.len) : 0
    const letterAfter = afterSeq !== 0 && isLetterCode(afterSeq)
    if (s.cp >= 0x80 && s.cp < 0xa0) {
      // a C1 control is only a step towards a deeper layer; the final check rejects it if it stays
      continue
    }
    if (s.lossy) {
      let replacement = false
      for (let k = 1; k < s.len; k++) if (word.charCodeAt(s.at + k) === 0xfffd) replacement = true
      evidence += replacement ? 2 : primary && (lead === 0xe2 || lead === 0xc3) ? 1 : 0
      continue
    }
    const adjacentAscii = isAsciiLetter(prev) || isAsciiLetter(next)
    if (script === 'ipa' || (s.cp >= 0x2b0 && s.cp < 0x2c6) || s.cp === 0x17f) return undefined
    if ((s.cp >= 0xe000 && s.cp < 0xf900) || (s.cp >= 0xfdd0 && s.cp < 0xfdf0)) return undefined
    if ((s.cp & 0xfffe) === 0xfffe) return undefined
    // Arabic: only letters, vowel marks, digits and punctuation in common use; UTF-8 read as
    // Windows-1256 must decode to Arabic (its leads are Arabic letters, so Latin results are noise)
    if (s.cp >= 0x600 && s.cp < 0x700 && !ARABIC_ALLOWED(s.cp) && s.cp !== 0x640 && s.cp !== 0x671)
      return undefined
    if (source === 'windows-1256' && !(s.cp >= 0x600 && s.cp < 0x700) && script !== 'symbol')
      return undefined
    const sameBlock = blockTotals.get(blockOf(s.cp)) ?? 0
    if (adjacentAscii && sameBlock < 3 && (script === 'other' || (s.cp >= 0x400 && s.cp < 0x800)))
      return undefined
    let c1 = false
    for (let k = 1; k < s.len; k++) {
      const c = word.charCodeAt(s.at + k)
      if (c >= 0x80 && c < 0xa0) c1 = true
    }
    const contChar = word.charCodeAt(s.at + 1)
    const nbsp = s.len === 2 && contChar === 0xa0
    const joint = s.len === 2 && contChar === 0x20
    const symbolCont = !isLetterCode(contChar)
    let e = 0
    if (s.len >= 3) e = script === 'other' && sameBlock < 2 ? 1 : primary ? 3 : 2
    else if (joint) e = lead === 0xc3 && prev >= 0x61 && prev <= 0x7a ? 2 : 1
    else if (primary && (lead === 0xc2 || lead === 0xc3)) {
      if (WEAK_CONT.has(contChar) || (contChar === 0x2019 && letterAfter)) e = 1
      else if (nbsp && caps) e = 1
      else e = 2
    } else if (nbsp) e = 0
    else if (script === 'mark') e = 1
    else if (primary && SCRIPT_LEADS.has(lead))
      e =
        symbolCont && !WORD_END_PUNCT.has(contChar) && (letterAfter || isAsciiLetter(prev)) ? 2 : 1
    else {
      e = 1
      const endPunct = !letterAfter && WORD_END_PUNCT.has(last)
      if (!endPunct && script === 'latin' && (adjacentAscii || letterAfter)) e = 2
      else if (primary && letterAfter) e = 2
    }
    if (c1) e = Math.max(e, 2)
    evidence += e
    if (script !== 'ascii' && script !== 'symbol' && script !== 'latin') {
      const blk = blockOf(s.cp)
      blocks.set(blk, (blocks.get(blk) ?? 0) + 1)
    }
  }
  for (const count of blocks.values()) if (count >= 2) evidence += count - 1
  return evidence - d.undecodedHigh
}

const ARABIC_ALLOWED = (c: number) =>
  (c >= 0x621 && c <= 0x652) ||
  c === 0x60c ||
  c === 0x61b ||
  c === 0x61f ||
  (c >= 0x660 && c <= 0x669) ||
  c === 0x67e ||
  c === 0x686 ||
  c === 0x698 ||
  c === 0x6a9 ||
  c === 0x6af ||
  c === 0x6cc

type ArabicCharset = 'windows-1256' | 'iso-8859-6'

/** Arabic written in Windows-1256 / ISO-8859-6 and read as Windows-1252 / Latin-1 (`ÇáÚÑÈíÉ`). */
function arabicLegacyCandidate(word: string, charset: ArabicCharset): Candidate | undefined {
  const enc = encoder('windows-1252')
  let high = 0
  let upper = false
  let lower = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isAsciiLetter(c)) return undefined
    if (c >= 0x80) high++
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) upper = true
    if (c >= 0xdf && c <= 0xff && c !== 0xf7) lower = true
  }
  if (high < 1) return undefined
  const table = decodeTable(charset)
  let out = ''
  let letters = 0
  for (let i = 0; i < word.length; i++) {
    const b = enc[word.charCodeAt(i)] as number
    if (b < 0) return undefined
    const c = table[b] as number
    if (b >= 0x80 && !ARABIC_ALLOWED(c) && c !== 0xab && c !== 0xbb) return undefined
    if (c >= 0x621 && c <= 0x64a && c !== 0x640) letters++
    out += String.fromCharCode(c)
  }
  // a tatweel stretches a letter: at the edge of a word it only stands alone (as a dash)
  const bare = out.replace(TATWEEL_RUN, '')
  if (bare !== '' && (out.startsWith('\u0640') || out.endsWith('\u0640'))) return undefined
  const label = charset === 'windows-1256' ? 'Windows-1256' : 'ISO-8859-6'
  return {
    after: out,
    evidence: letters >= 3 && upper && lower ? 2 : letters >= 2 ? 1 : 0,
    source: `${label} read as Windows-1252`,
    ruleId: `corpus/mojibake-${charset}-as-windows-1252`,
    lossy: false,
    depth: 1,
  }
}

/** The Arabic legacy reading of a unit joined across spaces: every word must read as Arabic. */
function arabicLegacyJoined(unitText: string, charset: ArabicCharset): Candidate | undefined {
  const parts = unitText.split(' ')
  let first: Candidate | undefined
  const out: string[] = []
  let evidence = 0
  for (const part of parts) {
    const c = arabicLegacyCandidate(part, charset)
    if (!c) return undefined
    first ??= c
    out.push(c.after)
    evidence += c.evidence
  }
  return first && { ...first, after: out.join(' '), evidence }
}

interface Unit {
  start: number
  end: number
  /** Positions (in the text) of spaces inside the unit that stand for a lost 0xA0 byte. */
  joints: number[]
  /** A virtual 0xA0 byte after the unit (a space that is kept). */
  virtualA0: boolean
}

let sharedBytes = new Int16Array(256)

function bytesOf(word: string, source: Source, unitStart: number, unit: Unit | undefined) {
  const enc = encoder(source)
  const extra = unit?.virtualA0 ? 1 : 0
  if (sharedBytes.length < word.length + extra)
    sharedBytes = new Int16Array((word.length + extra) * 2)
  const bytes = sharedBytes.subarray(0, word.length + extra)
  const joints = unit?.joints.length ? new Set(unit.joints) : undefined
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (joints && c === 0x20 && joints.has(unitStart + i)) bytes[i] = 0xa0
    else if (c === 0x3f || c === 0xfffd) bytes[i] = c === 0x3f ? WILDCARD : WILDCARD
    else bytes[i] = enc[c] as number
  }
  // '?' is a wildcard only where it can stand for a lost byte; elsewhere it is itself
  for (let i = 0; i < word.length; i++) {
    if (bytes[i] !== WILDCARD) continue
    const prev = i > 0 ? (bytes[i - 1] as number) : -1
    if (prev < 0x80 && prev !== WILDCARD) bytes[i] = word.charCodeAt(i) === 0x3f ? 0x3f : -1
  }
  if (extra) bytes[word.length] = 0xa0
  return bytes
}

function candidates(
  word: string,
  unitStart: number,
  unit: Unit | undefined,
  depth: number,
): Candidate[] {
  const all: Candidate[] = []
  for (const source of SOURCES) {
    const enc = encoder(source)
    let hasLead = false
    for (let i = 0; i < word.length; i++) {
      const b = enc[word.charCodeAt(i)] as number
      if (b >= 0xc2 && b <= 0xf4) {
        hasLead = true
        break
      }
    }
    if (!hasLead) continue
    const bytes = bytesOf(word, source, unitStart, unit)
    const strongWild = source === 'windows-1252'
    const padded = unit?.virtualA0 ? `${word}\u00a0` : word
    const d = decodeWord(padded, bytes, strongWild)
    let evidence = scoreUtf8(padded, source, d)
    if (evidence === undefined) continue
    if (unit?.virtualA0) {
      const before = word.length >= 2 ? word.charCodeAt(word.length - 2) : 0x20
      const inWord = before === 0x27 || (before >= 0x61 && before <= 0x7a)
      evidence = inWord ? Math.max(evidence, 2) : Math.min(evidence, 1)
    }
    {
      const fromArabic = source === 'windows-1256'
      const lossy = d.seqs.some((s) => s.lossy)
      // fast exit: a Windows-1252 reading that decodes every high character with strong evidence
      if (
        source === 'windows-1252' &&
        !lossy &&
        d.undecodedHigh === 0 &&
        evidence >= 3 &&
        evidence >= d.seqs.length * 2
      )
        return [
          {
            after: d.out,
            evidence,
            source: `UTF-8 read as ${SOURCE_LABEL[source]}`,
            ruleId: `corpus/mojibake-utf8-as-${source}`,
            lossy,
            depth,
          },
        ]
      all.push({
        after: d.out,
        evidence,
        source: `UTF-8 read as ${SOURCE_LABEL[source]}`,
        ruleId: fromArabic
          ? 'corpus/mojibake-utf8-as-windows-1256'
          : `corpus/mojibake-utf8-as-${source}`,
        lossy: d.seqs.some((s) => s.lossy),
        depth,
      })
    }
  }
  if (depth === 1 && !unit?.virtualA0) {
    for (const charset of ['windows-1256', 'iso-8859-6'] as const) {
      const arabic = unit?.joints.length
        ? arabicLegacyJoined(word, charset)
        : arabicLegacyCandidate(word, charset)
      if (arabic) all.push(arabic)
    }
  }
  return all
}

/** The candidate with the most evidence; `preferred` (the text's majority reading) wins ties and gets a bonus. */
function pick(all: Candidate[], preferred?: string): Candidate | undefined {
  let best: Candidate | undefined
  let bestScore = -1
  for (const c of all) {
    const score = c.evidence + (preferred !== undefined && c.source === preferred ? 1.5 : 0)
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  }
  return best
}

function bestCandidate(word: string, unitStart: number, unit: Unit | undefined, depth: number) {
  return pick(candidates(word, unitStart, unit, depth))
}

const THRESHOLD = 2

/** Whether a decoded string still holds characters that can be a layer of mojibake (Arabic, CJK… cannot). */
function mayHoldMore(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 0x80 && c < 0x600) || (c >= 0x2000 && c < 0x2600)) return true
  }
  return false
}

/** Repeat on the result to undo double (and triple) encoding. */
function deepen(c: Candidate): Candidate {
  let current = c
  for (let depth = 2; depth <= 3; depth++) {
    if (!mayHoldMore(current.after)) break
    const next = bestCandidate(current.after, 0, undefined, depth)
    if (!next || next.evidence < 1 || next.after === current.after) break
    current = {
      after: next.after,
      evidence: current.evidence + next.evidence,
      source: `${current.source}, then again`,
      ruleId: current.ruleId.startsWith('corpus/mojibake-double-')
        ? current.ruleId
        : `corpus/mojibake-double-${current.ruleId.slice('corpus/mojibake-'.length)}`,
      lossy: current.lossy || next.lossy,
      depth,
    }
  }
  return current
}

/** Whether `after` holds a lower-case non-ASCII letter that `before` did not. */
function newLowercase(before: string, after: string): boolean {
  for (const ch of after) {
    if (ch.charCodeAt(0) >= 0x80 && LOWER_LETTER.test(ch) && !before.includes(ch)) return true
  }
  return false
}

const hasC1 = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80 && c < 0xa0) return true
  }
  return false
}

function confidenceOf(c: Candidate, supported: boolean): number {
  let conf = c.evidence >= 4 ? 0.99 : c.evidence >= 3 ? 0.95 : c.evidence >= 2 ? 0.9 : 0.75
  if (!supported && c.evidence < THRESHOLD) conf = 0.6
  if (c.lossy) conf = Math.min(conf, 0.6)
  return conf
}

interface Edit {
  start: number
  end: number
  after: string
  ruleId: string
  reason: string
  confidence: number
  lossy: boolean
}

/** Shrink an edit to the part that changes (common prefix and suffix left out). */
function trimEdit(text: string, e: Edit): Edit {
  const before = text.slice(e.start, e.end)
  let p = 0
  const max = Math.min(before.length, e.after.length)
  while (p < max && before.charCodeAt(p) === e.after.charCodeAt(p)) p++
  let s = 0
  while (
    s < max - p &&
    before.charCodeAt(before.length - 1 - s) === e.after.charCodeAt(e.after.length - 1 - s)
  )
    s++
  // never split a surrogate pair
  if (p > 0 && (e.after.charCodeAt(p - 1) & 0xfc00) === 0xd800) p--
  if (s > 0 && (e.after.charCodeAt(e.after.length - s) & 0xfc00) === 0xdc00) s--
  return {
    ...e,
    start: e.start + p,
    end: e.end - s,
    after: e.after.slice(p, e.after.length - s),
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Lines that re-encode through Windows-1252 into valid UTF-8 with at least three multi-byte
 * sequences, whose decoded text holds no Latin-1/Latin-extended letter, C1 control or dagger (so no
 * clean accented Latin text can qualify, and no second layer of Windows-1252/1251 mojibake is left).
 */
function fastLines(text: string, edits: Edit[]): void {
  const enc = encoder('windows-1252')
  let pos = 0
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos)
    if (nl < 0) nl = text.length
    const start = pos
    pos = nl + 1
    if (nl - start < 8) continue
    let leads = 0
    let high = false
    let ok = true
    const bytes = new Uint8Array(nl - start)
    for (let i = start; i < nl; i++) {
      const b = enc[text.charCodeAt(i)] as number
      if (b < 0) {
        ok = false
        break
      }
      if (b >= 0x80) high = true
      if (b >= 0xc2 && b <= 0xf4) leads++
      bytes[i - start] = b
    }
    if (!ok || !high || leads < 3) continue
    let decoded: string
    try {
      decoded = strictUtf8.decode(bytes)
    } catch {
      continue
    }
    let plausible = true
    for (let i = 0; i < decoded.length; i++) {
      const c = decoded.charCodeAt(i)
      if (
        (c >= 0x80 && c < 0x250) ||
        (c >= 0x400 && c < 0x460) ||
        c === 0x2020 ||
        c === 0x2021 ||
        (c >= 0xe000 && c < 0xf900)
      ) {
        plausible = false
        break
      }
    }
    if (!plausible) continue
    // a CJK/Hangul/Indic… character glued to a Latin letter is a clean Latin line that happened to
    // be valid UTF-8 ("Brontë…”" → "Bront뒔"), not mojibake
    for (let i = 0; i < decoded.length && plausible; i++) {
      const c = decoded.charCodeAt(i)
      if (c < 0x800 || (c >= 0x2000 && c < 0x2c00) || (c >= 0x3000 && c < 0x3040) || c >= 0xfe30)
        continue
      if (isAsciiLetter(decoded.charCodeAt(i - 1)) || isAsciiLetter(decoded.charCodeAt(i + 1)))
        plausible = false
    }
    if (!plausible) continue
    edits.push(
      trimEdit(text, {
        start,
        end: nl,
        after: decoded,
        ruleId: 'corpus/mojibake-utf8-as-windows-1252',
        reason: `UTF-8 read as ${SOURCE_LABEL['windows-1252']}`,
        confidence: 0.99,
        lossy: false,
      }),
    )
  }
}

/** Merge word repairs of one rule that are separated only by a short stretch of the same line. */
function mergeAdjacent(text: string, edits: Edit[]): void {
  edits.sort((a, b) => a.start - b.start)
  let w = 0
  let parts: string[] | undefined
  const flush = () => {
    if (parts && w > 0) (edits[w - 1] as Edit).after = parts.join('')
    parts = undefined
  }
  for (let r = 0; r < edits.length; r++) {
    const e = edits[r] as Edit
    const prev = w > 0 ? (edits[w - 1] as Edit) : undefined
    if (
      prev &&
      prev.ruleId === e.ruleId &&
      prev.ruleId !== 'corpus/mojibake-lossy-spaced-run' &&
      e.start >= prev.end &&
      e.start - prev.end <= 8
    ) {
      const gap = text.slice(prev.end, e.start)
      if (!gap.includes('\n')) {
        parts ??= [prev.after]
        parts.push(gap, e.after)
        prev.end = e.end
        if (e.confidence < prev.confidence) prev.confidence = e.confidence
        prev.lossy ||= e.lossy
        continue
      }
    }
    flush()
    edits[w++] = e
  }
  flush()
  edits.length = w
}

/** Whether a word's last characters, as Windows-1252 or Windows-1251 bytes, end inside an unfinished UTF-8 sequence. */
function endsIncomplete(tail: string): boolean {
  for (const source of ['windows-1252', 'windows-1251'] as const) {
    const enc = encoder(source)
    for (let k = tail.length - 1, conts = 0; k >= 0; k--) {
      const b = enc[tail.charCodeAt(k)] as number
      if (b >= 0x80 && b <= 0xbf) {
        conts++
        continue
      }
      const need =
        b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
      if (need > conts) return true
      break
    }
  }
  return false
}

function isHighInSources(c: number): boolean {
  return c >= 0x80 && c !== 0xa0 && c !== 0xfffd
}

/** Cut the text into units: words, joined across a space that stands for a lost 0xA0 byte. */
function units(text: string, skip: (start: number, end: number) => boolean): Unit[] {
  const out: Unit[] = []
  let current: Unit | undefined
  for (const m of text.matchAll(NON_SPACE_RUN)) {
    const start = m.index
    const end = start + m[0].length
    if (skip(start, end)) {
      current = undefined
      continue
    }
    if (current && current.end + 1 === start && text[current.end] === ' ') {
      const last = text.charCodeAt(current.end - 1)
      const first = text.charCodeAt(start)
      const word = m[0]
      // "Ð ÑƒÑ" (a lost A0 inside a mojibake run), "Ã s" / "Ã quele" (Portuguese às, àquele)
      const joinHigh =
        endsIncomplete(text.slice(Math.max(current.start, current.end - 3), current.end)) &&
        (isHighInSources(first) || last === 0xc2)
      const joinA =
        (last === 0xc3 && (word === 's' || word.startsWith('quel') || word.startsWith('quil'))) ||
        (current.end - current.start === 1 &&
          first >= 0x61 &&
          first <= 0x7a &&
          last !== 0xc3 &&
          encoder('windows-1251')[last] !== 0xc3)
      if (joinHigh || joinA) {
        current.joints.push(current.end)
        current.end = end
        continue
      }
    }
    // a word of ASCII only can hold no mojibake and starts no join: no unit for it
    let ascii = true
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) >= 0x80) {
        ascii = false
        break
      }
    }
    if (ascii) {
      current = undefined
      continue
    }
    current = { start, end, joints: [], virtualA0: false }
    out.push(current)
    // "voilÃ  le": the first of two spaces after a lead stood for its lost 0xA0 byte
    if (text[end] === ' ' && text[end + 1] === ' ' && endsIncomplete(m[0].slice(-3))) {
      current.joints.push(end)
      current.end = end + 1
      current = undefined
    }
  }
  // "voilÃ le" / "Ã perturber": Ã before a space and a lower-case word stands for "à"
  for (const u of out) {
    const lastChar = text.charCodeAt(u.end - 1)
    const isA = lastChar === 0xc3 || encoder('windows-1251')[lastChar] === 0xc3
    if (!isA || text[u.end] !== ' ') continue
    const c = text.charCodeAt(u.end + 1)
    if (!(c >= 0x61 && c <= 0x7a)) continue
    const before = u.end - 2 >= u.start ? text.charCodeAt(u.end - 2) : 0x20
    if (before === 0x20 || before === 0x27 || (before >= 0x61 && before <= 0x7a)) u.virtualA0 = true
  }
  return out
}

/**
 * Undo mojibake: text that was encoded in one charset and decoded in another. Handles UTF-8 read as
 * Windows-1252 / Latin-1 (`Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©`), as Windows-1256 (`ط§ظ„ط¹ط±ط¨ظٹط©`), as MacRoman,
 * Windows-1251/1250, ISO-8859-2 and CP437; Windows-1256 or ISO-8859-6 Arabic read as Latin-1
 * (`ÇáÚÑÈíÉ`); double encoding; mojibake inside otherwise clean text; spaces that stand for a lost
 * 0xA0 byte; and spaced, lossy runs such as `â € Â Â` (replaced by the most likely character, or
 * by U+FFFD when nothing can be known). Clean text (curly quotes, accented names, Arabic, emoji, `€`
 * in a price) is returned unchanged. Never throws.
 * @param text - The text to repair.
 * @param options - See {@link RepairMojibakeOptions}.
 * @returns The repaired text, one `TextChange` per changed span, and warnings for uncertain repairs.
 * @example
 * ```ts
 * import { repairMojibake } from '@nuqta/corpus'
 *
 * const { text, changes } = repairMojibake('Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© and cafÃ©')
 * console.log(text) // 'العربية and café'
 * console.log(changes[0]?.ruleId) // 'corpus/mojibake-utf8-as-windows-1252'
 * ```
 */
export function repairMojibake(
  text: string,
  options: RepairMojibakeOptions = {},
): RepairMojibakeResult {
  if (!options.uncurlQuotes && !MOJIBAKE_HINT.test(text)) return { text, changes: [], warnings: [] }
  const minConfidence = options.minConfidence ?? 0
  const fixC1 = options.fixC1Controls ?? true
  const edits: Edit[] = []

  // 1. Spaced, lossy runs ("â € Â Â").
  for (const m of text.matchAll(SPACED_LOSSY_RUN)) {
    const start = m.index
    const end = start + m[0].length
    let p = start - 1
    while (p >= 0 && isSpace(text.charCodeAt(p))) p--
    let q = end
    while (q < text.length && isSpace(text.charCodeAt(q))) q++
    const between = p >= 0 && LETTER.test(text.charAt(p)) && LETTER.test(text.charAt(q))
    const hasNbsp = (m[1] ?? '').length > 0
    const tight = !m[0].startsWith('\u00e2 ')
    if (between) {
      edits.push({
        start,
        end,
        after: '\u2014',
        ruleId: 'corpus/mojibake-lossy-spaced-run',
        reason:
          'Spaced, lossy UTF-8 read as Windows-1252: the lead bytes of a general-punctuation character (E2 80 ?) between two words, most likely a dash, and the lead bytes of no-break spaces (C2) whose second byte became a space',
        confidence: 0.6,
        lossy: true,
      })
    } else if (!tight && !hasNbsp) {
      // "â €" alone: E2 A0 80, a braille blank whose A0 byte became a space (a spacer used on social media)
      edits.push({
        start,
        end,
        after: '\u2800',
        ruleId: 'corpus/mojibake-utf8-as-windows-1252',
        reason: 'UTF-8 read as Windows-1252, with its 0xA0 byte turned into a space',
        confidence: 0.75,
        lossy: false,
      })
    } else {
      edits.push({
        start,
        end,
        after: '',
        ruleId: 'corpus/mojibake-unrecoverable',
        reason:
          'Spaced, lossy UTF-8 read as Windows-1252 whose character cannot be recovered; removed',
        confidence: 0.6,
        lossy: true,
      })
    }
  }
  // spaced runs are found in text order and words are visited in text order: one moving pointer
  // 0. Whole lines of UTF-8 in a non-Latin script read as Windows-1252 (the common case of a fully
  // broken Arabic text): one native strict UTF-8 decode per line instead of word-by-word work.
  fastLines(text, edits)
  edits.sort((a, b) => a.start - b.start)
  const taken = edits.map((e) => [e.start, e.end] as const)
  let t = 0
  const skip = (start: number, end: number) => {
    while (t < taken.length && (taken[t] as readonly [number, number])[1] <= start) t++
    const next = taken[t]
    return next !== undefined && start < next[1] && end > next[0]
  }

  // 2. Words.
  interface Pending {
    unit: Unit
    cand: Candidate
  }
  const pending: Pending[] = []
  let support = 0
  const legacySupport = new Map<string, number>()
  const found: { unit: Unit; all: Candidate[] }[] = []
  const votes = new Map<string, number>()
  for (const u of units(text, skip)) {
    const word = text.slice(u.start, u.end)
    let nonAscii = false
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) >= 0x80) {
        nonAscii = true
        break
      }
    }
    if (!nonAscii) continue
    const all = candidates(word, u.start, u, 1)
    if (all.length === 0) continue
    found.push({ unit: u, all })
    for (const c of all)
      if (c.evidence >= THRESHOLD) votes.set(c.source, (votes.get(c.source) ?? 0) + c.evidence)
  }
  let preferred: string | undefined
  let most = 0
  for (const [source, v] of votes) {
    if (v > most) {
      most = v
      preferred = source
    }
  }
  for (const { unit: u, all } of found) {
    const word = text.slice(u.start, u.end)
    const cand = pick(all, preferred)
    if (!cand) continue
    const deep = deepen(cand)
    if (deep.after === word || (u.virtualA0 && deep.after === `${word}\u00a0`)) continue
    if (hasC1(deep.after) && !hasC1(word)) continue
    if (uppercaseWord(word) && newLowercase(word, deep.after)) continue
    // a dagger from "â€" + no-break space is as likely a lost byte as a real dagger: never guess it
    if (
      (deep.after.includes('\u2020') && !word.includes('\u2020')) ||
      (deep.after.includes('\u2021') && !word.includes('\u2021'))
    )
      continue
    pending.push({ unit: u, cand: deep })
    if (deep.evidence >= THRESHOLD) {
      support += deep.evidence
      legacySupport.set(deep.ruleId, (legacySupport.get(deep.ruleId) ?? 0) + deep.evidence)
    }
  }
  for (const { unit, cand } of pending) {
    // a weak Arabic legacy reading needs a strong one of its own kind in the text
    const legacy = cand.ruleId.endsWith('-as-windows-1252') && !cand.ruleId.includes('utf8')
    const supported = legacy
      ? (legacySupport.get(cand.ruleId) ?? 0) >= THRESHOLD
      : support >= THRESHOLD
    if (cand.evidence < THRESHOLD && !(supported && cand.evidence >= 0)) continue
    let after = cand.after
    if (unit.virtualA0) after = after.endsWith('\u00a0') ? after.slice(0, -1) : after
    if (fixC1) after = replaceC1(after)
    const double = cand.depth > 1
    edits.push(
      trimEdit(text, {
        start: unit.start,
        end: unit.end,
        after,
        ruleId: cand.ruleId,
        reason: double ? `${cand.source} (double encoding)` : cand.source,
        confidence: confidenceOf(cand, supported),
        lossy: cand.lossy,
      }),
    )
  }

  mergeAdjacent(text, edits)

  // 3. Lone C1 controls.
  if (fixC1) {
    const cp1252 = decodeTable('windows-1252')
    const covered = [...edits].sort((a, b) => a.start - b.start)
    let k = 0
    let coveredTo = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c < 0x80 || c >= 0xa0) continue
      const mapped = cp1252[c] as number
      if (mapped === c) continue
      while (k < covered.length && (covered[k] as Edit).start <= i) {
        coveredTo = Math.max(coveredTo, (covered[k] as Edit).end)
        k++
      }
      if (i < coveredTo) continue
      // between two letters only an apostrophe or a letter is plausible ("don\u0092t"); a dagger
      // or a quote there means another code page ("Coatl\u0087n" is MacRoman "Coatlán"): leave it
      if (
        isLetterCode(text.charCodeAt(i - 1)) &&
        isLetterCode(text.charCodeAt(i + 1)) &&
        mapped !== 0x2019 &&
        !isLetterCode(mapped)
      )
        continue
      edits.push({
        start: i,
        end: i + 1,
        after: String.fromCharCode(mapped),
        ruleId: 'corpus/mojibake-c1-control',
        reason: 'C1 control character read as the Windows-1252 character it encodes',
        confidence: 0.9,
        lossy: false,
      })
    }
  }

  if (options.uncurlQuotes) uncurl(text, edits)

  const kept = edits
    .filter((e) => e.confidence >= minConfidence && (e.start !== e.end || e.after !== ''))
    .sort((a, b) => a.start - b.start)
  const b = new ChangeBuilder(text)
  const warnings: Message[] = []
  let out = ''
  let pos = 0
  for (const e of kept) {
    if (e.start < pos) continue
    out += text.slice(pos, e.start) + e.after
    pos = e.end
    b.push(e.start, e.end, e.after, {
      ruleId: e.ruleId,
      reason: e.reason,
      kind: 'repair',
      confidence: e.confidence,
    })
    if (e.lossy || e.confidence < UNCERTAIN) {
      warnings.push(
        createMessage({
          ruleId: 'corpus/clean-uncertain-repair',
          reason: `Uncertain repair (${e.ruleId}, confidence ${e.confidence}): "${text.slice(e.start, e.end)}" → "${e.after}"`,
          source: SOURCE,
          severity: e.lossy ? 'error' : 'warning',
          start: out.length - e.after.length,
          end: out.length,
        }),
      )
    }
  }
  out += text.slice(pos)
  return { text: out, changes: b.changes, warnings }
}

const STRAIGHT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
}

/** Cosmetic: straight quotes for curly ones, outside every repaired span (applied after repairs). */
function uncurl(text: string, edits: Edit[]): void {
  const covered = [...edits].sort((a, b) => a.start - b.start)
  let k = 0
  let coveredTo = 0
  for (let i = 0; i < text.length; i++) {
    const straight = STRAIGHT[text.charAt(i)]
    if (straight === undefined) continue
    while (k < covered.length && (covered[k] as Edit).start <= i) {
      coveredTo = Math.max(coveredTo, (covered[k] as Edit).end)
      k++
    }
    if (i < coveredTo) continue
    edits.push({
      start: i,
      end: i + 1,
      after: straight,
      ruleId: 'corpus/cosmetic-uncurl-quotes',
      reason: 'Curly quote replaced by a straight one (cosmetic, on request)',
      confidence: 1,
      lossy: false,
    })
  }
}

function replaceC1(s: string): string {
  if (!hasC1(s)) return s
  const cp1252 = decodeTable('windows-1252')
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out += c >= 0x80 && c < 0xa0 ? String.fromCharCode(cp1252[c] as number) : s[i]
  }
  return out
}
