// Scoring of extract() against the hand-annotated development set (gold.json): strict span + type
// F1 per type and language, false positives on the traps, and pairwise linking F1 over the
// mentions found with the right span. Used by devset.test.ts and scripts/devset.ts.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Mention } from '../../src/index'

export interface GoldMention {
  start: number
  end: number
  text: string
  type: string
  entity: string
}
export interface GoldDoc {
  file: string
  lang: 'ar' | 'en'
  mentions: GoldMention[]
}

const here = dirname(fileURLToPath(import.meta.url))
export const corpusDir = join(here, '..', '..', '..', '..', 'corpus')
export const gold: GoldDoc[] = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'))
export const textOf = (file: string): string => readFileSync(join(corpusDir, file), 'utf8')

/**
 * The traps: nationality adjectives and the accusative that looks like a country, wherever they
 * stand outside a gold mention. A predicted mention overlapping one is a trap false positive.
 */
const TRAP_WORDS = [
  'الروسي',
  'الروسية',
  'الروسى',
  'روسي',
  'روسية',
  'روسيين',
  'الأوكراني',
  'الأوكرانية',
  'الأوكرانى',
  'أوكرانية',
  'أوكرانيين',
  'الأوكرانيين',
  'الأمريكي',
  'الأمريكية',
  'أمريكية',
  'البيلاروسى',
  'البيلاروسية',
  'الأرمينية',
  'الأذربيجانية',
  'الغربية',
  'كوريين',
  'الشماليين',
  'جنديا أوكرانيا',
  'Russian',
  'Ukrainian',
  'French',
  'British',
  'Chechen',
  'Western',
]

export function traps(
  doc: GoldDoc,
  text: string,
): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = []
  const isL = (c: number) =>
    (c >= 0x621 && c <= 0x64a) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  for (const w of TRAP_WORDS) {
    let a = text.indexOf(w)
    while (a >= 0) {
      const e = a + w.length
      const before = text.charCodeAt(a - 1)
      const okBefore =
        a === 0 ||
        !isL(before) ||
        (w.charCodeAt(0) > 0x600 &&
          'وفبلك'.includes(text.charAt(a - 1)) &&
          !isL(text.charCodeAt(a - 2)))
      if (
        okBefore &&
        !isL(text.charCodeAt(e)) &&
        !doc.mentions.some((m) => m.start < e && a < m.end)
      ) {
        // for the accusative trap the country word is what must not be taken
        out.push(
          w === 'جنديا أوكرانيا'
            ? { start: a + 6, end: e, text: 'أوكرانيا' }
            : { start: a, end: e, text: w },
        )
      }
      a = text.indexOf(w, a + 1)
    }
  }
  return out
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}
const f1 = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export interface Score {
  /** `${lang} ${type}` and `${lang} ALL` → counts and P/R/F */
  table: Record<string, Counts & { p: number; r: number; f: number }>
  trapFalsePositives: Array<{ file: string; text: string; start: number }>
  linking: { p: number; r: number; f: number; pairsGold: number; pairsPredicted: number }
  misc: number
  errors: Array<{ file: string; kind: 'fp' | 'fn'; text: string; type: string; start: number }>
}

export function score(predict: (text: string, doc: GoldDoc) => Mention[]): Score {
  const counts: Record<string, Counts> = {}
  const add = (k: string, f: keyof Counts) => {
    counts[k] ??= { tp: 0, fp: 0, fn: 0 }
    ;(counts[k] as Counts)[f]++
  }
  const trapFalsePositives: Score['trapFalsePositives'] = []
  const errors: Score['errors'] = []
  const matched: Array<{ gold: string; id: string }> = []
  let misc = 0
  for (const doc of gold) {
    const text = textOf(doc.file)
    const pred = predict(text, doc)
    const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`
    const goldKeys = new Map(doc.mentions.map((m) => [key(m), m]))
    const predKeys = new Set<string>()
    for (const m of pred) {
      if (m.type === 'MISC') {
        misc++
        continue
      }
      const k = key(m)
      predKeys.add(k)
      const g = goldKeys.get(k)
      if (g) {
        add(`${doc.lang} ${m.type}`, 'tp')
        add(`${doc.lang} ALL`, 'tp')
        matched.push({ gold: g.entity, id: m.id })
      } else {
        add(`${doc.lang} ${m.type}`, 'fp')
        add(`${doc.lang} ALL`, 'fp')
        errors.push({ file: doc.file, kind: 'fp', text: m.text, type: m.type, start: m.start })
      }
    }
    for (const g of doc.mentions) {
      if (predKeys.has(key(g))) continue
      add(`${doc.lang} ${g.type}`, 'fn')
      add(`${doc.lang} ALL`, 'fn')
      errors.push({ file: doc.file, kind: 'fn', text: g.text, type: g.type, start: g.start })
    }
    for (const t of traps(doc, text)) {
      const hit = pred.find((m) => m.start < t.end && t.start < m.end)
      if (hit) trapFalsePositives.push({ file: doc.file, text: hit.text, start: hit.start })
    }
  }
  // pairwise linking over the correctly found mentions, across documents and languages
  let both = 0
  let goldPairs = 0
  let predPairs = 0
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const a = matched[i] as { gold: string; id: string }
      const b = matched[j] as { gold: string; id: string }
      const g = a.gold === b.gold
      const p = a.id === b.id
      if (g) goldPairs++
      if (p) predPairs++
      if (g && p) both++
    }
  }
  const lp = predPairs === 0 ? 0 : both / predPairs
  const lr = goldPairs === 0 ? 0 : both / goldPairs
  const table: Score['table'] = {}
  for (const [k, c] of Object.entries(counts)) table[k] = { ...c, ...f1(c) }
  return {
    table,
    trapFalsePositives,
    linking: {
      p: lp,
      r: lr,
      f: lp + lr === 0 ? 0 : (2 * lp * lr) / (lp + lr),
      pairsGold: goldPairs,
      pairsPredicted: predPairs,
    },
    misc,
    errors,
  }
}
