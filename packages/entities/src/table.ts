/**
 * The corpus-level entity table: one row per entity id over many documents, with canonical
 * Arabic and English names, every surface form and the number of mentions per document.
 * @module
 */

import { NuqtaArgumentError } from '@nuqta/core'
import type { Extractor, Mention } from './extract'
import { createExtractor } from './extract'
import { scriptCounts } from './script'
import type { EntityType } from './tagger'

/**
 * One entity of an {@link entityTable}.
 *
 * @example
 * ```ts
 * const row: EntityRecord = {
 *   id: 'Q3874799', type: 'PERSON', ar: 'فولوديمير زيلينسكي', en: 'Volodymyr Zelensky',
 *   forms: ['Zelensky', 'زيلينسكى'], counts: { a: 2, b: 1 }, total: 3,
 * }
 * ```
 */
export interface EntityRecord {
  /** The entity id shared by all its mentions. @example `'Q3874799'` */
  id: string
  /** Its type (the most frequent among its mentions). @example `'PERSON'` */
  type: EntityType
  /**
   * Canonical Arabic name: the curated or gazetteer name when the id is known, otherwise the most
   * frequent (then longest) Arabic-script form; '' when none was seen. @example `'فولوديمير زيلينسكي'`
   */
  ar: string
  /** Canonical English name, the same way. @example `'Volodymyr Zelensky'` */
  en: string
  /** Every surface form seen, most frequent first. @example `['Zelensky', 'زيلينسكى']` */
  forms: string[]
  /** Mentions per document id (documents without a mention left out). @example `{ a: 2 }` */
  counts: Record<string, number>
  /** All mentions. @example `3` */
  total: number
}

/**
 * One document's mentions, as {@link entityTable} takes them.
 *
 * @example
 * ```ts
 * const d: DocumentMentions = { id: 'a', mentions: extract('قال بوتين') }
 * ```
 */
export interface DocumentMentions {
  /** The document's id. @example `'a'` */
  readonly id: string
  /** Its mentions (from {@link extract} or {@link extractDocument}). @example `[]` */
  readonly mentions: readonly Mention[]
}

interface Acc {
  types: Map<EntityType, number>
  forms: Map<string, number>
  counts: Record<string, number>
  total: number
}

/**
 * Builds the entity table of a corpus: one row per entity id, most mentioned first (ties by id).
 *
 * @param docs - each document's id and mentions
 * @param extractor - where canonical names of known ids come from (default: the default
 *   extractor; pass the one that made the mentions when it has cities)
 * @returns the rows
 * @throws NuqtaArgumentError when `docs` is not iterable or a document lacks an id or mentions
 *
 * @example
 * ```ts
 * const table = entityTable([
 *   { id: 'ar', mentions: extract('قال الرئيس الأوكرانى زيلينسكى') },
 *   { id: 'en', mentions: extract('Mr. Zelensky said.') },
 * ])
 * table[0] // { id: 'Q3874799', ar: 'فولوديمير زيلينسكي', en: 'Volodymyr Zelensky', counts: { ar: 1, en: 1 }, … }
 * ```
 */
export function entityTable(
  docs: Iterable<DocumentMentions>,
  extractor: Extractor = createExtractor(),
): EntityRecord[] {
  if (
    docs === null ||
    typeof (docs as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function'
  ) {
    throw new NuqtaArgumentError({
      argument: 'docs',
      message: 'expected an iterable of { id, mentions }',
    })
  }
  const acc = new Map<string, Acc>()
  for (const d of docs) {
    if (typeof d?.id !== 'string' || !Array.isArray(d.mentions)) {
      throw new NuqtaArgumentError({
        argument: 'docs',
        message: 'each document needs a string id and an array of mentions',
      })
    }
    for (const m of d.mentions) {
      let a = acc.get(m.id)
      if (!a) {
        a = { types: new Map(), forms: new Map(), counts: {}, total: 0 }
        acc.set(m.id, a)
      }
      a.types.set(m.type, (a.types.get(m.type) ?? 0) + 1)
      a.forms.set(m.text, (a.forms.get(m.text) ?? 0) + 1)
      a.counts[d.id] = (a.counts[d.id] ?? 0) + 1
      a.total++
    }
  }
  const rows: EntityRecord[] = []
  for (const [id, a] of acc) {
    const forms = [...a.forms].sort(
      (x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1),
    )
    const known = extractor.canonical(id)
    const pick = (arabic: boolean): string => {
      for (const [f] of forms) {
        const [ar, la] = scriptCounts(f, 0, f.length)
        if (arabic ? ar > la : la > ar) return f
      }
      return ''
    }
    let type: EntityType = 'MISC'
    let n = -1
    for (const [t, v] of a.types) if (v > n) [type, n] = [t, v]
    rows.push({
      id,
      type,
      ar: known?.ar || pick(true),
      en: known?.en || pick(false),
      forms: forms.map(([f]) => f),
      counts: a.counts,
      total: a.total,
    })
  }
  return rows.sort((x, y) => y.total - x.total || (x.id < y.id ? -1 : 1))
}
