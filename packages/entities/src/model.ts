/**
 * The trained Arabic tagger model: an averaged structured perceptron's weights and the word lists
 * its features read. Load it from the `@nuqta/entities/model` subpath.
 *
 * @example
 * ```ts
 * import { loadArabicModel } from '@nuqta/entities/model'
 * const model: TaggerModel = loadArabicModel()
 * model.labels[0] // 'O'
 * ```
 */
export interface TaggerModel {
  /** IOB2 labels, index = label id; `O` first. @example `['O', 'B-PERS', 'I-PERS', …]` */
  readonly labels: readonly string[]
}
