/**
 * Language of a text from its letters: Arabic script, Latin script, both, or none.
 * @module
 */
import type { Lang } from './types'

/**
 * Decide `ar`, `en`, `mixed` or `und` from the share of Arabic-script and Latin-script letters.
 * A text is `ar` (or `en`) when at least 85 % of its letters are in that script, `mixed` when both
 * scripts have a real share, `und` when it has no letters.
 * @param text - any text
 * @param start - first UTF-16 index to look at (default 0)
 * @param end - index after the last one to look at (default `text.length`)
 * @returns the language
 * @example
 * ```ts
 * detectLang('وقال الكرملين إن بوتين') // 'ar'
 * detectLang('Moscow dismissed a diplomatic overture') // 'en'
 * detectLang('قال Peskov إن the talks لم تحقق أي تقدم في Istanbul today') // 'mixed'
 * ```
 */
export function detectLang(text: string, start = 0, end = text.length): Lang {
  const [ar, la] = letterCounts(text, start, end)
  return langOf(ar, la)
}

/**
 * Arabic-script and Latin-script letters in `text.slice(start, end)`.
 * @internal
 */
export function letterCounts(text: string, start = 0, end = text.length): [number, number] {
  let ar = 0
  let la = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x41) continue
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) la++
    else if (c < 0x80) continue
    else if (
      (c >= 0x620 && c <= 0x64a) ||
      (c >= 0x66e && c <= 0x6d3) ||
      (c >= 0xfb50 && c <= 0xfefc)
    )
      ar++
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) la++
  }
  return [ar, la]
}

/**
 * The language from letter counts.
 * @internal
 */
export function langOf(ar: number, la: number): Lang {
  const total = ar + la
  if (total === 0) return 'und'
  if (ar / total >= 0.85) return 'ar'
  if (la / total >= 0.85) return 'en'
  return 'mixed'
}
