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
  /** A short label: the id and the first words of the article. */
  label: string
}

/** Words shown in an article's label. */
const LABEL_WORDS = 7

function toArticle(path: string, text: string): Article {
  const file = path.slice(path.lastIndexOf('/') + 1)
  const id = file.split('_')[0] ?? file
  const firstWords = text.trim().split(/\s+/u).slice(0, LABEL_WORDS).join(' ')
  return { id, file, text, label: `${id} · ${firstWords}…` }
}

/** The corpus articles, sorted by file name. */
export const articles: readonly Article[] = Object.entries(files)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([path, text]) => toArticle(path, text))
