/**
 * {@link normalizeDocument}: normalizes a document's text and gives the changes and alignment from
 * the document's source text (the record before corpus cleaning) to the normalized text.
 * @module
 */
import { Alignment, composeChanges, revertChanges, type TextChange } from '@nuqta/core'
import { checkText, NormalizeTypeError } from './errors'
import { normalizeDetailed } from './normalize'
import type { NormalizeOptions, NormalizeResult, ProfileName } from './types'

/**
 * Anything with a text and, optionally, the changes that produced it from its source text. A
 * `Document` from `@nuqta/corpus` fits (its `changes` go from the decoded record to `doc.text`);
 * so does `{ text }` alone (the source is then the text itself).
 *
 * @example
 * ```ts
 * const doc: DocumentLike = { text: 'قال الرئيس' }
 * ```
 */
export interface DocumentLike {
  /**
   * The text to normalize (a corpus document's cleaned text).
   * @example `'قال الرئيس'`
   */
  readonly text: string
  /**
   * The edit script from the source text to {@link DocumentLike.text} (`start`/`end` in the
   * source, `outputStart`/`outputEnd` in `text`); none means the text is its own source.
   * @example `[]`
   */
  readonly changes?: readonly TextChange[] | undefined
}

/**
 * What {@link normalizeDocument} returns: the normalized text with the changes and alignment that
 * lead to it from the document's source text, and the plain normalization of `doc.text`.
 *
 * @example
 * ```ts
 * const { text, changes, alignment, normalization } = normalizeDocument({ text: 'أحمد' }, 'search')
 * ```
 */
export interface NormalizedDocument {
  /**
   * The normalized text (`normalize(doc.text, options)`).
   * @example `'احمد'`
   */
  readonly text: string
  /**
   * The edit script from the source text (`revertChanges(doc.text, doc.changes)`) to
   * {@link NormalizedDocument.text}: the document's changes and the normalizer's, composed (a
   * change of both steps on the same text is one change).
   * @example `[{ start: 0, end: 1, before: 'أ', after: 'ا', ruleId: 'normalize/alef', … }]`
   */
  readonly changes: readonly TextChange[]
  /**
   * Maps spans between the source text and {@link NormalizedDocument.text}, both ways: a span
   * found in the normalized text maps back to the source the user started with.
   * @example `alignment.toOriginal(0, 4) // [0, 4]`
   */
  readonly alignment: Alignment
  /**
   * The plain normalization of `doc.text` (its own changes and alignment, from `doc.text`).
   * @example `normalization.changes[0].ruleId // 'normalize/alef'`
   */
  readonly normalization: NormalizeResult
}

/**
 * Normalizes a document and composes its position model, so a user never does the arithmetic:
 * the returned `changes` and `alignment` go from the document's source text (before corpus
 * cleaning) straight to the normalized text.
 *
 * @param doc - a document-like value: its `text` and, optionally, the `changes` that produced it
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns the normalized text, the composed changes and alignment, and the plain normalization
 * @throws {@link NormalizeTypeError} when `doc` is not an object with a string `text`, its
 *   `changes` do not fit its text, or an option has the wrong type
 *
 * @example
 * ```ts
 * // a corpus step removed a share line; then the text is normalized for search
 * const removal = { start: 0, end: 6, outputStart: 0, outputEnd: 0, before: 'Share\n', after: '',
 *   ruleId: 'corpus/boilerplate-share', source: '@nuqta/corpus', reason: 'share widget', kind: 'removal' as const }
 * const r = normalizeDocument({ text: 'قال أحمد', changes: [removal] }, 'search')
 * r.text // 'قال احمد'
 * r.alignment.toOriginal(4, 8) // [10, 14]  ('أحمد' in 'Share\nقال أحمد')
 * r.changes.map((c) => c.ruleId) // ['corpus/boilerplate-share', 'normalize/alef']
 * ```
 */
export function normalizeDocument(
  doc: DocumentLike,
  options?: NormalizeOptions | ProfileName,
): NormalizedDocument {
  if (typeof doc !== 'object' || doc === null) {
    throw new NormalizeTypeError({
      argument: 'doc',
      message: 'expected an object with a text (and optional changes)',
    })
  }
  checkText(doc.text, 'doc.text')
  const prior = doc.changes ?? []
  if (!Array.isArray(prior)) {
    throw new NormalizeTypeError({
      argument: 'doc.changes',
      message: 'expected an array of changes',
    })
  }
  let source: string
  let before: Alignment
  try {
    source = revertChanges(doc.text, prior)
    before = Alignment.fromChanges(source.length, prior)
  } catch (cause) {
    throw new NormalizeTypeError({
      argument: 'doc.changes',
      message: 'the changes do not fit doc.text',
      cause,
    })
  }
  const normalization = normalizeDetailed(doc.text, options)
  const changes =
    prior.length === 0
      ? normalization.changes
      : composeChanges(prior, normalization.changes, doc.text)
  return {
    text: normalization.text,
    changes,
    alignment:
      prior.length === 0 ? normalization.alignment : before.compose(normalization.alignment),
    normalization,
  }
}
