import { cleanText } from '@nuqta/corpus'

/**
 * The five articles of the repo's `corpus/` directory, bundled at build time as raw strings
 * (Vite's `?raw` import through `import.meta.glob`). Nothing is fetched at run time.
 */
const files = import.meta.glob<string>('../../../../corpus/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** One corpus article offered by the playground. */
export interface Article {
  /** The numeric prefix of the file name, e.g. `001`. */
  id: string
  /** The file name inside `corpus/`, e.g. `001_e75b328f788e6d68.txt`. */
  file: string
  /** The article's text, exactly as stored in the file. */
  text: string
  /**
   * A short label: the id and the first words of the article as `cleanText` repairs them (no
   * mojibake in a menu), the words wrapped in Unicode isolates (U+2068 … U+2069) so an Arabic
   * title next to the id keeps its order in a left-to-right menu, and vice versa.
   */
  label: string
}

/** Words shown in an article's label. */
const LABEL_WORDS = 7

function toArticle(path: string, text: string): Article {
  const file = path.slice(path.lastIndexOf('/') + 1)
  const id = file.split('_')[0] ?? file
  const firstWords = cleanText(text).text.trim().split(/\s+/u).slice(0, LABEL_WORDS).join(' ')
  return { id, file, text, label: `${id} · \u2068${firstWords}…\u2069` }
}

/** The corpus articles, sorted by file name. */
export const articles: readonly Article[] = Object.entries(files)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([path, text]) => toArticle(path, text))
