import { applyChanges, revertChanges, type TextChange, validateChanges } from '@nuqta/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arabicText } from '../test/arbitraries'
import { normalizeDocument } from './document'
import { NormalizeTypeError } from './errors'
import { arabicLexicon } from './lexicon-data'
import { normalizeDetailed } from './normalize'
import type { NormalizeOptions } from './types'

const corpusChange = (
  start: number,
  before: string,
  after: string,
  kind: TextChange['kind'],
): Omit<TextChange, 'outputStart' | 'outputEnd'> => ({
  start,
  end: start + before.length,
  before,
  after,
  ruleId: `corpus/${kind}`,
  source: '@nuqta/corpus',
  reason: 'made up by the test',
  kind,
})

/**
 * A source text and corpus-like changes to it (removed lines, repaired runs, inserted paragraph
 * breaks), as a corpus reader would record them between the decoded record and `doc.text`.
 */
const documents = fc
  .tuple(
    arabicText,
    fc.array(
      fc.record({
        at: fc.nat(),
        length: fc.integer({ min: 0, max: 8 }),
        kind: fc.constantFrom('removal', 'repair', 'insertion'),
        repaired: fc.constantFrom('é', 'ي', 'الأ', '—', 'ﻻ', 'ـ', '\u064e', ' '),
      }),
      { maxLength: 6 },
    ),
  )
  .map(([source, picks]) => {
    const changes: TextChange[] = []
    let pos = 0
    let delta = 0
    const spans = [...picks].sort((a, b) => a.at - b.at)
    for (const p of spans) {
      const start = Math.max(pos, source.length === 0 ? 0 : p.at % (source.length + 1))
      if (start > source.length) break
      const before =
        p.kind === 'insertion' ? '' : source.slice(start, Math.min(source.length, start + p.length))
      const after = p.kind === 'removal' ? '' : p.kind === 'insertion' ? '\n\n' : p.repaired
      if (before === after || (p.kind !== 'insertion' && before === '')) continue
      const c = corpusChange(start, before, after, p.kind)
      changes.push({ ...c, outputStart: start + delta, outputEnd: start + delta + after.length })
      delta += after.length - before.length
      // a later change starts after this one (an insertion right after another change is fine)
      pos = c.end + (before === '' ? 1 : 0)
    }
    return { source, text: applyChanges(source, changes), changes }
  })

const PROFILES: NormalizeOptions[] = (['display', 'search', 'camel', 'lucene'] as const).map(
  (profile) => ({ profile, lexicon: arabicLexicon }),
)
const runs = { numRuns: Number(process.env.FC_RUNS ?? 300) }

/** Positions of `text` inside no change's output span: text no step changed. */
function unchanged(length: number, changes: readonly TextChange[]): boolean[] {
  const keep = new Array<boolean>(length).fill(true)
  for (const c of changes) for (let j = c.outputStart; j < c.outputEnd; j++) keep[j] = false
  return keep
}

describe('normalizeDocument', () => {
  it('composes a removed line with normalization, back to the source text', () => {
    const removal: TextChange = {
      start: 0,
      end: 6,
      outputStart: 0,
      outputEnd: 0,
      before: 'Share\n',
      after: '',
      ruleId: 'corpus/boilerplate-share',
      source: '@nuqta/corpus',
      reason: 'share widget',
      kind: 'removal',
    }
    const r = normalizeDocument({ text: 'قال أحمد', changes: [removal] }, 'search')
    expect(r.text).toBe('قال احمد')
    expect(r.alignment.toOriginal(4, 8)).toEqual([10, 14])
    expect(r.changes.map((c) => [c.ruleId, c.start, c.end, c.before, c.after])).toEqual([
      ['corpus/boilerplate-share', 0, 6, 'Share\n', ''],
      ['normalize/alef', 10, 11, 'أ', 'ا'],
    ])
    expect(r.normalization.changes.map((c) => [c.ruleId, c.start])).toEqual([['normalize/alef', 4]])
  })

  it('is the plain normalization for a text without changes', () => {
    const r = normalizeDocument({ text: 'ﷲ أكبر' }, 'search')
    const plain = normalizeDetailed('ﷲ أكبر', 'search')
    expect(r.text).toBe(plain.text)
    expect(r.changes).toEqual(plain.changes)
    expect(r.alignment.toOriginal(5, 9)).toEqual(plain.alignment.toOriginal(5, 9))
  })

  it('rejects what is not a document, and changes that do not fit the text', () => {
    expect(() => normalizeDocument(null as never)).toThrow(NormalizeTypeError)
    expect(() => normalizeDocument({ text: 3 } as never)).toThrow(/doc\.text/u)
    const bad: TextChange = {
      start: 0,
      end: 1,
      outputStart: 5,
      outputEnd: 9,
      before: 'x',
      after: 'abcd',
      ruleId: 'corpus/x',
      source: '@nuqta/corpus',
      reason: 'x',
      kind: 'repair',
    }
    let caught: unknown
    try {
      normalizeDocument({ text: 'ab', changes: [bad] })
    } catch (e) {
      caught = e
    }
    expect(NormalizeTypeError.isInstance(caught)).toBe(true)
    expect((caught as NormalizeTypeError).argument).toBe('doc.changes')
    expect((caught as NormalizeTypeError).cause).toBeDefined()
  })

  for (const options of PROFILES) {
    describe(`on random documents (${options.profile}, lexicon on)`, () => {
      it('gives an exact edit script from the source text to the normalized text', () => {
        fc.assert(
          fc.property(documents, (doc) => {
            expect(revertChanges(doc.text, doc.changes)).toBe(doc.source)
            const r = normalizeDocument(doc, options)
            expect(validateChanges(doc.source, r.text, r.changes)).toEqual([])
            expect(r.alignment.originalLength).toBe(doc.source.length)
            expect(r.alignment.normalizedLength).toBe(r.text.length)
          }),
          runs,
        )
      })

      it('maps a span of the normalized text back onto the same characters of the source', () => {
        fc.assert(
          fc.property(documents, fc.nat(), fc.nat(), (doc, p, q) => {
            const r = normalizeDocument(doc, options)
            const n = r.text.length
            const a = n === 0 ? 0 : p % (n + 1)
            const b = a + (n - a === 0 ? 0 : q % (n - a + 1))
            const [x, y] = r.alignment.toOriginal(a, b)
            expect(0 <= x && x <= y && y <= doc.source.length).toBe(true)
            // every character no step changed maps to a group of the source that holds it, inside
            // the mapped span: the character alone, or with the edit next to it (a removed mark
            // stays with its letter, an NFKC segment is one group)
            const keep = unchanged(n, r.changes)
            for (let j = a; j < b; j++) {
              if (!keep[j]) continue
              const [s, e] = r.alignment.toOriginal(j, j + 1)
              expect(doc.source.slice(s, e)).toContain(r.text[j])
              expect(x <= s && e <= y).toBe(true)
            }
            // and the mapped span maps forward onto a span that holds those characters again
            const [u, v] = r.alignment.toNormalized(x, y)
            for (let j = a; j < b; j++) if (keep[j]) expect(u <= j && j < v).toBe(true)
          }),
          runs,
        )
      })

      it('maps spans monotonically', () => {
        fc.assert(
          fc.property(documents, fc.nat(), fc.nat(), fc.nat(), (doc, p, q, t) => {
            const r = normalizeDocument(doc, options)
            const n = r.text.length
            const [a, b, c] = [p, q, t]
              .map((v) => (n === 0 ? 0 : v % (n + 1)))
              .sort((i, j) => i - j) as [number, number, number]
            // spans that start and end later map to spans that start and end no earlier
            fc.pre(a < b && b < c)
            const [x1, y1] = r.alignment.toOriginal(a, b)
            const [x2, y2] = r.alignment.toOriginal(b, c)
            const [x3, y3] = r.alignment.toOriginal(a, c)
            expect([x1 <= x2, y1 <= y2, x3 === x1, y3 === y2]).toEqual([true, true, true, true])
          }),
          runs,
        )
      })
    })
  }
})
