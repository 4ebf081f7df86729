/**
 * Places `@nuqta/corpus` repairs in a document's cleaned text. Repair offsets are in the text
 * before cleaning (what `readDocuments(…, { clean: false })` returns); the cleaned text is the
 * repaired text with boilerplate lines dropped and paragraphs joined by `\n`. So each repair is
 * applied to the raw text to find where it lands in the repaired text, and each cleaned paragraph
 * is found, in order, in the repaired text.
 */

/** The part of a `Repair` from `@nuqta/corpus` the explorer needs. */
export interface RepairLike {
  /** Rule id, e.g. `mojibake/lossy-spaced-run`. */
  ruleId: string
  /** Start in the text before cleaning (UTF-16 code units). */
  start?: number
  /** End (exclusive) in the text before cleaning. */
  end?: number
  /** The text before the repair. */
  before: string
  /** The text after the repair. */
  after: string
  /** How sure the repair is, 0 to 1. */
  confidence: number
}

/** The part of a cleaned `Paragraph` the explorer needs. */
export interface ParagraphLike {
  /** The paragraph's text. */
  text: string
  /** Start in the cleaned text. */
  start: number
  /** End (exclusive) in the cleaned text. */
  end: number
}

/** A repair with its span in the cleaned text. */
export interface PlacedRepair<R extends RepairLike = RepairLike> {
  /** The repair. */
  repair: R
  /** Start of its `after` text in the cleaned text. */
  start: number
  /** End (exclusive) of its `after` text in the cleaned text. */
  end: number
}

/** Where each repair landed: placed in the cleaned text, or not (in removed text, or no offsets). */
export interface RepairPlacement<R extends RepairLike = RepairLike> {
  /** Repairs found in the cleaned text, in text order. */
  placed: PlacedRepair<R>[]
  /** Repairs that are not in the cleaned text (their line was removed, or their offsets are off). */
  unplaced: R[]
}

/** Places each repair of `repairs` in the cleaned text made of `paragraphs`; see the module doc. */
export function placeRepairs<R extends RepairLike>(
  rawText: string,
  paragraphs: readonly ParagraphLike[],
  repairs: readonly R[],
): RepairPlacement<R> {
  const unplaced: R[] = []
  const inRepaired: { repair: R; start: number; end: number }[] = []
  let repaired = ''
  let cursor = 0
  const sorted = [...repairs].sort((a, b) => (a.start ?? -1) - (b.start ?? -1))
  for (const repair of sorted) {
    const { start, end } = repair
    if (
      start === undefined ||
      end === undefined ||
      start < cursor ||
      rawText.slice(start, end) !== repair.before
    ) {
      unplaced.push(repair)
      continue
    }
    repaired += rawText.slice(cursor, start)
    const at = repaired.length
    repaired += repair.after
    inRepaired.push({ repair, start: at, end: repaired.length })
    cursor = end
  }
  repaired += rawText.slice(cursor)

  // Each cleaned paragraph is a piece of the repaired text, in order.
  const found: { from: number; paragraph: ParagraphLike }[] = []
  let searchFrom = 0
  for (const paragraph of paragraphs) {
    const from = repaired.indexOf(paragraph.text, searchFrom)
    if (from === -1) continue
    found.push({ from, paragraph })
    searchFrom = from + paragraph.text.length
  }

  const placed: PlacedRepair<R>[] = []
  for (const item of inRepaired) {
    const host = found.find(
      ({ from, paragraph }) => from <= item.start && item.end <= from + paragraph.text.length,
    )
    if (host === undefined) {
      unplaced.push(item.repair)
      continue
    }
    const offset = host.paragraph.start - host.from
    placed.push({ repair: item.repair, start: item.start + offset, end: item.end + offset })
  }
  return { placed, unplaced }
}
