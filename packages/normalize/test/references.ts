// Reference implementations written from the Lucene and CAMeL Tools sources (see README, Parity).
/** Lucene's ArabicNormalizer, written from its source (one switch over code units). */
export function luceneReference(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if (c === 0x622 || c === 0x623 || c === 0x625) out += '\u0627'
    else if (c === 0x649) out += '\u064a'
    else if (c === 0x629) out += '\u0647'
    else if (c === 0x640 || (c >= 0x64b && c <= 0x652)) continue
    else out += ch
  }
  return out
}

/** CAMeL Tools' chain, written from its source with JavaScript's NFKC. */
export function camelReference(s: string): string {
  const fixed = s.replaceAll('\ufdfc', 'ريال').replaceAll('\ufdfd', 'بسم الله الرحمن الرحيم')
  let out = ''
  for (const ch of fixed.normalize('NFKC')) {
    const c = ch.codePointAt(0) as number
    if ((c >= 0x64b && c <= 0x652) || c === 0x670) continue
    if (c === 0x625 || c === 0x623 || c === 0x671 || c === 0x622) out += '\u0627'
    else if (c === 0x649) out += '\u064a'
    else if (c === 0x629) out += '\u0647'
    else out += ch
  }
  return out
}
