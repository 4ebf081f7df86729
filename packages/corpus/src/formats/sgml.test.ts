import { describe, expect, it } from 'vitest'
import { readDocuments } from '../read'
import type { Document } from '../types'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

/** FNV-1a over UTF-16 code units. */
function checksum(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

describe('parseSgml', () => {
  it('reads one <DOC> of tens of MB delivered in small chunks, with exact offsets after it', async () => {
    // about 40 MB in 4 KiB chunks; before the reader kept the open document as a list of pieces,
    // each chunk re-joined and re-scanned the document from its start (quadratic: over 120 s)
    const lines: string[] = []
    const raw: string[] = []
    let size = 0
    for (let i = 0; size < 40e6; i++) {
      const line = `${i} قال المتحدث إن المحادثات &amp; الاجتماعات ستستأنف. Talks resume &lt;today&gt;.`
      raw.push(line)
      lines.push(line.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
      size += enc(line).length + 1
    }
    const head = '<DOC id="big" type="story">\n<HEADLINE>\nA long one\n</HEADLINE>\n<TEXT>\n'
    const first = `${head}${raw.join('\n')}\n</TEXT>\n</DOC >\n`
    const bytes = enc(`${first}<doc id="next">\n<TEXT>\nAfter it.\n</TEXT>\n</doc>\n`)
    const docs: Document[] = []
    for await (const d of readDocuments(chunksOf(bytes, 4096), { clean: false, format: 'sgml' }))
      docs.push(d)
    expect(docs).toHaveLength(2)
    const [big, next] = docs as [Document, Document]
    const expected = lines.join('\n')
    expect(big.id).toBe('big')
    expect(big.title).toBe('A long one')
    expect(big.warnings).toEqual([])
    expect(big.paragraphs).toHaveLength(lines.length)
    expect(big.text.length).toBe(expected.length)
    expect(checksum(big.text)).toBe(checksum(expected))
    expect(next.id).toBe('next')
    expect(next.text).toBe('After it.')
    expect(next.source.byteOffset).toBe(enc(first).length)
    expect(next.source.line).toBe(first.split('\n').length)
  }, 120_000)

  it('finds a </DOC> split across chunks at every position, with its spaces', async () => {
    const first = `<DOC id="a">\n<TEXT>\n${'word '.repeat(40)}\n</TEXT>\n</DOC   \n>\n`
    const bytes = enc(`${first}<DOC id="b">\n<TEXT>\nb\n</TEXT>\n</DOC>\n`)
    for (const size of [1, 2, 3, 5, 7, 11, 64, 100]) {
      const docs: Document[] = []
      for await (const d of readDocuments(chunksOf(bytes, size), { clean: false, format: 'sgml' }))
        docs.push(d)
      expect(
        docs.map((d) => [d.id, d.source.byteOffset, d.source.line, d.warnings.length]),
      ).toEqual([
        ['a', 0, 1, 0],
        ['b', first.length, first.split('\n').length, 0],
      ])
    }
  })
})
