export type { TaggerModel } from './model'
export type { EntityType, TaggedSpan, TagOptions } from './tagger'
