import { NuqtaArgumentError, validateChanges } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { encodeSingleByte } from './codepages'
import { readDocuments } from './read'
import { byteRange, sourceAlignment, sourceText } from './source'
import type { Document } from './types'

async function one(input: Parameters<typeof readDocuments>[0], options = {}): Promise<Document> {
  const docs: Document[] = []
  for await (const d of readDocuments(input, options)) docs.push(d)
  expect(docs).toHaveLength(1)
  return docs[0] as Document
}

/** Index of `needle` in `hay` (bytes), or -1. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('sourceText', () => {
  it('gives back the decoded record exactly, through trimming, CRLF, boilerplate and mojibake', async () => {
    const record =
      '\uFEFF  Share on Facebook\r\nسي إن إن â € Â Â زار بوتين كورسك.\r\n\r\nadmin in: Why?\nGreat article ...\n\n'
    const doc = await one(record, { format: 'text' })
    expect(doc.text).toBe('سي إن إن — زار بوتين كورسك.')
    expect(sourceText(doc)).toBe(record)
    expect(validateChanges(record, doc.text, doc.changes)).toEqual([])
  })

  it('gives back the record with cleaning off (only tidying recorded)', async () => {
    const record = '  Line one.\r\nLine two.  '
    const doc = await one(record, { format: 'text', clean: false })
    expect(doc.text).toBe('Line one.\nLine two.')
    expect(doc.changes.map((c) => c.ruleId)).toEqual([
      'corpus/trim-whitespace',
      'corpus/line-ending',
      'corpus/trim-whitespace',
    ])
    expect(sourceText(doc)).toBe(record)
  })

  it('gives back the text field of a JSON line, not the line', async () => {
    const doc = await one('{"id":"a","text":"  Hello\\r\\nworld. "}\n')
    expect(sourceText(doc)).toBe('  Hello\r\nworld. ')
  })

  it('gives back the extracted paragraphs joined by \\n for SGML, empty ones included', async () => {
    const doc = await one(
      '<DOC id="x">\n<TEXT>\n<P>\n</P>\n<P>\n One.\n</P>\n<P>\nTwo.\n</P>\n</TEXT>\n</DOC>\n',
    )
    expect(doc.text).toBe('One.\nTwo.')
    const record = sourceText(doc)
    expect(validateChanges(record, doc.text, doc.changes)).toEqual([])
    expect(record.replace(/^\n/u, '').trim()).toBe('One.\nTwo.')
  })
})

describe('sourceAlignment', () => {
  it('maps a word of doc.text back to the same word in the record, past a removed line', async () => {
    const record = 'Share on Facebook\nKyiv was shelled.'
    const doc = await one(record, { format: 'text' })
    const align = sourceAlignment(doc)
    const [s, e] = align.toOriginal(0, 4)
    expect(record.slice(s, e)).toBe('Kyiv')
    expect(align.originalLength).toBe(record.length)
    expect(align.normalizedLength).toBe(doc.text.length)
    // the removed line maps to nothing in doc.text
    expect(align.toNormalized(0, 17)).toEqual([0, 0])
  })

  it('maps a repaired span to the mojibake it replaced', async () => {
    const record = 'Intro.\nسي إن إن â € Â Â زار'
    const doc = await one(record, { format: 'text' })
    const at = doc.text.indexOf('—')
    const [s, e] = sourceAlignment(doc).toOriginal(at, at + 1)
    expect(record.slice(s, e)).toBe('â € Â Â')
  })
})

describe('byteRange', () => {
  it('takes a word of doc.text to its exact bytes in a UTF-8 file', async () => {
    const text = '\uFEFFShare on Facebook\r\n  cafÃ© and Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© then بوتين زار كورسك\r\n'
    const bytes = utf8(text)
    const doc = await one(bytes, { name: 'news.txt' })
    expect(doc.text).toBe('café and العربية then بوتين زار كورسك')
    for (const word of ['بوتين', 'café', 'العربية', 'كورسك']) {
      const at = doc.text.indexOf(word)
      const [s, e] = sourceAlignment(doc).toOriginal(at, at + word.length)
      const range = byteRange(doc, s, e)
      const original = sourceText(doc).slice(s, e)
      const found = indexOfBytes(bytes, utf8(original))
      expect(found).toBeGreaterThan(0)
      expect(range).toEqual([found, found + utf8(original).length])
    }
  })

  it('takes a word of doc.text to its exact bytes in a Windows-1256 file', async () => {
    const text =
      'Share on Facebook\r\nقال الكرملين إن بوتين زار كورسك أمس.\r\nوأضاف المتحدث أن الزيارة تمت.\r\n'
    const bytes = encodeSingleByte(text, 'windows-1256') as Uint8Array
    const doc = await one(bytes, { name: 'news.txt' })
    expect(doc.source.encoding).toBe('windows-1256')
    for (const word of ['بوتين', 'المتحدث', 'تمت.']) {
      const at = doc.text.indexOf(word)
      const [s, e] = sourceAlignment(doc).toOriginal(at, at + word.length)
      const needle = encodeSingleByte(word, 'windows-1256') as Uint8Array
      const found = indexOfBytes(bytes, needle)
      expect(byteRange(doc, s, e)).toEqual([found, found + needle.length])
    }
  })

  it('counts two bytes per code unit in UTF-16, after the BOM', async () => {
    const text = 'Share on Facebook\nمرحبا Kyiv'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const doc = await one(bytes)
    const at = doc.text.indexOf('Kyiv')
    const [s, e] = sourceAlignment(doc).toOriginal(at, at + 4)
    const start = 2 + 2 * text.indexOf('Kyiv')
    expect(byteRange(doc, s, e)).toEqual([start, start + 8])
  })

  it('gives undefined where the record is not a verbatim slice of the bytes', async () => {
    const jsonl = await one('{"text":"caf\\u00e9 \\"quoted\\""}\n')
    expect(byteRange(jsonl, 0, 4)).toBeUndefined()
    const broken = await one(new Uint8Array([0x61, 0xc3, 0x28, 0x62, 0x63]), {
      format: 'text',
      encoding: 'utf-8',
    })
    expect(sourceText(broken)).toContain('\uFFFD')
    expect(byteRange(broken, 0, 1)).toEqual([0, 1])
    expect(byteRange(broken, 0, sourceText(broken).length)).toBeUndefined()
  })

  it('throws a NuqtaArgumentError for a span outside the record text', async () => {
    const doc = await one('abc', { format: 'text' })
    expect(() => byteRange(doc, 2, 9)).toThrowError(/past the record text/u)
    expect(() => byteRange(doc, 2, 1)).toSatisfy(() => {
      try {
        byteRange(doc, 2, 1)
      } catch (e) {
        return NuqtaArgumentError.isInstance(e)
      }
      return false
    })
  })
})
