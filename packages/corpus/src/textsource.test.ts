import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocuments } from './read'
import { TextSource } from './textsource'
import type { Document, EncodingName } from './types'

type Enc = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Text in an encoding; number arrays are inserted as raw (invalid) bytes. */
function encode(parts: (string | number[])[], enc: Enc): Uint8Array {
  const out: number[] = enc === 'utf-8' ? [] : enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]
  for (const p of parts) {
    if (typeof p !== 'string') out.push(...p)
    else if (enc === 'utf-8') out.push(...new TextEncoder().encode(p))
    else
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i)
        if (enc === 'utf-16le') out.push(c & 0xff, c >> 8)
        else out.push(c >> 8, c & 0xff)
      }
  }
  return Uint8Array.from(out)
}

/** Index of `needle` (encoded without a BOM) in `bytes`. */
function indexOf(bytes: Uint8Array, needle: string, enc: Enc): number {
  const n = encode([needle], enc).subarray(enc === 'utf-8' ? 0 : 2)
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let k = 0; k < n.length; k++) if (bytes[i + k] !== n[k]) continue outer
    return i
  }
  return -1
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function read(input: Iterable<Uint8Array>, options = {}): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of readDocuments(input, { clean: false, ...options })) out.push(d)
  return out
}

/** Invalid byte runs of each encoding. */
const INVALID: Record<Enc, number[][]> = {
  'utf-8': [
    [0xff],
    [0xc3],
    [0xe2, 0x82],
    [0xf0, 0x90, 0x80],
    [0xed, 0xa0, 0x80],
    [0xc0, 0xaf],
    [0x80, 0x80, 0xfe],
  ],
  // a lone high surrogate, a lone low surrogate, two high ones
  'utf-16le': [
    [0x00, 0xd8],
    [0x00, 0xdc],
    [0x3d, 0xd8, 0x3d, 0xd8],
  ],
  'utf-16be': [
    [0xd8, 0x00],
    [0xdc, 0x00],
    [0xd8, 0x3d, 0xd8, 0x3d],
  ],
}

const FORMATS = {
  csv: {
    parts: (bad: number[]) => [
      'id,text\r\n1,"قال الرئيس ',
      bad,
      ' إن المحادثات\nستستأنف"\r\n2,second\r\n',
      '3,"third row, قال"\r\n',
    ],
    later: '3,"third',
    id: '3',
  },
  sgml: {
    parts: (bad: number[]) => [
      '<DOC id="A">\n<TEXT>\nقال الرئيس ',
      bad,
      ' إن المحادثات ستستأنف\n</TEXT>\n</DOC>\n<DOC id="B">\n<TEXT>\nsecond\n</TEXT>\n</DOC>\n',
      '<DOC id="C">\n<TEXT>\nالثالث\n</TEXT>\n</DOC>\n',
    ],
    later: '<DOC id="C">',
    id: 'C',
  },
  jsonl: {
    parts: (bad: number[]) => [
      '{"id":"a","text":"قال الرئيس ',
      bad,
      ' إن المحادثات"}\n{"id":"b","text":"second"}\n',
      '{"id":"c","text":"الثالث"}\n',
    ],
    later: '{"id":"c"',
    id: 'c',
  },
}

describe('TextSource', () => {
  for (const enc of ['utf-8', 'utf-16le', 'utf-16be'] as const)
    for (const [format, f] of Object.entries(FORMATS))
      it(`gives exact byte offsets after invalid bytes: ${enc} ${format}`, async () => {
        for (const bad of INVALID[enc]) {
          const parts = f.parts(bad)
          const bytes = encode(parts, enc)
          const badAt = encode(parts.slice(0, 1), enc).length
          const later = indexOf(bytes, f.later, enc)
          expect(later).toBeGreaterThan(badAt)
          for (const size of [bytes.length, 7, 1]) {
            const docs = await read(chunksOf(bytes, size), {
              format,
              ...(enc === 'utf-8' ? { encoding: 'utf-8' } : {}),
            })
            expect(docs.map((d) => d.source.encoding)).toEqual([enc, enc, enc])
            const doc = docs.find((d) => d.id === f.id)
            expect(doc?.source.byteOffset, `${format} ${enc} ${bad} in ${size}-byte chunks`).toBe(
              later,
            )
            const invalid = docs
              .flatMap((d) => d.warnings)
              .filter((w) => w.ruleId === 'corpus/encoding-invalid-bytes')
            expect(invalid.map((w) => w.byteOffset)).toEqual([badAt])
            expect(docs[0]?.warnings.map((w) => w.ruleId)).toContain(
              'corpus/encoding-invalid-bytes',
            )
          }
        }
      })

  it('reports a sequence cut by the end of the input where it starts', async () => {
    for (const enc of ['utf-8', 'utf-16le'] as const) {
      const tail = enc === 'utf-8' ? [0xe2, 0x82] : [0x3d, 0xd8]
      const bytes = encode(['id,text\n1,"ok"\n2,', tail], enc)
      const docs = await read(chunksOf(bytes, 3), { format: 'csv', encoding: enc })
      const w = docs.flatMap((d) => d.warnings).find((x) => x.ruleId.startsWith('corpus/encoding-'))
      expect(w).toMatchObject({
        ruleId: 'corpus/encoding-truncated-sequence',
        byteOffset: bytes.length - 2,
      })
      expect(docs[1]?.source.byteOffset).toBe(indexOf(bytes, '2,', enc))
    }
  })

  it('maps every ASCII character of random bytes back to its byte (property)', async () => {
    const utf8Byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    )
    const cases = fc.oneof(
      fc.record({
        enc: fc.constant<Enc>('utf-8'),
        bytes: fc.array(utf8Byte, { maxLength: 80 }),
      }),
      fc.record({
        enc: fc.constantFrom<Enc>('utf-16le', 'utf-16be'),
        bytes: fc.array(fc.constantFrom(0x00, 0x41, 0xd8, 0xdc, 0x3d, 0x06, 0x27), {
          maxLength: 80,
        }),
      }),
    )
    await fc.assert(
      fc.asyncProperty(cases, fc.integer({ min: 1, max: 9 }), async ({ enc, bytes }, size) => {
        const b = Uint8Array.from(bytes)
        const src = new TextSource(chunksOf(b, size), enc as EncodingName, 0)
        let text = ''
        for await (const t of src) text += t
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i)
          if (c < 0x20 || c > 0x7e) continue
          const at = src.byteOffsetAt(i)
          if (enc === 'utf-8') expect(b[at]).toBe(c)
          else expect(enc === 'utf-16le' ? [b[at], b[at + 1]] : [b[at + 1], b[at]]).toEqual([c, 0])
        }
        expect(src.byteOffsetAt(text.length)).toBe(b.length)
      }),
      { numRuns: 500 },
    )
  })
})

/** FNV-1a over UTF-16 code units. */
function checksum(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

describe('splitLines', () => {
  it('reads a UTF-16 JSON line of tens of MB delivered in small chunks, with exact offsets after it', async () => {
    // about 48 MB of UTF-16LE in 4 KiB chunks; before the line was kept as a list of pieces, each
    // chunk was appended to it and the line re-scanned from its start (quadratic: over 120 s)
    const parts: string[] = []
    let units = 0
    for (let i = 0; units < 24e6; i++) {
      const p = `${i} قال المتحدث إن المحادثات ستستأنف 😀 Talks resume today. `
      parts.push(p)
      units += p.length
    }
    const value = `${parts.join('')}end.`
    const first = `${JSON.stringify({ id: 'big', text: value })}\r\n`
    const all = `\uFEFF${first}{"id":"next","text":"after"}\n`
    const bytes = new Uint8Array(all.length * 2)
    for (let i = 0; i < all.length; i++) {
      const c = all.charCodeAt(i)
      bytes[2 * i] = c & 0xff
      bytes[2 * i + 1] = c >> 8
    }
    const docs = await read(chunksOf(bytes, 4096), { format: 'jsonl' })
    expect(docs).toHaveLength(2)
    const [big, next] = docs as [Document, Document]
    expect(big.source.encoding).toBe('utf-16le')
    expect(big.id).toBe('big')
    expect(big.warnings).toEqual([])
    expect(big.text.length).toBe(value.length)
    expect(checksum(big.text)).toBe(checksum(value))
    expect(next.text).toBe('after')
    expect(next.source.byteOffset).toBe(2 + 2 * first.length)
    expect(next.source.line).toBe(2)
  }, 120_000)
})
