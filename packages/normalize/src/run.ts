/**
 * The run loop: one normalization of one text in a single pass over its UTF-16 code units, with
 * the handlers of the characters that need context (spaces, punctuation, tatweel, ی, ZWJ, tanween
 * order, composition, presentation forms). Lexicon word repairs live in `word-repair.ts`.
 * @module
 */
import {
  ALEF,
  ALEF_MAKSURA,
  C_DIGIT,
  C_LETTER,
  C_MARK,
  C_NL,
  C_SKIP,
  C_SPACE,
  C_TATWEEL,
  type Engine,
  FATHATAN,
  K_DELETE,
  K_EMIT,
  K_SPACE,
  SP_COMPOSE,
  SP_FATHATAN,
  SP_PLAIN,
  SP_PRES,
  SP_PUNCT,
  SP_PYEH,
  SP_SPACE,
  SP_TATWEEL,
  SP_ZWJ,
  SPACE,
  TATWEEL,
  YEH,
} from './compile'
import { R } from './rules'
import { COMPOSITIONS, isDigit, isNewline, ZWJ } from './tables'
import { unitsToString } from './units'
import { endWord } from './word-repair'

/** What one run of the engine produced. */
export interface RunOutput {
  text: string
  starts: Int32Array | null
  /** When edits were asked for: the last rule that touched each input position (0 = none). */
  ruleAt: Uint8Array | null
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
    if (E.lexMode) endWord(this, -1)
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

  /** Makes room for `extra` more output units (and the rest of the input). */
  grow(extra: number): void {
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
      endWord(this, u)
    const cap = E.maxRepeat
    if (cap !== 0 && isLetter && this.o >= cap && this.#capped(u, this.o, cap)) return false
    this.grow(1)
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
}
