/**
 * Sorts a document's `changes` (the edit script from the record text to `doc.text`, from
 * `@nuqta/corpus`) into what the explorer shows: repairs marked in the cleaned text (each change
 * already carries its span there, `outputStart`/`outputEnd`), and removed lines. No text is
 * searched for: positions come from the changes alone.
 */
import type { Document } from '@nuqta/corpus'

/** One change of a document (`TextChange` from `@nuqta/core`). */
export type TextChange = Document['changes'][number]

/** A repair with its span in the cleaned text. */
export interface PlacedRepair {
  /** The change that made the repair. */
  repair: TextChange
  /** Start of its `after` text in the cleaned text. */
  start: number
  /** End (exclusive) of its `after` text in the cleaned text. */
  end: number
}

/** The changes of a document the explorer lists. */
export interface ChangeGroups {
  /** Repairs (kind `repair`), with their span in the cleaned text, in text order. */
  repairs: PlacedRepair[]
  /** Removed text that is more than whitespace (boilerplate lines, dropped headings), in order. */
  removed: TextChange[]
}

/** Splits `changes` into repairs (placed in the cleaned text) and removed lines. */
export function groupChanges(changes: readonly TextChange[]): ChangeGroups {
  const repairs: PlacedRepair[] = []
  const removed: TextChange[] = []
  for (const c of changes) {
    if (c.kind === 'repair') repairs.push({ repair: c, start: c.outputStart, end: c.outputEnd })
    else if (c.kind === 'removal' && c.before.trim() !== '') removed.push(c)
  }
  return { repairs, removed }
}
