/**
 * Proclitic prefixes an Arabic word may carry before a name, longest first: conjunctions و ف,
 * prepositions ب ك ل, and their combinations, each optionally followed by the article ال (kept
 * inside the name). `لل` is ل + ال with the alef elided.
 */
const PROCLITICS = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'وب',
  'فب',
  'وك',
  'فك',
  'ول',
  'فل',
  'و',
  'ف',
  'ب',
  'ك',
  'ل',
] as const

/** The parts of a search-normalized Arabic word around its proclitics. */
export interface CliticSplit {
  /** The proclitics before the article, e.g. `'وب'` in `وبالعراق`; `''` when none. */
  prefix: string
  /** Whether the word carries the article ال after its proclitics. */
  article: boolean
  /** The word without its proclitics and article, e.g. `'عراق'`. */
  core: string
  /** The word without its proclitics, article kept and restored after ل, e.g. `'العراق'`. */
  stem: string
}

const MIN_CORE = 2

/**
 * Splits the proclitics (و ف ب ك ل) and the article (ال) off a search-normalized Arabic word,
 * keeping at least two letters of core. Ambiguous by nature (بيروت starts with ب): the tagger
 * uses every part as a feature and decides with its word lists where a name starts.
 *
 * @param word - one search-normalized token
 * @returns its parts
 *
 * @example
 * ```ts
 * splitClitics('وبالعراق') // { prefix: 'وب', article: true, core: 'عراق', stem: 'العراق' }
 * splitClitics('للرئيس') // { prefix: 'ل', article: true, core: 'رئيس', stem: 'الرئيس' }
 * ```
 */
export function splitClitics(word: string): CliticSplit {
  if (word.startsWith('ال') && word.length >= 2 + MIN_CORE) {
    return { prefix: '', article: true, core: word.slice(2), stem: word }
  }
  for (const p of PROCLITICS) {
    if (word.length < p.length + MIN_CORE || !word.startsWith(p)) continue
    if (p.endsWith('ال')) {
      const core = word.slice(p.length)
      return { prefix: p.slice(0, -2), article: true, core, stem: `ال${core}` }
    }
    if (p.endsWith('لل')) {
      const core = word.slice(p.length)
      return { prefix: p.slice(0, -1), article: true, core, stem: `ال${core}` }
    }
    return { prefix: p, article: false, core: word.slice(p.length), stem: word.slice(p.length) }
  }
  return { prefix: '', article: false, core: word, stem: word }
}

/**
 * The length, in the search-normalized word, of the proclitics before the article or stem (what
 * an entity span must leave out): `وبالعراق` → 2, `للرئيس` → 1.
 *
 * @param split - a {@link splitClitics} result
 * @returns how many leading code units are proclitics
 *
 * @example
 * ```ts
 * procliticLength(splitClitics('وبأوكرانيا')) // 2
 * ```
 */
export function procliticLength(split: CliticSplit): number {
  return split.prefix.length
}
