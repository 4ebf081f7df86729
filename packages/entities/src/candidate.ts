/**
 * A mention before linking: where it is, what it names, the words it is made of (for the
 * linker's keys) and the known entity it matched, if any.
 * @module
 */

import type { KnownEntity } from './gazetteer'
import type { EntityType } from './tagger'

/** How a candidate was found. */
export type CandidateSource = 'gazetteer' | 'skeleton' | 'rule' | 'tagger' | 'english'

/** A mention before linking. */
export interface Candidate {
  /** Start in the text passed to `extract` (UTF-16). */
  start: number
  /** End (exclusive). */
  end: number
  /** The mention's text, `text.slice(start, end)`. */
  text: string
  /** What it names. */
  type: EntityType
  /** 0–1. */
  confidence: number
  /** The script it is written in. */
  lang: 'ar' | 'en'
  /** Its words, search-normalized (Arabic) or as written (English), clitics removed. */
  words: string[]
  /** The known entity it matched, if any. */
  entity: KnownEntity | undefined
  /** How it was found. */
  source: CandidateSource
}
