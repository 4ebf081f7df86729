/**
 * Consonant skeletons: one Latin key for a name written in Arabic or in Latin letters, so that
 * transliteration variants (زيلينسكي، زيلنسكي، زيلينسكى، Zelensky, Zelenskyy) get the same key
 * without any table. Vowels, weak letters (ا و ي ى ء ع ه ح; a e i o u y w h) and doubled
 * consonants drop out; consonants that transliterations swap fall into one class (v/f/ف,
 * g/j/ج/غ, k/q/c/ق/ك/خ, sh/ch/ش/تش, t/ط/ث, s/ص, z/ز/ظ, d/ض/ذ, p/b/ب).
 * @module
 */

/** Arabic letter → skeleton class ('' drops it). */
const ARABIC: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ط: 't',
  ج: 'g',
  غ: 'g',
  گ: 'g',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ض: 'd',
  ر: 'r',
  ز: 'z',
  ظ: 'z',
  ژ: 'z',
  س: 's',
  ص: 's',
  ش: 'S',
  چ: 'S',
  ف: 'f',
  ڤ: 'f',
  ل: 'l',
  م: 'm',
  ن: 'n',
}

/** Latin letter (lower case, accents removed) → skeleton class. */
const LATIN: Record<string, string> = {
  b: 'b',
  p: 'b',
  t: 't',
  d: 'd',
  g: 'g',
  j: 'g',
  k: 'k',
  q: 'k',
  c: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
  s: 's',
  z: 'z',
  f: 'f',
  v: 'f',
}

/** The skeleton of an Arabic-script word (the caller removes clitics and the article). */
function arabicSkeleton(w: string): string {
  // a word that opens with a vowel (أوديسا, عمان) keeps a mark of it
  let out = 'اأإآع'.includes(w.charAt(0)) ? '_' : ''
  for (let i = 0; i < w.length; i++) {
    const ch = w.charAt(i)
    let k = ARABIC[ch]
    if (k === undefined) continue
    // تش is how Arabic writes "ch" (تشيرنيهيف Chernihiv)
    if (ch === 'ت' && w.charAt(i + 1) === 'ش') {
      k = 'S'
      i++
    }
    if (k !== '' && !out.endsWith(k)) out += k
  }
  return out
}

/** The skeleton of a Latin-script word. */
function latinSkeleton(word: string): string {
  const w = word.normalize('NFD').toLowerCase()
  let out = 'aeiou'.includes(w.charAt(0)) && w !== '' ? '_' : ''
  for (let i = 0; i < w.length; i++) {
    const ch = w.charAt(i)
    const next = w.charAt(i + 1)
    let k: string | undefined
    if ((ch === 's' || ch === 'c') && next === 'h') {
      k = 'S' // sh, ch
      i++
    } else if (ch === 't' && next === 'c' && w.charAt(i + 2) === 'h') {
      k = 'S' // tch
      i += 2
    } else if (ch === 'p' && next === 'h') {
      k = 'f'
      i++
    } else if (ch === 'c' && (next === 'e' || next === 'i' || next === 'y')) {
      k = 's'
    } else if (ch === 'c' && next === 'k') {
      k = 'k'
      i++
    } else if (ch === 'x') {
      k = 'ks'
    } else {
      k = LATIN[ch]
    }
    if (k === undefined) continue
    for (const kk of k) if (!out.endsWith(kk)) out += kk
  }
  return out
}

/**
 * The consonant skeleton of one word in Arabic or Latin script ('' when it has no consonant).
 *
 * @param word - one word, without clitics
 * @returns the skeleton, lower-case Latin letters plus `S` for sh/ch
 */
export function skeleton(word: string): string {
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  let out: string | undefined
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x0600 && c <= 0x06ff) {
      out = arabicSkeleton(word)
      break
    }
  }
  out ??= latinSkeleton(word)
  // news text repeats its words: remember recent answers
  if (cache.size >= 20_000) cache.clear()
  cache.set(word, out)
  return out
}

const cache = new Map<string, string>()

/**
 * The skeleton of a multi-word name: the words' skeletons joined by `-`, empty ones left out.
 *
 * @param words - the name's words
 * @returns e.g. `fldmr-zlnsk` for فولوديمير زيلينسكي and for Volodymyr Zelensky
 */
export function nameSkeleton(words: readonly string[]): string {
  const parts: string[] = []
  for (const w of words) {
    const s = skeleton(w)
    if (s !== '') parts.push(s)
  }
  return parts.join('-')
}
