import type { TaggerModel } from './model'

/**
 * The entity types the Arabic tagger predicts. ANERcorp's `PERS`, `LOC`, `ORG` and `MISC` map to
 * these names.
 *
 * @example
 * ```ts
 * const t: EntityType = 'LOCATION'
 * ```
 */
export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISC'

/**
 * One entity span found by {@link tagArabic}: UTF-16 offsets into the text that was passed in,
 * proclitics (و ف ب ل ك) outside the span, the article ال inside it.
 *
 * @example
 * ```ts
 * const span: TaggedSpan = { start: 6, end: 14, type: 'LOCATION', confidence: 0.97 }
 * ```
 */
export interface TaggedSpan {
  /** Offset of the first UTF-16 code unit of the span. @example `6` */
  start: number
  /** Offset just past the last UTF-16 code unit of the span. @example `14` */
  end: number
  /** What the span names. @example `'LOCATION'` */
  type: EntityType
  /**
   * How sure the model is, 0–1: the smallest per-token marginal probability of the span's labels
   * (forward–backward over the perceptron scores). @example `0.97`
   */
  confidence: number
}

/**
 * Options of {@link tagArabic}.
 *
 * @example
 * ```ts
 * const options: TagOptions = { minConfidence: 0.5 }
 * ```
 */
export interface TagOptions {
  /** Drop spans whose confidence is below this (default 0: keep every span). @example `0.5` */
  minConfidence?: number
}
