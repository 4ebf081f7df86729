/**
 * Character classes the extractor needs, as code-unit tests (no regexes): Arabic letters, Latin
 * letters, digits, and the marks a word may carry.
 * @module
 */

/** An Arabic letter (U+0621–U+064A, U+0671–U+06D3, U+06FA–U+06FC), not a mark or a digit. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x06fa && c <= 0x06fc)
  )
}

/** An Arabic combining mark or tatweel (they stay inside a word). */
export function isArabicMark(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff)
  )
}

/** A Latin letter: ASCII, Latin-1 and Latin Extended-A/B letters. */
export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  )
}

/** An upper-case Latin letter (ASCII or Latin-1/Extended upper case). */
export function isLatinUpper(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true
  if (c < 0xc0 || c > 0x24f) return false
  const ch = String.fromCharCode(c)
  return ch !== ch.toLowerCase()
}

/** A digit: ASCII, Arabic-Indic or Persian. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)
}

/** Counts Arabic and Latin letters in `text[start, end)`. */
export function scriptCounts(text: string, start: number, end: number): [number, number] {
  let ar = 0
  let la = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isArabicLetter(c)) ar++
    else if (isLatinLetter(c)) la++
  }
  return [ar, la]
}
