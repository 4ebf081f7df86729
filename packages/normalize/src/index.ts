/**
 * `@nuqta/normalize`: an Arabic text normalizer with profiles, an exact edit script
 * (`TextChange`s) and an `Alignment` back to the original text.
 * @module @nuqta/normalize
 */
export { Alignment } from '@nuqta/core'
export {
  type DocumentLike,
  type NormalizedDocument,
  normalizeDocument,
} from './document'
export { LexiconDataError, NormalizeTypeError } from './errors'
export { createLexicon, type LexiconData } from './lexicon'
export { createNormalizer, type Normalizer, normalize, normalizeDetailed } from './normalize'
export { profiles } from './profiles'
export { ruleIds } from './rules'
export { normalizeChunks, normalizeStream } from './stream'
export type {
  DiacriticsOptions,
  Lexicon,
  NormalizeOptions,
  NormalizeResult,
  ProfileName,
  RuleId,
} from './types'
