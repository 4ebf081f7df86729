/**
 * `@nuqta/entities`: people, places and organisations in Arabic and English news, every spelling
 * of an entity linked to one id, offsets into the text you hold.
 * @module @nuqta/entities
 */
export type { CityList } from './entries'
export {
  type CanonicalNames,
  createExtractor,
  type DocumentLike,
  type ExtractOptions,
  type Extractor,
  extract,
  extractDocument,
  type Mention,
} from './extract'
export type { FeatureGroups, FeatureResources } from './features'
export type { Gazetteer } from './features-gazetteer'
export type { WordSet } from './features-wordset'
export { createTaggerModel, type TaggerModel, type TaggerModelData } from './model'
export { type DocumentMentions, type EntityRecord, entityTable } from './table'
export { type EntityType, type TaggedSpan, type TagOptions, tagArabic } from './tagger'
