// Every corpus article wrapped in every format and encoded in every encoding it can be held in,
// then read back: the text must come back identical.
//
// Encodings that cannot hold an article are skipped, and the test pins which ones those are:
// Windows-1252 holds no Arabic letters (000, 001, 002, 004); Windows-1256 cannot hold 004's `Â`;
// ISO-8859-6 cannot hold curly quotes, dashes or `€` (003, 004). Any other skip fails the test.
import { describe, expect, it } from 'vitest'
import { encodeSingleByte } from '../src/codepages'
import { readDocuments } from '../src/index'
import type { Document } from '../src/types'
import {
  type Article,
  arrowOf,
  articles,
  concatBytes,
  ENCODINGS,
  encode,
  gzip,
  gzipMembers,
  parquetOf,
  reported,
  type TestEncoding,
  type TextFormat,
  warcFor,
  wetFor,
  wrapText,
} from './make-fixtures'

const all = articles()

async function read(input: Uint8Array | string, options = {}): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of readDocuments(input, { clean: false, ...options })) out.push(d)
  return out
}

const EXPECTED_SKIPS = new Set([
  '000 windows-1252',
  '001 windows-1252',
  '002 windows-1252',
  '004 windows-1252',
  '004 windows-1256',
  '003 iso-8859-6',
  '004 iso-8859-6',
])

/** The label a document declares for itself in the markup formats. */
const label = (enc: TestEncoding): string => (enc.startsWith('utf-16') ? 'UTF-16' : reported(enc))

/** Single-byte encodings that give identical bytes for this text are indistinguishable: accept either. */
function acceptable(text: string, enc: TestEncoding): string[] {
  const ok = [reported(enc)]
  if (enc === 'windows-1256' || enc === 'windows-1252' || enc === 'iso-8859-6') {
    const mine = encodeSingleByte(text, enc)
    for (const other of ['windows-1256', 'windows-1252', 'iso-8859-6'] as const) {
      const theirs = encodeSingleByte(text, other)
      if (mine && theirs && mine.length === theirs.length && mine.every((b, i) => b === theirs[i]))
        ok.push(other)
    }
  }
  return ok
}

const TEXT_FORMATS: TextFormat[] = ['text', 'jsonl', 'csv', 'tsv', 'sgml', 'abu-el-khair', 'html']
const DETECTED: Record<TextFormat, string> = {
  text: 'text',
  jsonl: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  sgml: 'sgml',
  'abu-el-khair': 'sgml',
  html: 'html',
}

describe('readDocuments round trip over the corpus', () => {
  it('skips exactly the encodings that cannot hold an article', () => {
    const skipped = new Set<string>()
    for (const a of all)
      for (const enc of ENCODINGS)
        if (!encode(a.text, enc)) skipped.add(`${a.stem.slice(0, 3)} ${enc}`)
    expect(skipped).toEqual(EXPECTED_SKIPS)
  })

  for (const a of all) {
    for (const format of TEXT_FORMATS) {
      it(`${a.stem} as ${format} in every encoding, plain and gzipped`, async () => {
        let ran = 0
        for (const enc of ENCODINGS) {
          const wrapped = wrapText(a, format).replace('ENCODING', label(enc))
          const bytes = encode(wrapped, enc)
          if (!bytes) {
            expect(EXPECTED_SKIPS.has(`${a.stem.slice(0, 3)} ${enc}`)).toBe(true)
            continue
          }
          for (const input of [bytes, gzip(bytes)]) {
            const docs = await read(input, { name: format === 'text' ? a.file : `${a.stem}.x` })
            expect(docs, `${format} ${enc}`).toHaveLength(1)
            const d = docs[0] as Document
            expect(d.text, `${format} ${enc}`).toBe(a.text.trim())
            expect(d.source.format).toBe(DETECTED[format])
            expect(acceptable(a.text, enc), `${format} ${enc} → ${d.source.encoding}`).toContain(
              d.source.encoding,
            )
            expect(d.source.gzip ?? false).toBe(input !== bytes)
            if (format === 'text') expect(d.id).toBe(a.stem.split('_')[1])
            else if (format !== 'html') expect(d.id).toBe(a.stem)
            if (format !== 'text') expect(d.title).toBe(`Title of ${a.stem}`)
            if (format === 'jsonl' || format === 'csv' || format === 'tsv')
              expect(d.date).toBe('2022-03-30')
            if (format === 'sgml')
              expect(d.meta).toMatchObject({ type: 'story', dateline: 'MOSCOW, March 30' })
            expect(d.warnings.filter((w) => w.severity === 'error')).toEqual([])
            ran++
          }
        }
        expect(ran).toBeGreaterThanOrEqual(10)
      })
    }

    it(`${a.stem} as a WARC response in every encoding, with per-record gzip`, async () => {
      for (const enc of ENCODINGS) {
        const html = encode(wrapText(a, 'html').replace('ENCODING', label(enc)), enc)
        if (!html) continue
        const records = warcFor(a, html, label(enc))
        for (const input of [concatBytes(records), gzipMembers(records)]) {
          const docs = await read(input)
          expect(docs, enc).toHaveLength(1)
          const d = docs[0] as Document
          expect(d.text, enc).toBe(a.text.trim())
          expect(d.id).toBe(`urn:uuid:${a.stem}`)
          expect(d.source.url).toBe(`https://news.example/${a.stem}`)
          expect(d.source.format).toBe('warc')
          expect(acceptable(a.text, enc)).toContain(d.source.encoding)
          expect(d.title).toBe(`Title of ${a.stem}`)
        }
        const exposed = await read(concatBytes(records), {
          warcRecords: ['warcinfo', 'request', 'response', 'metadata'],
        })
        expect(exposed.map((d) => d.meta?.['warc-type'])).toEqual([
          'warcinfo',
          'request',
          'response',
          'metadata',
        ])
      }
    })
  }

  it('reads a WET file of all articles, plain and per-record gzip', async () => {
    const records = all.map(wetFor)
    const plain = concatBytes(records)
    async function* tiny() {
      for (let i = 0; i < plain.length; i += 7) yield plain.subarray(i, i + 7)
    }
    for (const input of [plain, gzipMembers(records), gzip(plain), tiny()]) {
      const docs = await read(input as Uint8Array)
      expect(docs.map((d) => d.text)).toEqual(all.map((a) => a.text.trim()))
      expect(docs.map((d) => d.source.record)).toEqual([0, 1, 2, 3, 4])
      expect(docs.every((d) => d.source.encoding === 'utf-8')).toBe(true)
    }
  })

  it('reads Parquet (several row groups; Snappy, gzip and Brotli pages) and Arrow IPC (file and stream) of all articles, plain and gzipped', async () => {
    for (const [fmt, bytes] of [
      ['parquet', parquetOf(all)],
      ['parquet', parquetOf(all, 'GZIP')],
      ['parquet', parquetOf(all, 'BROTLI')],
      ['arrow', arrowOf(all)],
      ['arrow', arrowOf(all, 'stream')],
    ] as const) {
      for (const input of [bytes, gzip(bytes)]) {
        const docs = await read(input)
        expect(
          docs.map((d) => d.text),
          fmt,
        ).toEqual(all.map((a) => a.text.trim()))
        expect(docs.map((d) => d.id)).toEqual(all.map((a) => a.stem))
        expect(docs.map((d) => d.title)).toEqual(all.map((a: Article) => `Title of ${a.stem}`))
        expect(docs.every((d) => d.source.format === fmt)).toBe(true)
      }
    }
  })

  it('reads a Parquet Blob with random access, never streaming it whole', async () => {
    class SpyBlob extends Blob {
      streamed = 0
      sliced = 0
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        this.streamed++
        return super.stream()
      }
      override slice(start?: number, end?: number, type?: string): Blob {
        this.sliced++
        return super.slice(start, end, type)
      }
    }
    const blob = new SpyBlob([parquetOf(all) as Uint8Array<ArrayBuffer>])
    const docs = []
    for await (const d of readDocuments(blob, { clean: false })) docs.push(d)
    expect(docs.map((d) => d.text)).toEqual(all.map((a) => a.text.trim()))
    expect(docs.every((d) => d.source.format === 'parquet')).toBe(true)
    expect(blob.streamed).toBe(0)
    expect(blob.sliced).toBeGreaterThan(1)
  })

  it('gives the same documents when the bytes arrive in 7-byte chunks, in every format', async () => {
    for (const format of TEXT_FORMATS) {
      for (const enc of ['utf-8', 'utf-16le-bom', 'windows-1256'] as const) {
        const joined = all
          .filter((a) => encode(a.text, enc))
          .map((a) => wrapText(a, format).replace('ENCODING', label(enc)))
          .join('')
        const whole = encode(joined, enc)
        if (!whole) continue
        async function* tiny() {
          for (let i = 0; i < (whole as Uint8Array).length; i += 7)
            yield (whole as Uint8Array).subarray(i, i + 7)
        }
        const a = await read(whole)
        const b = []
        for await (const d of readDocuments(tiny(), { clean: false })) b.push(d)
        expect(b, `${format} ${enc}`).toEqual(a)
      }
    }
  })

  it('reads one JSONL file of all articles in every encoding that holds them all', async () => {
    const jsonl = all.map((a) => wrapText(a, 'jsonl')).join('')
    for (const enc of ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'] as const) {
      const docs = await read(encode(jsonl, enc) as Uint8Array)
      expect(
        docs.map((d) => d.id),
        enc,
      ).toEqual(all.map((a) => a.stem))
      expect(docs.map((d) => d.source.line)).toEqual([1, 2, 3, 4, 5])
    }
  })
})
