/**
 * Near-duplicate variants the corpus explorer makes from the corpus articles, so the dedup panel
 * has something to find: a copy with every tenth word dropped, a copy in Egyptian spelling (final
 * ي written ى, hamza on alef dropped), and an exact copy.
 */

/** How a variant was made from its source article. */
export type VariantKind = 'dropped-words' | 'egyptian-spelling' | 'exact-copy'

/** Descriptions of each variant kind, for the page. */
export const variantLabels: Readonly<Record<VariantKind, string>> = {
  'dropped-words': 'every 10th word dropped',
  'egyptian-spelling': 'Egyptian spelling: final ي written ى, hamza on alef dropped',
  'exact-copy': 'exact copy',
}

/** Whitespace runs, kept as separate tokens by `split`. */
const WHITESPACE = /(\s+)/u
/** A ي at the end of a word: not followed by a letter or a combining mark. */
const FINAL_YA = /ي(?![\p{L}\p{M}])/gu
/** Alef with hamza above or below, or with madda. */
const HAMZA_ALEF = /[آأإ]/gu

/**
 * Drops every `every`-th word (the 10th, 20th, … by default: 10 % of the words) and one of the
 * two whitespace runs around it (the one holding a line break, if either does).
 */
export function dropWords(text: string, every = 10): string {
  if (!Number.isInteger(every) || every < 2) throw new RangeError('every must be an integer ≥ 2')
  const tokens = text.split(WHITESPACE)
  let out = ''
  let words = 0
  let pendingSpace = ''
  for (const token of tokens) {
    if (token === '') continue
    if (WHITESPACE.test(token)) {
      // Around a dropped word two whitespace runs meet: keep one, the one with a line break if any.
      if (pendingSpace === '' || (token.includes('\n') && !pendingSpace.includes('\n'))) {
        pendingSpace = token
      }
      continue
    }
    words++
    if (words % every === 0) continue
    out += pendingSpace + token
    pendingSpace = ''
  }
  return out
}

/** Egyptian spelling: every word-final ي written ى, and أ إ آ written as a bare ا. */
export function egyptianSpelling(text: string): string {
  return text.replace(FINAL_YA, 'ى').replace(HAMZA_ALEF, 'ا')
}

/** Makes the variant `kind` of `text`. */
export function makeVariant(text: string, kind: VariantKind): string {
  switch (kind) {
    case 'dropped-words':
      return dropWords(text)
    case 'egyptian-spelling':
      return egyptianSpelling(text)
    case 'exact-copy':
      return text
  }
}
