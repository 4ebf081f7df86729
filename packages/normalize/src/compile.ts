/**
 * Option compilation: a resolved set of options becomes typed-array tables (one entry per UTF-16
 * code unit), so the run loop ({@link Run}) is one table look-up per ordinary character.
 * @module
 */
import type { ResolvedOptions } from './profiles'
import { R } from './rules'
import {
  ALEF_SETS,
  CLOSING_BRACKETS,
  CONTROLS,
  DAGGER_ALEF,
  FARSI_YEH,
  HARAKAT,
  INVISIBLE,
  inRanges,
  isArabicLetter,
  isArabicMark,
  isDigit,
  isNewline,
  NFKC_FIXES,
  OPENING_BRACKETS,
  PERSIAN,
  PRESENTATION_FORMS,
  PUNCT_ARABIC_TO_ASCII,
  QURANIC,
  type Ranges,
  SHADDA,
  SPACES,
  SPACING_PUNCT,
  SUKUN,
  TANWEEN,
  ZWJ,
} from './tables'
import type { Lexicon } from './types'

// kinds
export const K_EMIT = 0
export const K_DELETE = 1
export const K_SPECIAL = 2
export const K_SPACE = 3
// special types
export const SP_PLAIN = 1
export const SP_SPACE = 2
export const SP_PUNCT = 3
export const SP_TATWEEL = 4
export const SP_PYEH = 5
export const SP_ZWJ = 6
export const SP_FATHATAN = 7
export const SP_COMPOSE = 8
export const SP_PRES = 9
// look-ahead classes
export const C_SKIP = 1
export const C_MARK = 2
export const C_LETTER = 4
export const C_TATWEEL = 8
export const C_DIGIT = 16
export const C_SPACE = 32
export const C_NL = 64

export const TATWEEL = 0x0640
export const SPACE = 0x20
export const ALEF = 0x0627
export const FATHATAN = 0x064b
export const YEH = 0x064a
export const ALEF_MAKSURA = 0x0649
/** Longer letter runs are not offered to the lexicon (keeps adversarial input linear). */
export const MAX_WORD = 64
/** Words shorter than this are not offered to `splitRunOn`. */
export const RUN_ON_MIN = 6

let LETTERS: Uint8Array | undefined
/** 1 for every Arabic letter (computed once). */
function letterTable(): Uint8Array {
  if (LETTERS === undefined) {
    LETTERS = new Uint8Array(65536)
    for (let c = 0x0600; c < 0x0700; c++) if (isArabicLetter(c)) LETTERS[c] = 1
  }
  return LETTERS
}

let EXPANSIONS: Map<number, string> | undefined
/** NFKC of every presentation form that changes (with the ﷼ fix), computed once. */
function presentationExpansions(): Map<number, string> {
  if (EXPANSIONS === undefined) {
    EXPANSIONS = new Map()
    for (const [a, b] of PRESENTATION_FORMS) {
      for (let c = a; c <= b; c++) {
        const ch = String.fromCharCode(c)
        const e = NFKC_FIXES.get(c) ?? ch.normalize('NFKC')
        if (e !== ch) EXPANSIONS.set(c, e)
      }
    }
  }
  return EXPANSIONS
}

function setRanges(arr: Uint8Array, ranges: Ranges, v: number): void {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) arr[c] = v
}

/** Options compiled into tables. */
export class Engine {
  readonly opts: ResolvedOptions
  readonly map = new Uint16Array(65536)
  readonly kind = new Uint8Array(65536)
  readonly spec = new Uint8Array(65536)
  readonly rule = new Uint8Array(65536)
  readonly cls = new Uint8Array(65536)
  readonly letter = new Uint8Array(65536)
  readonly punctTarget = new Uint16Array(65536)
  readonly spaceAfter = new Uint8Array(65536)
  readonly openBracket = new Uint8Array(65536)
  readonly exp = new Map<number, string>()
  readonly maxRepeat: number
  readonly collapse: boolean
  readonly lexMode: boolean
  readonly lexicon: Lexicon | undefined
  readonly nfkc: boolean

  constructor(o: ResolvedOptions) {
    this.opts = o
    this.maxRepeat = o.maxRepeat
    this.collapse = o.collapseSpaces
    this.lexicon = o.lexicon
    this.lexMode = o.lexicon !== undefined && (o.finalYa || o.runOn)
    this.nfkc = o.unicode === 'nfkc'
    const { map, kind, spec, rule, cls, letter } = this
    for (let c = 0; c < 65536; c++) map[c] = c
    letter.set(letterTable())
    const del = (c: number, r: number) => {
      kind[c] = K_DELETE
      rule[c] = r
    }
    const delRanges = (ranges: Ranges, r: number) => {
      for (const [a, b] of ranges) for (let c = a; c <= b; c++) del(c, r)
    }
    // simple folds, in order; the first rule that changes a character names the edit
    const fold = new Map<number, [number, number]>()
    const addFold = (from: number, to: number, r: number) => {
      // compose with earlier folds: anything that mapped to `from` now maps to `to`
      for (const [k, [v, rr]] of fold) if (v === from) fold.set(k, [to, rr])
      if (!fold.has(from)) fold.set(from, [to, r])
    }
    if (o.persian) for (const [a, b] of PERSIAN) addFold(a, b, R.persian)
    if (o.hamzaSeats) {
      addFold(0x0624, 0x0648, R['hamza-seats'])
      addFold(0x0626, YEH, R['hamza-seats'])
    }
    for (const a of ALEF_SETS[o.alef]) addFold(a, ALEF, R.alef)
    if (o.diacritics.daggerAlef === 'alef') addFold(DAGGER_ALEF, ALEF, R['dagger-alef'])
    if (o.alefMaksura) addFold(ALEF_MAKSURA, YEH, R['alef-maksura'])
    if (o.tehMarbuta) addFold(0x0629, 0x0647, R['teh-marbuta'])
    if (o.digits === 'ascii') {
      for (let d = 0; d < 10; d++) {
        addFold(0x0660 + d, 0x30 + d, R.digits)
        addFold(0x06f0 + d, 0x30 + d, R.digits)
      }
    } else if (o.digits === 'arabic') {
      for (let d = 0; d < 10; d++) {
        addFold(0x30 + d, 0x0660 + d, R.digits)
        addFold(0x06f0 + d, 0x0660 + d, R.digits)
      }
    }
    for (const [k, [v, r]] of fold) {
      if (v !== k) {
        map[k] = v
        rule[k] = r
      }
    }
    // deletions
    const d = o.diacritics
    if (d.harakat) delRanges(HARAKAT, R.diacritics)
    if (d.tanween) delRanges(TANWEEN, R.diacritics)
    if (d.shadda) del(SHADDA, R.diacritics)
    if (d.sukun) del(SUKUN, R.diacritics)
    if (d.daggerAlef === true) del(DAGGER_ALEF, R.diacritics)
    if (d.quranic) delRanges(QURANIC, R.diacritics)
    if (o.invisible) delRanges(INVISIBLE, R.invisible)
    if (o.controls) delRanges(CONTROLS, R.controls)
    if (o.tatweel === 'remove-all') del(TATWEEL, R.tatweel)
    if (o.spaces) {
      for (const [a, b] of SPACES) {
        for (let c = a; c <= b; c++) {
          map[c] = SPACE
          rule[c] = R.spaces
        }
      }
    }
    // context rules
    const special = (c: number, t: number) => {
      kind[c] = K_SPECIAL
      spec[c] = t
    }
    if (o.collapseSpaces || o.punctuationSpacing) {
      kind[SPACE] = K_SPACE
      if (o.spaces) setRanges(kind, SPACES, K_SPACE)
    }
    if (o.punctuationSpacing) {
      for (const c of OPENING_BRACKETS) this.openBracket[c] = 1
      for (const c of CLOSING_BRACKETS) special(c, SP_PUNCT)
    }
    if (o.punctuation !== 'keep' || o.punctuationSpacing) {
      if (o.punctuation === 'ascii')
        for (const [a, b] of PUNCT_ARABIC_TO_ASCII) this.punctTarget[a] = b
      if (o.punctuation === 'arabic')
        for (const [a, b] of PUNCT_ARABIC_TO_ASCII) this.punctTarget[b] = a
      const set = new Set<number>(o.punctuationSpacing ? SPACING_PUNCT : [])
      for (const [a, b] of PUNCT_ARABIC_TO_ASCII) {
        if (this.punctTarget[a] !== 0) set.add(a)
        if (this.punctTarget[b] !== 0) set.add(b)
      }
      for (const c of set) special(c, SP_PUNCT)
      if (o.punctuationSpacing) for (const c of SPACING_PUNCT) this.spaceAfter[c] = 1
    }
    if (o.tatweel === 'dash' || o.tatweel === 'remove') special(TATWEEL, SP_TATWEEL)
    if (o.persian) special(FARSI_YEH, SP_PYEH)
    if (o.invisible) special(ZWJ, SP_ZWJ)
    if (o.tanweenOrder !== 'keep' && !d.tanween) special(FATHATAN, SP_FATHATAN)
    if (o.compose) for (const c of [0x0653, 0x0654, 0x0655]) special(c, SP_COMPOSE)
    if (o.presentationForms) {
      for (const [a, b] of PRESENTATION_FORMS) {
        for (let c = a; c <= b; c++) {
          let e = presentationExpansions().get(c)
          if (e === undefined) continue
          if (o.persian && e.includes('\u06cc')) {
            // the positional form tells whether ی is final (ى) or not (ي)
            const finalForm = c === 0xfbfc || c === 0xfbfd
            const positional = c >= 0xfbfc && c <= 0xfbff
            let r = ''
            for (let q = 0; q < e.length; q++) {
              const x = e.charCodeAt(q)
              if (x !== FARSI_YEH) r += e[q]
              else if (q < e.length - 1) r += '\u064a'
              else r += positional ? (finalForm ? '\u0649' : '\u064a') : e[q]
            }
            e = r
          }
          this.exp.set(c, e)
          special(c, SP_PRES)
          rule[c] = R['presentation-forms']
        }
      }
    }
    // in lexicon mode every non-letter goes through the slow path, which ends words
    if (this.lexMode) {
      for (let c = 0; c < 65536; c++) {
        if (kind[c] === K_EMIT && letter[map[c] as number] !== 1) special(c, SP_PLAIN)
        else if (kind[c] === K_SPACE) special(c, SP_SPACE)
      }
    }
    // look-ahead classes
    for (let c = 0; c < 65536; c++) {
      // only these code points can be anything but a plain letter or other character
      const slow = c < 0x0900 || (c >= 0x1680 && c <= 0x3000) || c >= 0xfb50 || kind[c] === K_DELETE
      if (slow) cls[c] = this.#classOf(c)
      else cls[c] = letter[map[c] as number] === 1 ? C_LETTER : 0
    }
  }

  /** Output of a derived character ignoring context, or -1 when deleted. */
  post(c: number): number {
    return this.kind[c] === K_DELETE ? -1 : (this.map[c] as number)
  }

  #classOf(c: number): number {
    const o = this.opts
    if (c === TATWEEL)
      return o.tatweel === 'remove' || o.tatweel === 'remove-all' ? C_SKIP | C_TATWEEL : C_TATWEEL
    if (c === ZWJ && o.invisible) return C_SKIP
    if (this.kind[c] === K_DELETE) return C_SKIP
    if (isNewline(c)) return C_NL
    if (c === SPACE || inRanges(c, SPACES)) return C_SPACE
    if (isDigit(c)) return C_DIGIT
    if (this.spec[c] === SP_COMPOSE) return o.diacritics.quranic ? C_SKIP | C_MARK : C_MARK
    if (isArabicMark(c)) return C_MARK
    if (c === FARSI_YEH) return C_LETTER
    const e = this.exp.get(c)
    if (e !== undefined) {
      for (let q = 0; q < e.length; q++) {
        const x = e.charCodeAt(q)
        if (x === TATWEEL && (o.tatweel === 'remove' || o.tatweel === 'remove-all')) continue
        if (this.kind[x] === K_DELETE) continue
        return this.#classOf(x)
      }
      return C_SKIP
    }
    if (this.letter[this.map[c] as number] === 1) return C_LETTER
    return 0
  }
}
