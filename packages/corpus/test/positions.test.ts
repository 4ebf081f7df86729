// Property tests of the position model (fast-check), on random text and on every corpus article in
// every format and encoding the reader supports: sourceText(doc) is the decoded record exactly,
// doc.changes is an exact edit script from it to doc.text, and spans of doc.text map back through
// sourceAlignment(doc) monotonically onto the same characters (up to the change that made them).
import { type Alignment, type TextChange, validateChanges } from '@nuqta/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocuments, sourceAlignment, sourceText } from '../src/index'
import type { Document } from '../src/types'
// @ts-expect-error plain ESM helper without types
import { asCp1252 } from './cleaning/eval/mojibake-cases.mjs'
import {
  type Article,
  arrowOf,
  articles,
  concatBytes,
  ENCODINGS,
  encode,
  gzip,
  parquetOf,
  reported,
  type TestEncoding,
  type TextFormat,
  warcFor,
  wetFor,
  wrapText,
} from './make-fixtures'

const all = articles()
const label = (enc: TestEncoding): string => (enc.startsWith('utf-16') ? 'UTF-16' : reported(enc))
const TEXT_FORMATS: TextFormat[] = ['text', 'jsonl', 'csv', 'tsv', 'sgml', 'abu-el-khair', 'html']

async function read(input: Uint8Array | string, options = {}): Promise<Document[]> {
  const docs: Document[] = []
  for await (const d of readDocuments(input, options)) docs.push(d)
  return docs
}

/** The change whose output span holds output unit `j` (an insertion holds nothing), if any. */
function changeAt(changes: readonly TextChange[], j: number): TextChange | undefined {
  let lo = 0
  let hi = changes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = changes[mid] as TextChange
    if (c.outputEnd <= j) lo = mid + 1
    else if (c.outputStart > j) hi = mid - 1
    else return c
  }
  return undefined
}

/**
 * Checks every unit of doc.text mapped back to the record (one pass, so each document costs
 * O(n log n) whatever the number of random spans): a unit outside the changes lands on the same
 * character, a unit inside a change lands inside that change's `before`.
 */
function checkUnits(doc: Document, record: string, align: Alignment): void {
  for (let j = 0; j < doc.text.length; j++) {
    const [s, e] = align.toOriginal(j, j + 1)
    const c = changeAt(doc.changes, j)
    if (c === undefined) {
      expect(e - s).toBe(1)
      expect(record[s]).toBe(doc.text[j])
    } else {
      expect(s).toBeGreaterThanOrEqual(c.start)
      expect(e).toBeLessThanOrEqual(c.end)
    }
  }
}

/** Maps one span of doc.text back; a span touching no change maps to the identical text. */
function checkSpan(
  doc: Document,
  record: string,
  align: Alignment,
  start: number,
  end: number,
): [number, number] {
  const [os, oe] = align.toOriginal(start, end)
  expect(os).toBeLessThanOrEqual(oe)
  // insertions and removals between units also count as touching
  const touched = doc.changes.some((c) => c.outputStart < end && c.outputEnd >= start)
  if (!touched && end > start) expect(record.slice(os, oe)).toBe(doc.text.slice(start, end))
  return [os, oe]
}

/** Every position check on one document whose decoded record text is `record`. */
function checkDocument(doc: Document, record: string, runs: number, seed: number): void {
  expect(sourceText(doc)).toBe(record)
  expect(validateChanges(record, doc.text, doc.changes)).toEqual([])
  const align = sourceAlignment(doc)
  expect(align.originalLength).toBe(record.length)
  expect(align.normalizedLength).toBe(doc.text.length)
  checkUnits(doc, record, align)
  const n = doc.text.length
  const span = fc
    .tuple(fc.nat({ max: n }), fc.nat({ max: n }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number])
  fc.assert(
    fc.property(span, span, ([s1, e1], [s2, e2]) => {
      const [a1, b1] = checkSpan(doc, record, align, s1, e1)
      const [a2, b2] = checkSpan(doc, record, align, s2, e2)
      // monotone: a span that starts (ends) later maps to one that starts (ends) no earlier
      if (s1 <= s2) expect(a1).toBeLessThanOrEqual(a2)
      if (e1 <= e2) expect(b1).toBeLessThanOrEqual(b2)
    }),
    { numRuns: runs, seed },
  )
}

describe('positions on random text', () => {
  const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة'
  const word = fc
    .array(fc.constantFrom(...ARABIC, ...'abcdefghijKLMNOP0123', 'é', '—', '“'), {
      minLength: 1,
      maxLength: 10,
    })
    .map((a) => a.join(''))
  const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u00a0')
  const plainLine = fc
    .tuple(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 8 }), word)
    .map(([ws, last]) => ws.map(([w, s]) => w + s).join('') + last)
  const line = fc.oneof(
    plainLine,
    plainLine.map((l) => asCp1252(new TextEncoder().encode(l)) as string),
    fc.constantFrom('Share on Facebook', 'اقرأ أيضا: خبر آخر', 'admin in: Why?', 'Great post ...'),
    fc.constantFrom('', ' ', '\t'),
  )
  const ending = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n \n')
  const text = fc
    .tuple(
      fc.constantFrom('', '\uFEFF', '  ', '\n'),
      fc.array(fc.tuple(line, ending), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('', ' ', '\n', '\r\n  '),
    )
    .map(([head, lines, tail]) => head + lines.map(([l, e]) => l + e).join('') + tail)

  it('keeps sourceText, the changes and the alignment exact, cleaned or not', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (input, clean) => {
        const docs = await read(input, { format: 'text', clean })
        expect(docs).toHaveLength(1)
        checkDocument(docs[0] as Document, input, 20, 1)
      }),
      { numRuns: 300, seed: 8 },
    )
  })
})

describe('positions on every corpus article in every format and encoding', () => {
  for (const a of all) {
    it(`${a.stem}: ${TEXT_FORMATS.join(', ')} in every encoding, plain and gzipped`, async () => {
      let checked = 0
      for (const format of TEXT_FORMATS) {
        for (const enc of ENCODINGS) {
          const bytes = encode(wrapText(a, format).replace('ENCODING', label(enc)), enc)
          if (!bytes) continue
          for (const input of [bytes, gzip(bytes)]) {
            const docs = await read(input, { name: format === 'text' ? a.file : `${a.stem}.x` })
            expect(docs, `${format} ${enc}`).toHaveLength(1)
            checkDocument(docs[0] as Document, a.text, 10, checked)
            checked++
          }
        }
      }
      expect(checked).toBeGreaterThanOrEqual(70)
    })

    it(`${a.stem}: WARC response in every encoding and WET`, async () => {
      for (const enc of ENCODINGS) {
        const html = encode(wrapText(a, 'html').replace('ENCODING', label(enc)), enc)
        if (!html) continue
        const docs = await read(concatBytes(warcFor(a, html, label(enc))))
        expect(docs).toHaveLength(1)
        checkDocument(docs[0] as Document, a.text, 10, 2)
      }
      const [wet] = await read(wetFor(a))
      checkDocument(wet as Document, a.text, 10, 3)
    })
  }

  it('Parquet and Arrow of all articles', async () => {
    for (const bytes of [parquetOf(all), arrowOf(all), arrowOf(all, 'stream')]) {
      const docs = await read(bytes)
      expect(docs).toHaveLength(all.length)
      for (const [i, d] of docs.entries()) checkDocument(d, (all[i] as Article).text, 10, i)
    }
  })

  it('every article cleaned off too, as plain UTF-8 text', async () => {
    for (const a of all) {
      const [doc] = await read(new TextEncoder().encode(a.text), { clean: false, name: a.file })
      checkDocument(doc as Document, a.text, 20, 4)
    }
  })
})
