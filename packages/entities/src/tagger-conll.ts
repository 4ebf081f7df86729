/** One sentence of a CoNLL file: tokens and their IOB2 tags. */
export interface ConllSentence {
  /** The tokens. */
  words: string[]
  /** One IOB2 tag per token. */
  tags: string[]
}

/**
 * Reads a CoNLL file (`token TAG` per line, space or tab separated, blank line between
 * sentences). A BOM and U+200E / U+200F marks are dropped; lines without a tag are skipped.
 *
 * @param text - the file's text
 * @param maxSentence - cut sentences longer than this many tokens (for files without breaks)
 * @returns the sentences
 *
 * @example
 * ```ts
 * readConll('بوتين B-PERS\nقال O\n\n').length // 1
 * ```
 */
export function readConll(text: string, maxSentence = Number.POSITIVE_INFINITY): ConllSentence[] {
  const out: ConllSentence[] = []
  let cur: ConllSentence = { words: [], tags: [] }
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur)
    cur = { words: [], tags: [] }
  }
  for (const raw of text.split('\n')) {
    const line = raw
      .replaceAll('\uFEFF', '')
      .replaceAll('\u200E', '')
      .replaceAll('\u200F', '')
      .trim()
    if (line === '') {
      flush()
      continue
    }
    const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'))
    if (cut <= 0) continue
    const word = line.slice(0, cut).trim()
    if (word === '') continue
    cur.words.push(word)
    cur.tags.push(line.slice(cut + 1))
    if (cur.words.length >= maxSentence) flush()
  }
  flush()
  return out
}

/** A labelled span `[start, end)` over token indices. */
export interface TokenSpan {
  /** Entity type, e.g. `'PERS'`. */
  type: string
  /** First token. */
  start: number
  /** One past the last token. */
  end: number
}

/**
 * The spans of an IOB2 tag sequence, CoNLL style: a span starts at `B-X`, or at an `I-X` that
 * does not continue a span of type X, and runs over the following `I-X`.
 *
 * @param tags - IOB2 tags
 * @returns the spans
 *
 * @example
 * ```ts
 * spansOf(['B-PERS', 'I-PERS', 'O', 'B-LOC']) // [{ type: 'PERS', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }]
 * ```
 */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = []
  let i = 0
  while (i < tags.length) {
    const t = tags[i] as string
    if (t === 'O' || t.length < 3) {
      i++
      continue
    }
    const type = t.slice(2)
    let j = i + 1
    while (j < tags.length && tags[j] === `I-${type}`) j++
    out.push({ type, start: i, end: j })
    i = j
  }
  return out
}

/** Precision, recall and F1 (0–100) with the counts they come from. */
export interface Score {
  /** Spans found that are in the gold. */
  tp: number
  /** Spans found. */
  predicted: number
  /** Gold spans. */
  gold: number
  /** tp / predicted × 100. */
  precision: number
  /** tp / gold × 100. */
  recall: number
  /** Harmonic mean × 100. */
  f1: number
}

function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : (100 * tp) / predicted
  const recall = gold === 0 ? 0 : (100 * tp) / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, predicted, gold, precision, recall, f1 }
}

/**
 * Strict span scores (CoNLL `conlleval`): a predicted span counts only when its type, start and
 * end all equal a gold span's. Returns scores per type, `ALL` (every type) and `PLO` (PERS, LOC,
 * ORG only).
 *
 * @param gold - gold tag sequences, one per sentence
 * @param predicted - predicted tag sequences, aligned with `gold`
 * @returns scores by type
 *
 * @example
 * ```ts
 * spanScores([['B-LOC']], [['B-LOC']]).ALL.f1 // 100
 * ```
 */
export function spanScores(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): Record<string, Score> {
  const counts = new Map<string, { tp: number; p: number; g: number }>()
  const bump = (type: string, key: 'tp' | 'p' | 'g'): void => {
    for (const t of [type, 'ALL', ...(type === 'MISC' ? [] : ['PLO'])]) {
      let c = counts.get(t)
      if (!c) {
        c = { tp: 0, p: 0, g: 0 }
        counts.set(t, c)
      }
      c[key]++
    }
  }
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s] as readonly string[])
    const p = spansOf(predicted[s] as readonly string[])
    const keys = new Set(g.map((x) => `${x.type}:${x.start}:${x.end}`))
    for (const x of g) bump(x.type, 'g')
    for (const x of p) {
      bump(x.type, 'p')
      if (keys.has(`${x.type}:${x.start}:${x.end}`)) bump(x.type, 'tp')
    }
  }
  const out: Record<string, Score> = {}
  for (const t of ['ALL', 'PLO', 'PERS', 'LOC', 'ORG', 'MISC']) {
    const c = counts.get(t) ?? { tp: 0, p: 0, g: 0 }
    out[t] = score(c.tp, c.p, c.g)
  }
  return out
}
