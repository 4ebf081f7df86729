/**
 * Linking keys: the parts of a mention's name the linker compares, in a form that does not
 * depend on script or spelling (consonant skeletons of the words, article removed).
 * @module
 */

import { skeleton } from '../skeleton'

/** A name word without the Arabic article or a Latin `al-`/`el-` prefix. */
export function bareWord(w: string): string {
  if (w.length > 3 && w.startsWith('ال')) return w.slice(2)
  const l = w.toLowerCase()
  if ((l.startsWith('al-') || l.startsWith('el-')) && w.length > 4) return w.slice(3)
  return w
}

/** The words of a name that carry identity: leading `the` dropped. */
export function nameWords(words: readonly string[]): string[] {
  const out = words.filter((w) => w !== '')
  if (out.length > 1 && (out[0] as string).toLowerCase() === 'the') out.shift()
  return out
}

/** The skeleton of a name word (article removed). */
export function wordKey(w: string): string {
  return skeleton(bareWord(w))
}

/** The skeleton key of a whole name: word skeletons joined by `-`. */
export function fullKey(words: readonly string[]): string {
  return nameWords(words)
    .map(wordKey)
    .filter((k) => k !== '')
    .join('-')
}
