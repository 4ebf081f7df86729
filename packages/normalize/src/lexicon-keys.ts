/**
 * Lookup keys of the lexicon: how a word is folded into a key, its clitic-free readings and the
 * suffix-model contexts of a stem. The runtime lexicon and `scripts/lexicon-builder.mjs` (which
 * bundles this file) both use these, so the data is built with exactly the keys it is read with.
 * @module
 */
import clitics from '../data/clitics.json'

/** Proclitic chains stripped at lookup time, longest first (data/clitics.json). */
export const CLITICS: readonly string[] = clitics

export const YA = 'ي'
export const MAQSURA = 'ى'
export const ALEF = 'ا'

/** Tatweel, tashkeel (U+064B–U+065F) and superscript alef: not part of a lookup key. */
export function isMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670
}

/** Arabic letters U+0621–U+063A and U+0641–U+064A, plus alef wasla. */
export function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || c === 0x0671
}

/** أ إ آ ٱ fold to ا. */
export function isAlefVariant(c: number): boolean {
  return c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671
}

/**
 * Lookup key of a word: tashkeel and tatweel dropped, أ إ آ ٱ as ا, and ى as ي when asked.
 * Returns undefined when the word holds anything but Arabic letters and marks.
 */
export function foldKey(word: string, maqsuraToYa: boolean): string | undefined {
  let plain = true
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (!isLetter(c) || isAlefVariant(c) || (maqsuraToYa && c === 0x0649)) {
      plain = false
      break
    }
  }
  // Fast path: most words need no folding and are their own key.
  if (plain) return word
  let key = ''
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isMark(c)) continue
    if (!isLetter(c)) return undefined
    if (isAlefVariant(c)) key += ALEF
    else if (maqsuraToYa && c === 0x0649) key += YA
    else key += word[i]
  }
  return key
}

/** Word-shape initials: verb/elative/مفعل prefixes; anything else is '*'. */
export const SHAPE_INITIALS = 'اتيمن'

/**
 * Suffix-model contexts of a clitic-free stem ending in ى/ي, most specific first: its shape (length, initial class) with the two letters before the
 * final one, then the 3, 2 and 1 letters before the final one.
 */
export function contexts(stem: string): string[] {
  const body = stem.slice(0, -1)
  const out: string[] = []
  if (body.length >= 2) {
    const first = SHAPE_INITIALS.includes(stem.charAt(0)) ? stem.charAt(0) : '*'
    out.push(`${Math.min(stem.length, 9)}${first}${body.slice(-2)}`)
    if (first !== '*') out.push(`0${first}${body.slice(-2)}`)
  }
  for (let k = Math.min(3, body.length); k >= 1; k--) out.push(body.slice(body.length - k))
  return out
}

/** Clitic-free readings of a key: the key itself, then each proclitic strip. */
export function readings(key: string): string[] {
  const out = [key]
  for (const p of CLITICS) {
    if (!key.startsWith(p)) continue
    const rest = key.slice(p.length)
    if (rest.length < 2) continue
    // The future prefix س only attaches to an imperfect verb (ي ت ن أ).
    if (p.endsWith('س') && !'يتنا'.includes(rest.charAt(0))) continue
    out.push(rest)
  }
  return out
}

/** Whether `word` is a lookup key: non-empty, bare Arabic letters only (no أ إ آ ٱ, no marks). */
export function isKey(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (!isLetter(c) || isAlefVariant(c)) return false
  }
  return true
}

/** A suffix-model context: Arabic letters, optionally after a shape prefix such as `5*` or `6ي`. */
export function isContext(key: string): boolean {
  let i = 0
  while (i < key.length && key.charCodeAt(i) >= 0x30 && key.charCodeAt(i) <= 0x39) i++
  if (i > 0 && i < key.length && (key[i] === '*' || SHAPE_INITIALS.includes(key.charAt(i)))) i++
  return i < key.length && isKey(key.slice(i))
}
