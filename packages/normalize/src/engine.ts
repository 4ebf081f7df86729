/**
 * The normalization engine: options are compiled once into typed-array tables, then each text is
 * normalized in one pass over its UTF-16 code units. Characters that need context (spaces,
 * punctuation, tatweel, ی, ZWJ, tanween order, composition, presentation forms, lexicon words) go
 * to a slower handler; everything else is one table look-up.
 */
import type { ResolvedOptions } from './profiles'
import {
  ALEF_SETS,
  CLOSING_BRACKETS,
  COMPOSITIONS,
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
import type { Lexicon, RuleId } from './types'

/** Rule ids by index (index 0 means "no rule"). */
export const RULES: readonly (RuleId | '')[] = [
  '',
  'nfkc',
  'presentation-forms',
  'compose',
  'invisible',
  'controls',
  'spaces',
  'collapse-spaces',
  'punctuation-spacing',
  'tatweel',
  'diacritics',
  'dagger-alef',
  'alef',
  'alef-maksura',
  'teh-marbuta',
  'hamza-seats',
  'persian',
  'digits',
  'punctuation',
  'tanween-order',
  'elongation',
  'final-ya',
  'run-on',
]
const R = Object.fromEntries(RULES.map((r, i) => [r, i])) as Record<RuleId, number>

// kinds
const K_EMIT = 0
const K_DELETE = 1
const K_SPECIAL = 2
const K_SPACE = 3
// special types
const SP_PLAIN = 1
const SP_SPACE = 2
const SP_PUNCT = 3
const SP_TATWEEL = 4
const SP_PYEH = 5
const SP_ZWJ = 6
const SP_FATHATAN = 7
const SP_COMPOSE = 8
const SP_PRES = 9
// look-ahead classes
const C_SKIP = 1
const C_MARK = 2
const C_LETTER = 4
const C_TATWEEL = 8
const C_DIGIT = 16
const C_SPACE = 32
const C_NL = 64

const TATWEEL = 0x0640
const SPACE = 0x20
const ALEF = 0x0627
const FATHATAN = 0x064b
const YEH = 0x064a
const ALEF_MAKSURA = 0x0649
/** Longer letter runs are not offered to the lexicon (keeps adversarial input linear). */
export const MAX_WORD = 64
/** Words shorter than this are not offered to `splitRunOn`. */
export const RUN_ON_MIN = 6

/** What one run of the engine produced. */
export interface RunOutput {
  text: string
  starts: Int32Array | null
  /** When edits were asked for: the last rule that touched each input position (0 = none). */
  ruleAt: Uint8Array | null
}

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

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
let utf16: TextDecoder | undefined

/** Whether the units hold a surrogate that is not part of a valid pair. */
function hasLoneSurrogate(out: Uint16Array, len: number): boolean {
  for (let i = 0; i < len; i++) {
    const c = out[i] as number
    if ((c & 0xf800) !== 0xd800) continue
    if (c >= 0xdc00) return true
    const d = i + 1 < len ? (out[i + 1] as number) : 0
    if (d < 0xdc00 || d > 0xdfff) return true
    i++
  }
  return false
}

/** Node's Buffer, when running in Node: its UTF-16LE decode is a plain copy that keeps lone surrogates. */
interface NodeBuffer {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(encoding: 'utf16le'): string }
}
const nodeBuffer: NodeBuffer | undefined = (() => {
  const g = globalThis as { Buffer?: unknown; process?: { versions?: { node?: unknown } } }
  return typeof g.process?.versions?.node === 'string' && typeof g.Buffer === 'function'
    ? (g.Buffer as unknown as NodeBuffer)
    : undefined
})()

/** Builds a string from code units, keeping lone surrogates as they are. */
export function unitsToString(out: Uint16Array, len: number): string {
  if (len > 512 && LITTLE_ENDIAN && nodeBuffer !== undefined) {
    return nodeBuffer.from(out.buffer, out.byteOffset, len * 2).toString('utf16le')
  }
  if (len > 512 && LITTLE_ENDIAN && !hasLoneSurrogate(out, len)) {
    // a UTF-16LE decode is several times faster than fromCharCode on long texts; it would replace
    // lone surrogates with U+FFFD, hence the check above
    utf16 ??= new TextDecoder('utf-16le')
    return utf16.decode(out.subarray(0, len))
  }
  const CH = 8192
  if (len <= CH) return String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[])
  const parts: string[] = []
  for (let a = 0; a < len; a += CH) {
    parts.push(
      String.fromCharCode.apply(
        null,
        out.subarray(a, Math.min(len, a + CH)) as unknown as number[],
      ),
    )
  }
  return parts.join('')
}

function isEmojiBefore(u: number): boolean {
  return (
    (u >= 0xdc00 && u <= 0xdfff) || u === 0xfe0f || u === 0x20e3 || (u >= 0x2300 && u <= 0x27bf)
  )
}
function isEmojiAfter(u: number): boolean {
  return (u >= 0xd83c && u <= 0xd83e) || (u >= 0x2300 && u <= 0x27bf)
}

/** One normalization of one text. */
export class Run {
  readonly e: Engine
  readonly s: string
  readonly n: number
  out: Uint16Array
  starts: Int32Array
  o = 0
  i = 0
  readonly al: boolean
  readonly ruleAt: Uint8Array | null
  quiet = false

  constructor(e: Engine, s: string, align: boolean, edits: boolean) {
    this.e = e
    this.s = s
    this.n = s.length
    this.out = new Uint16Array(s.length + 16)
    this.al = align || edits || e.lexMode
    this.starts = new Int32Array(this.al ? s.length + 16 : 0)
    this.ruleAt = edits ? new Uint8Array(s.length + 1) : null
  }

  exec(): RunOutput {
    const s = this.s
    const n = this.n
    const E = this.e
    const kind = E.kind
    const map = E.map
    const letter = E.letter
    const rule = E.rule
    const cap = E.maxRepeat
    const collapse = E.collapse
    const openB = E.openBracket
    const al = this.al
    const rec = this.ruleAt !== null
    let out = this.out
    let starts = this.starts
    let o = 0
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i)
      const k = kind[c]
      if (k === K_EMIT) {
        const m = map[c] as number
        if (
          cap !== 0 &&
          o >= cap &&
          out[o - 1] === m &&
          letter[m] === 1 &&
          this.#capped(m, o, cap)
        ) {
          if (rec) this.rec(R.elongation, i, i + 1, o, o)
          continue
        }
        out[o] = m
        if (al) starts[o] = i
        if (rec && m !== c) this.rec(rule[c] as number, i, i + 1, o, o + 1)
        o++
      } else if (k === K_SPACE) {
        if (o > 0) {
          const p = out[o - 1] as number
          if (collapse && p === SPACE) {
            if (rec) this.rec(R['collapse-spaces'], i, i + 1, o, o)
            continue
          }
          if (openB[p] === 1) {
            if (rec) this.rec(R['punctuation-spacing'], i, i + 1, o, o)
            continue
          }
        }
        out[o] = SPACE
        if (al) starts[o] = i
        if (rec && c !== SPACE) this.rec(R.spaces, i, i + 1, o, o + 1)
        o++
      } else if (k === K_DELETE) {
        if (rec) this.rec(rule[c] as number, i, i + 1, o, o)
      } else {
        this.o = o
        this.i = i
        i = this.special(c, i)
        o = this.o
        out = this.out
        starts = this.starts
      }
    }
    this.o = o
    this.i = n
    if (E.lexMode) this.endWord(-1)
    o = this.o
    let st: Int32Array | null = null
    if (al) {
      st = this.starts.subarray(0, o)
      if (o > 0) {
        const first = st[0] as number
        for (let j = 0; j < o && st[j] === first; j++) st[j] = 0
      }
    }
    return { text: unitsToString(this.out, o), starts: st, ruleAt: this.ruleAt }
  }

  #capped(m: number, o: number, cap: number): boolean {
    const out = this.out
    for (let j = 1; j <= cap; j++) if (out[o - j] !== m) return false
    return true
  }

  /** Notes which rule changed input positions [start, end) (or the insertion point `start`). */
  rec(rule: number, start: number, end: number, _outputStart: number, _outputEnd: number): void {
    const ra = this.ruleAt
    if (ra === null || this.quiet) return
    const e = Math.max(end, start + 1)
    for (let x = start; x < e; x++) ra[x] = rule
  }

  /** First output index of the group holding output unit k (needs alignment). */
  groupStartOut(k: number): number {
    if (!this.al) return k
    const st = this.starts
    const v = st[k]
    let g = k
    while (g > 0 && st[g - 1] === v) g--
    return g
  }

  #grow(extra: number): void {
    const need = this.o + extra + (this.n - this.i) + 1
    if (need <= this.out.length) return
    const size = Math.max(need, Math.floor(this.out.length * 1.5) + 16)
    const out = new Uint16Array(size)
    out.set(this.out.subarray(0, this.o))
    this.out = out
    if (this.al) {
      const st = new Int32Array(size)
      st.set(this.starts.subarray(0, this.o))
      this.starts = st
    }
  }

  /** Appends one unit from the slow path; returns false when elongation capping dropped it. */
  emit(u: number, src: number): boolean {
    const E = this.e
    const isLetter = E.letter[u] === 1
    if (E.lexMode && !isLetter && this.o > 0 && E.letter[this.out[this.o - 1] as number] === 1)
      this.endWord(u)
    const cap = E.maxRepeat
    if (cap !== 0 && isLetter && this.o >= cap && this.#capped(u, this.o, cap)) return false
    this.#grow(1)
    this.out[this.o] = u
    if (this.al) this.starts[this.o] = src
    this.o++
    return true
  }

  /** Handles a character that needs context; returns the last input index consumed. */
  special(c: number, i: number): number {
    const E = this.e
    switch (E.spec[c]) {
      case SP_PLAIN: {
        const m = E.map[c] as number
        const o0 = this.o
        if (this.emit(m, i)) {
          if (m !== c) this.rec(E.rule[c] as number, i, i + 1, o0, o0 + 1)
        } else this.rec(R.elongation, i, i + 1, this.o, this.o)
        return i
      }
      case SP_SPACE:
        this.space(c, i)
        return i
      case SP_PUNCT:
        return this.punct(c, i)
      case SP_TATWEEL:
        return this.tatweel(i)
      case SP_PYEH:
        this.persianYeh(i)
        return i
      case SP_ZWJ:
        this.zwj(i)
        return i
      case SP_FATHATAN:
        return this.fathatan(i)
      case SP_COMPOSE:
        this.composeMark(c, i)
        return i
      case SP_PRES:
        this.pres(c, i)
        return i
      default:
        this.emit(c, i)
        return i
    }
  }

  /** Class of the next input character that will not simply vanish (0 at the end). */
  nextClass(i: number, skip: number): number {
    const s = this.s
    const cls = this.e.cls
    for (let j = i + 1; j < this.n; j++) {
      const k = cls[s.charCodeAt(j)] as number
      if ((k & skip) === 0) return k
    }
    return 0
  }

  space(c: number, i: number): void {
    const E = this.e
    const o = this.o
    if (E.collapse && o > 0 && this.out[o - 1] === SPACE) {
      this.rec(R['collapse-spaces'], i, i + 1, o, o)
      return
    }
    if (o > 0 && E.openBracket[this.out[o - 1] as number] === 1) {
      this.rec(R['punctuation-spacing'], i, i + 1, o, o)
      return
    }
    const u = E.opts.spaces || c === SPACE ? SPACE : c
    this.emit(u, i)
    if (u !== c) this.rec(R.spaces, i, i + 1, o, o + 1)
  }

  punct(c: number, i: number): number {
    const E = this.e
    let t = c
    const conv = E.punctTarget[c] as number
    if (conv !== 0) {
      const between =
        this.o > 0 &&
        isDigit(this.out[this.o - 1] as number) &&
        (this.nextClass(i, C_SKIP) & C_DIGIT) !== 0
      if (!between) t = conv
    }
    if (E.opts.punctuationSpacing && !(c === 0x2e && (this.nextClass(i, C_SKIP) & C_DIGIT) !== 0)) {
      let k = this.o
      while (k > 0 && this.out[k - 1] === SPACE) k--
      if (k < this.o && k > 0 && !isNewline(this.out[k - 1] as number)) {
        const src = this.al ? (this.starts[k] as number) : 0
        this.o = k
        this.rec(R['punctuation-spacing'], src, i, k, k)
      }
    }
    const o0 = this.o
    this.emit(t, i)
    if (t !== c) this.rec(R.punctuation, i, i + 1, o0, o0 + 1)
    if (E.spaceAfter[c] === 1 && (this.nextClass(i, C_SKIP) & C_LETTER) !== 0) {
      this.emit(SPACE, i)
      this.rec(R['punctuation-spacing'], i + 1, i + 1, this.o - 1, this.o)
    }
    return i
  }

  tatweel(i: number): number {
    const s = this.s
    const cls = this.e.cls
    // the run: tatweels, possibly with characters that vanish (ZWNJ, RLM…) between them
    let j = i + 1
    for (let k = j; k < this.n; k++) {
      const c = s.charCodeAt(k)
      if (c === TATWEEL) j = k + 1
      else if (((cls[c] as number) & C_SKIP) === 0) break
    }
    const o = this.o
    const prev = o === 0 ? SPACE : (this.out[o - 1] as number)
    const prevOk = prev === SPACE || isNewline(prev)
    const next = this.nextClass(j - 1, C_SKIP)
    const nextOk = next === 0 || (next & (C_SPACE | C_NL)) !== 0
    if (prevOk && nextOk) {
      this.emit(0x2d, i)
      this.rec(R.tatweel, i, j, o, o + 1)
    } else if (this.e.opts.tatweel === 'dash') {
      for (let q = i; q < j; q++) {
        const c = s.charCodeAt(q)
        if (c === TATWEEL) this.emit(TATWEEL, q)
        else
          this.rec(c === ZWJ ? R.invisible : (this.e.rule[c] as number), q, q + 1, this.o, this.o)
      }
    } else {
      this.rec(R.tatweel, i, j, o, o)
    }
    return j - 1
  }

  persianYeh(i: number): void {
    const medial = (this.nextClass(i, C_SKIP | C_MARK) & (C_LETTER | C_TATWEEL)) !== 0
    const u = this.e.post(medial ? YEH : ALEF_MAKSURA)
    const o0 = this.o
    if (this.emit(u, i)) this.rec(R.persian, i, i + 1, o0, o0 + 1)
    else this.rec(R.elongation, i, i + 1, this.o, this.o)
  }

  zwj(i: number): void {
    const o = this.o
    const keep =
      (o > 0 && isEmojiBefore(this.out[o - 1] as number)) ||
      (i + 1 < this.n && isEmojiAfter(this.s.charCodeAt(i + 1)))
    if (keep) this.emit(ZWJ, i)
    else this.rec(R.invisible, i, i + 1, o, o)
  }

  fathatan(i: number): number {
    const E = this.e
    const o = this.o
    // only a letter (not alef) + alef + fathatan is reordered, so the result never matches again
    const out = this.out
    if (E.opts.tanweenOrder === 'fathatan-alef') {
      if (
        o > 1 &&
        out[o - 1] === ALEF &&
        out[o - 2] !== ALEF &&
        E.letter[out[o - 2] as number] === 1
      ) {
        const src = this.al ? (this.starts[o - 1] as number) : 0
        const g = this.groupStartOut(o - 1)
        this.o = o - 1
        this.emit(FATHATAN, src)
        this.emit(ALEF, src)
        this.rec(R['tanween-order'], src, i + 1, g, this.o)
        return i
      }
    } else if (
      i + 1 < this.n &&
      this.s.charCodeAt(i + 1) === ALEF &&
      o > 0 &&
      out[o - 1] !== ALEF &&
      E.letter[out[o - 1] as number] === 1
    ) {
      this.emit(ALEF, i)
      this.emit(FATHATAN, i)
      this.rec(R['tanween-order'], i, i + 2, o, this.o)
      return i + 1
    }
    this.emit(FATHATAN, i)
    return i
  }

  composeMark(c: number, i: number): void {
    const E = this.e
    const o = this.o
    if (o > 0) {
      const p = COMPOSITIONS.get(((this.out[o - 1] as number) << 16) | c)
      if (p !== undefined) {
        const u = E.post(p)
        if (u >= 0) {
          const src = this.al ? (this.starts[o - 1] as number) : 0
          this.out[o - 1] = u
          this.rec(R.compose, src, i + 1, this.groupStartOut(o - 1), o)
          return
        }
      }
    }
    if (E.opts.diacritics.quranic) this.rec(R.diacritics, i, i + 1, o, o)
    else this.emit(c, i)
  }

  pres(c: number, i: number): void {
    const e = this.e.exp.get(c) as string
    const o0 = this.o
    const wasQuiet = this.quiet
    this.quiet = true
    for (let q = 0; q < e.length; q++) this.derived(e.charCodeAt(q), i)
    this.quiet = wasQuiet
    const o1 = this.o
    this.rec(R['presentation-forms'], i, i + 1, Math.min(o0, o1), o1)
  }

  /** A character produced by an expansion: table rules plus the output-side context rules. */
  derived(d: number, i: number): void {
    const E = this.e
    const k = E.kind[d]
    if (k === K_DELETE) return
    if (k === K_EMIT) {
      this.emit(E.map[d] as number, i)
      return
    }
    if (k === K_SPACE) {
      this.space(d, i)
      return
    }
    switch (E.spec[d]) {
      case SP_SPACE:
        this.space(d, i)
        return
      case SP_COMPOSE:
        this.composeMark(d, i)
        return
      case SP_TATWEEL:
        if (E.opts.tatweel === 'dash') this.emit(TATWEEL, i)
        return
      case SP_PYEH:
        this.persianYeh(i)
        return
      default:
        this.emit(E.map[d] as number, i)
    }
  }

  /** Lexicon repairs for the Arabic word that ends at the current output end. */
  endWord(next: number): void {
    const E = this.e
    const lex = E.lexicon
    if (lex === undefined) return
    const out = this.out
    const e = this.o
    let w = e
    while (w > 0 && E.letter[out[w - 1] as number] === 1) w--
    if (e - w < 2 || e - w > MAX_WORD) return
    if (next >= 0 && blocksWord(next)) return
    if (w > 0 && blocksWord(out[w - 1] as number)) return
    this.repair(w, e, 0)
  }

  repair(w: number, e: number, depth: number): void {
    const E = this.e
    const lex = E.lexicon as Lexicon
    const word = wordString(this.out, w, e)
    if (E.opts.runOn && depth < 4 && e - w >= RUN_ON_MIN) {
      // the word as written in the input (before letter folding such as ة → ه) is asked first,
      // then the word as output, which is what a second run would ask
      let idx: number[] | undefined
      if (depth === 0) {
        const f = this.inputForm(w, e)
        if (f !== undefined && f !== word) idx = lex.splitRunOn(f)
      }
      if (!validSplit(idx, word.length)) idx = lex.splitRunOn(word)
      if (validSplit(idx, word.length)) {
        const cuts = idx as number[]
        for (let q = cuts.length - 1; q >= 0; q--) this.insertSpace(w + (cuts[q] as number))
        // repair each part, last first so earlier positions stay valid
        const bounds = [0, ...cuts.map((x, q) => x + q + 1)]
        let end = e + cuts.length
        for (let q = bounds.length - 1; q >= 0; q--) {
          const ps = w + (bounds[q] as number)
          this.repair(ps, end, depth + 1)
          end = ps - 1
        }
        return
      }
    }
    if (E.opts.finalYa && this.out[e - 1] === ALEF_MAKSURA) {
      const fixed = lex.fixFinalYa(word)
      if (typeof fixed === 'string' && fixed.length > 0 && fixed !== word) {
        const newEnd = this.replaceRange(w, e, fixed)
        if (E.opts.runOn && depth < 4 && newEnd - w >= RUN_ON_MIN) this.repair(w, newEnd, depth + 1)
      }
    }
  }

  /**
   * The input letters behind output word [w, e) when they map one to one (only deleted characters in
   * between), else undefined. Needs the group starts, which lexicon mode always records.
   */
  inputForm(w: number, e: number): string | undefined {
    if (!this.al) return undefined
    const E = this.e
    const s = this.s
    const end = Math.min(this.i, this.n)
    let r = ''
    for (let x = this.starts[w] as number; x < end; x++) {
      const c = s.charCodeAt(x)
      if (((E.cls[c] as number) & C_SKIP) !== 0) continue
      if (E.letter[c] !== 1) return undefined
      r += s[x]
    }
    return r.length === e - w ? r : undefined
  }

  insertSpace(at: number): void {
    this.#grow(1)
    const o = this.o
    this.out.copyWithin(at + 1, at, o)
    this.out[at] = SPACE
    let src = 0
    if (this.al) {
      this.starts.copyWithin(at + 1, at, o)
      this.starts[at] = this.starts[at - 1] as number
      src = this.starts[at + 1] as number
    }
    this.o = o + 1
    this.rec(R['run-on'], src, src, at, at + 1)
  }

  /** Replaces out[w, e) with `r`; returns the new end. */
  replaceRange(w: number, e: number, r: string): number {
    const out = this.out
    const len = e - w
    let p = 0
    while (p < len && p < r.length && out[w + p] === r.charCodeAt(p)) p++
    let q = 0
    while (q < len - p && q < r.length - p && out[e - 1 - q] === r.charCodeAt(r.length - 1 - q)) q++
    const a = w + p
    const b = e - q
    const mid = r.slice(p, r.length - q)
    const delta = mid.length - (b - a)
    const src = this.al ? (this.starts[a] as number) : 0
    const srcEnd = this.al ? (b < this.o ? (this.starts[b] as number) : this.i) : 0
    if (delta > 0) this.#grow(delta)
    const o = this.o
    this.out.copyWithin(b + delta, b, o)
    if (this.al) this.starts.copyWithin(b + delta, b, o)
    for (let x = 0; x < mid.length; x++) {
      this.out[a + x] = mid.charCodeAt(x)
      if (this.al) this.starts[a + x] = src
    }
    this.o = o + delta
    this.rec(R['final-ya'], src, Math.max(src, srcEnd), a, a + mid.length)
    return e + delta
  }
}

let BLOCKS: Uint8Array | undefined
/** 1 for characters that make a word unsafe to repair when next to it (marks, tatweel, ZWNJ, ZWJ). */
function blocksTable(): Uint8Array {
  if (BLOCKS === undefined) {
    BLOCKS = new Uint8Array(65536)
    for (let c = 0x0600; c < 0x0900; c++) if (isArabicMark(c)) BLOCKS[c] = 1
    BLOCKS[TATWEEL] = 1
    BLOCKS[0x200c] = 1
    BLOCKS[ZWJ] = 1
  }
  return BLOCKS
}

function blocksWord(u: number): boolean {
  return blocksTable()[u] === 1
}

/** A short run of code units as a string. */
function wordString(out: Uint16Array, w: number, e: number): string {
  let r = ''
  for (let x = w; x < e; x++) r += String.fromCharCode(out[x] as number)
  return r
}

function validSplit(idx: unknown, len: number): boolean {
  if (!Array.isArray(idx) || idx.length === 0) return false
  let prev = 0
  for (const x of idx) {
    if (typeof x !== 'number' || !Number.isInteger(x) || x <= prev || x >= len) return false
    prev = x
  }
  return true
}
