/**
 * Compiled engines, cached by the resolved value of their options (not object identity), and the
 * function that runs one over a text: the NFKC stage first when asked, then the table pass.
 * @module
 */
import { Alignment } from '@nuqta/core'
import { Engine } from './compile'
import { nfkcStage } from './nfkc'
import { resolveOptions } from './profiles'
import { Run } from './run'
import type { NormalizeOptions, ProfileName } from './types'

/** Compiled engines by canonical options key (lexicons kept apart by identity), most recent last. */
const cache = new Map<string, Engine>()
const lexiconIds = new WeakMap<object, number>()
let nextLexiconId = 1
const CACHE_SIZE = 32
const byName = new Map<string, Engine>()

/** The compiled engine for some options, cached by their resolved value (not object identity). */
export function engineFor(options: NormalizeOptions | ProfileName | undefined): Engine {
  if (options === undefined || typeof options === 'string') {
    const name = options ?? 'display'
    let p = byName.get(name)
    if (p === undefined) {
      p = new Engine(resolveOptions(options))
      byName.set(name, p)
    }
    return p
  }
  const resolved = resolveOptions(options)
  const { lexicon, ...rest } = resolved
  let lexId = 0
  if (lexicon !== undefined) {
    lexId = lexiconIds.get(lexicon) ?? 0
    if (lexId === 0) {
      lexId = nextLexiconId++
      lexiconIds.set(lexicon, lexId)
    }
  }
  const key = `${lexId}|${JSON.stringify(rest)}`
  let e = cache.get(key)
  if (e !== undefined) {
    // a hit from another lexicon object with a recycled id is impossible: ids only grow
    cache.delete(key)
    cache.set(key, e)
    return e
  }
  e = new Engine(resolved)
  cache.set(key, e)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return e
}

/** What running an engine over a text gives. */
export interface Output {
  text: string
  starts: Int32Array | null
  ruleAt: Uint8Array | null
}

/** Runs an engine over a text: NFKC stage first when asked, then the table pass. */
export function runEngine(E: Engine, s: string, align: boolean, edits: boolean): Output {
  if (!E.nfkc) return new Run(E, s, align, edits).exec()
  const st1 = nfkcStage(s, align || edits)
  if (st1 === null) return new Run(E, s, align, edits).exec()
  const r2 = new Run(E, st1.text, align, edits).exec()
  if (!align && !edits) return r2
  const s1 = st1.starts as Int32Array
  const a1 = Alignment.unchecked(s.length, s1)
  const a = a1.compose(Alignment.unchecked(st1.text.length, r2.starts as Int32Array))
  let ruleAt: Uint8Array | null = null
  if (edits) {
    ruleAt = new Uint8Array(s.length + 1)
    const ch = st1.changes
    for (let q = 0; q < ch.length; q += 4) ruleAt.fill(1, ch[q] as number, ch[q + 1] as number)
    const r2a = r2.ruleAt as Uint8Array
    for (let x = 0; x <= st1.text.length; x++) {
      const r = r2a[x] as number
      if (r !== 0) ruleAt[x < s1.length ? (s1[x] as number) : s.length] = r
    }
  }
  return { text: r2.text, starts: a.groupStarts(), ruleAt }
}
