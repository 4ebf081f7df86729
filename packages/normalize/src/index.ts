export { Alignment } from './alignment'
export { NormalizeTypeError } from './errors'
export { createLexicon, type LexiconData, LexiconDataError } from './lexicon'
export { createNormalizer, type Normalizer, normalize, normalizeDetailed } from './normalize'
export { profiles } from './profiles'
export { normalizeChunks, normalizeStream } from './stream'
export type {
  DiacriticsOptions,
  Edit,
  Lexicon,
  NormalizeOptions,
  NormalizeResult,
  ProfileName,
  RuleId,
} from './types'
