/**
 * Lexicon word repairs, run when a word ends in the output: the final ى → ي repair and the split
 * of words written together. They rewrite the end of the run's output buffer and its alignment.
 * @module
 */
import { ALEF_MAKSURA, C_SKIP, MAX_WORD, RUN_ON_MIN, SPACE, TATWEEL } from './compile'
import { R } from './rules'
import type { Run } from './run'
import { isArabicMark, ZWJ } from './tables'
import type { Lexicon } from './types'

/** Lexicon repairs for the Arabic word that ends at the current output end. */
export function endWord(run: Run, next: number): void {
  const E = run.e
  const lex = E.lexicon
  if (lex === undefined) return
  const out = run.out
  const e = run.o
  let w = e
  while (w > 0 && E.letter[out[w - 1] as number] === 1) w--
  if (e - w < 2 || e - w > MAX_WORD) return
  if (next >= 0 && blocksWord(next)) return
  if (w > 0 && blocksWord(out[w - 1] as number)) return
  repair(run, w, e, 0)
}

export function repair(run: Run, w: number, e: number, depth: number): void {
  const E = run.e
  const lex = E.lexicon as Lexicon
  const word = wordString(run.out, w, e)
  if (E.opts.runOn && depth < 4 && e - w >= RUN_ON_MIN) {
    // the word as written in the input (before letter folding such as ة → ه) is asked first,
    // then the word as output, which is what a second run would ask
    let idx: number[] | undefined
    if (depth === 0) {
      const f = inputForm(run, w, e)
      if (f !== undefined && f !== word) idx = lex.splitRunOn(f)
    }
    if (!validSplit(idx, word.length)) idx = lex.splitRunOn(word)
    if (validSplit(idx, word.length)) {
      const cuts = idx as number[]
      for (let q = cuts.length - 1; q >= 0; q--) insertSpace(run, w + (cuts[q] as number))
      // repair each part, last first so earlier positions stay valid
      const bounds = [0, ...cuts.map((x, q) => x + q + 1)]
      let end = e + cuts.length
      for (let q = bounds.length - 1; q >= 0; q--) {
        const ps = w + (bounds[q] as number)
        repair(run, ps, end, depth + 1)
        end = ps - 1
      }
      return
    }
  }
  if (E.opts.finalYa && run.out[e - 1] === ALEF_MAKSURA) {
    const fixed = lex.fixFinalYa(word)
    if (typeof fixed === 'string' && fixed.length > 0 && fixed !== word) {
      const newEnd = replaceRange(run, w, e, fixed)
      if (E.opts.runOn && depth < 4 && newEnd - w >= RUN_ON_MIN) repair(run, w, newEnd, depth + 1)
    }
  }
}

/**
 * The input letters behind output word [w, e) when they map one to one (only deleted characters in
 * between), else undefined. Needs the group starts, which lexicon mode always records.
 */
export function inputForm(run: Run, w: number, e: number): string | undefined {
  if (!run.al) return undefined
  const E = run.e
  const s = run.s
  const end = Math.min(run.i, run.n)
  let r = ''
  for (let x = run.starts[w] as number; x < end; x++) {
    const c = s.charCodeAt(x)
    if (((E.cls[c] as number) & C_SKIP) !== 0) continue
    if (E.letter[c] !== 1) return undefined
    r += s[x]
  }
  return r.length === e - w ? r : undefined
}

export function insertSpace(run: Run, at: number): void {
  run.grow(1)
  const o = run.o
  run.out.copyWithin(at + 1, at, o)
  run.out[at] = SPACE
  let src = 0
  if (run.al) {
    run.starts.copyWithin(at + 1, at, o)
    run.starts[at] = run.starts[at - 1] as number
    src = run.starts[at + 1] as number
  }
  run.o = o + 1
  run.rec(R['run-on'], src, src, at, at + 1)
}

/** Replaces out[w, e) with `r`; returns the new end. */
export function replaceRange(run: Run, w: number, e: number, r: string): number {
  const out = run.out
  const len = e - w
  let p = 0
  while (p < len && p < r.length && out[w + p] === r.charCodeAt(p)) p++
  let q = 0
  while (q < len - p && q < r.length - p && out[e - 1 - q] === r.charCodeAt(r.length - 1 - q)) q++
  const a = w + p
  const b = e - q
  const mid = r.slice(p, r.length - q)
  const delta = mid.length - (b - a)
  const src = run.al ? (run.starts[a] as number) : 0
  const srcEnd = run.al ? (b < run.o ? (run.starts[b] as number) : run.i) : 0
  if (delta > 0) run.grow(delta)
  const o = run.o
  run.out.copyWithin(b + delta, b, o)
  if (run.al) run.starts.copyWithin(b + delta, b, o)
  for (let x = 0; x < mid.length; x++) {
    run.out[a + x] = mid.charCodeAt(x)
    if (run.al) run.starts[a + x] = src
  }
  run.o = o + delta
  run.rec(R['final-ya'], src, Math.max(src, srcEnd), a, a + mid.length)
  return e + delta
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
