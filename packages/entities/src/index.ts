/**
 * `@nuqta/entities`: people, places and organisations in Arabic and English news, every spelling
 * of an entity linked to one id, offsets into the text you hold.
 * @module @nuqta/entities
 */
export type { CityList } from './entries'
export {
  createExtractor,
  type DocumentLike,
  type ExtractOptions,
  type Extractor,
  extract,
  extractDocument,
  type Mention,
} from './extract'
export type { TaggerModel } from './model'
export { type DocumentMentions, type EntityRecord, entityTable } from './table'
export { type EntityType, type TaggedSpan, type TagOptions, tagArabic } from './tagger'
