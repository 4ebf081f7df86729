// The worked example of ARCHITECTURE.md: file bytes → Document → normalized text → a span back in
// the file. Every step is the packages' public API; nothing re-finds a span by searching the source.
import { validateChanges } from '@nuqta/core'
import { byteRange, readDocuments, sourceAlignment, sourceText } from '@nuqta/corpus'
import { normalizeDocument } from '@nuqta/normalize'
import { describe, expect, it } from 'vitest'

/** UTF-8 Arabic decoded as Windows-1252 (the classic mojibake), built with a real cp1252 table. */
function asMojibake(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
  let out = ''
  for (const b of new TextEncoder().encode(text)) {
    out += b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b)
  }
  return out
}

const article = [
  'Share this article on Facebook | Twitter | WhatsApp | Email',
  `${asMojibake('وقال المتحدث باسم الحكومة')} إن الوفد زار مدينة خاركيفَ أمس وعقد لقاءات مع المسؤولين.`,
  'وأضاف أن المحادثات ستستمر خلال الأسبوع المقبل في العاصمة.',
  '',
].join('\n')
const bytes = new TextEncoder().encode(article)

async function readOne() {
  const docs = []
  for await (const d of readDocuments(bytes, { name: 'worked.txt' })) docs.push(d)
  expect(docs).toHaveLength(1)
  return docs[0] as (typeof docs)[number]
}

describe('worked example: a word in search-normalized text back to its bytes', () => {
  it('removes the share line, repairs the mojibake, and records both as changes', async () => {
    const doc = await readOne()
    const rules = doc.changes.map((c) => c.ruleId)
    expect(rules.some((r) => r.startsWith('corpus/boilerplate'))).toBe(true)
    expect(rules.some((r) => r.startsWith('corpus/mojibake'))).toBe(true)
    expect(doc.text.startsWith('وقال المتحدث باسم الحكومة إن الوفد')).toBe(true)
    expect(sourceText(doc)).toBe(article)
    expect(validateChanges(sourceText(doc), doc.text, doc.changes)).toEqual([])
  })

  it('maps the word found in the normalized text to its exact byte range in the file', async () => {
    const doc = await readOne()
    const n = normalizeDocument(doc, 'search')
    const at = n.text.indexOf('خاركيف') // the user finds a word in the normalized text
    expect(at).toBeGreaterThan(0)
    const [s, e] = n.alignment.toOriginal(at, at + 'خاركيف'.length)
    const record = sourceText(doc)
    expect(record.slice(s, e)).toBe('خاركيفَ') // the diacritic removed by `search` comes back with it
    const [b0, b1] = byteRange(doc, s, e) as [number, number]
    const word = new TextEncoder().encode('خاركيفَ')
    expect(bytes.slice(b0, b1)).toEqual(word)
    // the same answer a byte search of the file gives
    const hay = Buffer.from(bytes)
    expect(b0).toBe(hay.indexOf(Buffer.from(word)))
    // the first word of doc.text came from the mojibake run: it maps back into that run (a repair
    // is one group, so the span is the whole repaired run, never the removed share line before it)
    const [m0, m1] = sourceAlignment(doc).toOriginal(0, 4)
    const run = asMojibake('وقال المتحدث باسم الحكومة')
    expect(m0).toBe(record.indexOf(run))
    expect(record.slice(m0, m1)).toBe(run)
  })
})
