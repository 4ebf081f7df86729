import { gzipSync } from 'node:zlib'
import type { Message } from '@nuqta/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CorpusParseError, UnknownFormatError } from './errors'
import { collect, gunzip, toChunks } from './input'
import { readDocuments } from './read'
import type { Document } from './types'

const enc = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s)

async function read(input: Parameters<typeof readDocuments>[0], options = {}): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of readDocuments(input, { clean: false, ...options })) out.push(d)
  return out
}

describe('readDocuments', () => {
  it('reads the README example', async () => {
    const jsonl = '{"id":"a1","title":"Talks","text":"Talks resumed in Istanbul."}\n'
    const docs = await read(jsonl)
    expect(docs.map((d) => [d.id, d.lang, d.text])).toEqual([
      ['a1', 'en', 'Talks resumed in Istanbul.'],
    ])
  })

  it('accepts Uint8Array, ArrayBuffer, Blob, ReadableStream, async iterables and strings alike', async () => {
    const text = '{"id":"x","text":"مرحبا بالعالم"}\n'
    const bytes = enc(text)
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3)
    }
    const inputs = [
      bytes,
      bytes.buffer.slice(0) as ArrayBuffer,
      new Blob([bytes]),
      new Blob([bytes]).stream(),
      chunks(),
      [bytes.subarray(0, 5), bytes.subarray(5)],
      text,
    ]
    for (const input of inputs) {
      const docs = await read(input as never)
      expect(docs.map((d) => [d.id, d.text, d.lang])).toEqual([['x', 'مرحبا بالعالم', 'ar']])
    }
  })

  it('loses no record when a JSONL file starts with a BOM', async () => {
    const docs = await read(enc('\uFEFF{"text":"one"}\n{"text":"two"}\n'))
    expect(docs.map((d) => d.text)).toEqual(['one', 'two'])
    expect(docs[0]?.source.byteOffset).toBe(3)
  })

  it('does not split lines at U+2028, U+2029 or U+0085 inside JSON strings', async () => {
    const docs = await read(enc('{"text":"a\u2028b\u2029c\u0085d"}\n{"text":"e"}\n'))
    expect(docs.map((d) => d.text)).toEqual(['a\u2028b\u2029c\u0085d', 'e'])
  })

  it('reports a malformed JSONL line with its line and byte offset and goes on', async () => {
    const seen: Message[] = []
    const docs = await read('{"text":"a"}\n{oops\n{"text":"b"}\n', {
      onWarning: (w: Message) => seen.push(w),
    })
    expect(docs.map((d) => d.text)).toEqual(['a', '{oops', 'b'])
    expect(docs[1]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/jsonl-malformed-line',
      line: 2,
      byteOffset: 13,
      severity: 'error',
    })
    expect(seen.map((w) => w.ruleId)).toEqual(['corpus/jsonl-malformed-line'])
    const skipped = await read('{"text":"a"}\n{oops\n{"text":"b"}\n', { malformed: 'skip' })
    expect(skipped.map((d) => d.text)).toEqual(['a', 'b'])
  })

  it('fails fast in strict mode with the position', async () => {
    await expect(read('{"text":"a"}\n{oops\n', { strict: true })).rejects.toSatisfy(
      (e: unknown) => CorpusParseError.isInstance(e) && e.line === 2 && e.byteOffset === 13,
    )
  })

  it('reads a JSON array or one pretty-printed JSON object as records', async () => {
    const array = await read('[\n  {"id": "1", "text": "one"},\n  {"id": "2", "text": "two"}\n]\n')
    expect(array.map((d) => [d.id, d.text, d.source.format])).toEqual([
      ['1', 'one', 'jsonl'],
      ['2', 'two', 'jsonl'],
    ])
    const pretty = await read('{\n  "id": "p",\n  "text": "نص"\n}\n')
    expect(pretty.map((d) => [d.id, d.text])).toEqual([['p', 'نص']])
    const broken = await read('{\n  "id": "p",\n')
    expect(broken.every((d) => d.warnings[0]?.ruleId === 'corpus/jsonl-malformed-line')).toBe(true)
    expect(broken.map((d) => d.source.line)).toEqual([1, 2])
  })

  it('takes JSONL fields from dotted paths and the field map', async () => {
    const line =
      '{"meta":{"headline":"H","when":"2022-03-29T10:00:00+03:00"},"body":"نص","uid":7}\n'
    const docs = await read(line, {
      fields: { text: 'body', title: 'meta.headline', date: 'meta.when', id: 'uid' },
    })
    expect(docs[0]).toMatchObject({
      id: '7',
      title: 'H',
      date: '2022-03-29T10:00:00+03:00',
      text: 'نص',
      lang: 'ar',
    })
  })

  it('reads OSCAR-, CulturaX- and mC4-style lines with their default fields', async () => {
    const lines = [
      {
        id: 1,
        text: 'oscar text',
        metadata: {
          warc_headers: { 'warc-target-uri': 'https://a', 'warc-date': '2021-02-03T04:05:06Z' },
        },
      },
      { text: 'culturax text', timestamp: '2022/05/06 07:08:09', url: 'https://b', source: 'mC4' },
      { text: 'mc4 text', timestamp: '2019-04-25T12:57:54Z', url: 'https://c' },
    ]
    const docs = await read(lines.map((l) => JSON.stringify(l)).join('\n'))
    expect(docs.map((d) => [d.text, d.source.url, d.date])).toEqual([
      ['oscar text', 'https://a', '2021-02-03T04:05:06+00:00'],
      ['culturax text', 'https://b', '2022-05-06T07:08:09'],
      ['mc4 text', 'https://c', '2019-04-25T12:57:54+00:00'],
    ])
  })

  it('reads CSV with quoted newlines and doubled quotes, and warns on a short row', async () => {
    const csv = 'id,title,text\n1,"A ""quoted"" title","line one\nline two"\n2,B\n3,C,"plain"\n'
    const docs = await read(csv)
    expect(docs.map((d) => [d.id, d.title, d.text])).toEqual([
      ['1', 'A "quoted" title', 'line one\nline two'],
      ['2', 'B', ''],
      ['3', 'C', 'plain'],
    ])
    expect(docs[1]?.warnings[0]).toMatchObject({ ruleId: 'corpus/csv-field-count', line: 4 })
    expect(docs.map((d) => d.source.line)).toEqual([2, 4, 5])
  })

  it('reports an unclosed CSV quote and keeps the rest as the field', async () => {
    // a table whose second row is broken is not detected as CSV: name the format
    const docs = await read('id,text\n1,"never closed\n2,x\n', { format: 'csv' })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/csv-malformed-row',
      line: 2,
      byteOffset: 8,
    })
  })

  it('detects CSV whose first row is longer than the detection sample', async () => {
    const long = 'قال الرئيس; "نعم" '.repeat(8000)
    const csv = `id;text\n1;"${long.replaceAll('"', '""')}"\n2;short\n`
    const docs = await read(csv)
    expect(docs.map((d) => [d.source.format, d.id, d.text.length])).toEqual([
      ['csv', '1', long.trim().length],
      ['csv', '2', 5],
    ])
  })

  it('keeps a TSV field that starts with a quotation as written', async () => {
    const docs = await read('id\ttext\n1\t"We will win," he said.\n2\tplain\n')
    expect(docs.map((d) => d.text)).toEqual(['"We will win," he said.', 'plain'])
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/csv-stray-quote',
      line: 2,
      severity: 'warning',
    })
  })

  it('reads TSV and semicolon CSV', async () => {
    expect(
      (await read('id\ttext\na\tone\nb\ttwo\n')).map((d) => [d.source.format, d.text]),
    ).toEqual([
      ['tsv', 'one'],
      ['tsv', 'two'],
    ])
    expect((await read('id;text\na;one\nb;two\n')).map((d) => d.text)).toEqual(['one', 'two'])
  })

  it('reads Gigaword SGML: no root, entities, wrapped <P>, type, headline, dateline', async () => {
    const sgml = `<DOC id="AFP_ARB_20220329.0001" type="story" >
<HEADLINE>
AT&AMP;T in &lt;Moscow&gt;
</HEADLINE>
<DATELINE>
MOSCOW, March 29 (AFP)
</DATELINE>
<TEXT>
<P>
First paragraph wrapped
over two lines.
</P>
<P>
الفقرة الثانية
</P>
</TEXT>
</DOC>
<DOC id="AFP_ARB_20220329.0002" type="advis">
<TEXT>
<P>Second doc.</P>
</TEXT>
</DOC>
`
    const docs = await read(sgml)
    expect(docs).toHaveLength(2)
    expect(docs[0]).toMatchObject({
      id: 'AFP_ARB_20220329.0001',
      title: 'AT&T in <Moscow>',
      date: '2022-03-29',
      text: 'First paragraph wrapped over two lines.\nالفقرة الثانية',
      lang: 'mixed',
      meta: { type: 'story', dateline: 'MOSCOW, March 29 (AFP)' },
    })
    expect(docs[0]?.paragraphs.map((p) => p.lang)).toEqual(['en', 'ar'])
    expect(docs[1]).toMatchObject({
      id: 'AFP_ARB_20220329.0002',
      meta: { type: 'advis' },
      source: { line: 18 },
    })
  })

  it('reports a <DOC> without </DOC> and reads the next one', async () => {
    const docs = await read(
      '<DOC id="a">\n<TEXT>\none\n</TEXT>\n<DOC id="b">\n<TEXT>\ntwo\n</TEXT>\n</DOC>\n',
    )
    expect(docs.map((d) => [d.id, d.text])).toEqual([
      ['a', 'one'],
      ['b', 'two'],
    ])
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/sgml-unclosed-doc',
      line: 1,
      byteOffset: 0,
    })
    expect(docs[1]?.source).toMatchObject({ line: 5, byteOffset: 32 })
  })

  it('reads TREC markup (DOCNO, lower-case tags)', async () => {
    const docs = await read(
      '<doc>\n<docno> AP880212-0001 </docno>\n<head>Title</head>\n<text>\nBody text.\n</text>\n</doc>\n',
    )
    expect(docs[0]).toMatchObject({ id: 'AP880212-0001', title: 'Title', text: 'Body text.' })
  })

  it('reports a truncated WARC record and keeps what is there', async () => {
    const body = 'Hello from a WET record.'
    const rec = `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 500\r\n\r\n${body}`
    const docs = await read(rec)
    expect(docs[0]?.text).toBe(body)
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/warc-truncated-record',
      byteOffset: 0,
    })
  })

  it('skips junk between WARC records with a warning', async () => {
    const r = (id: string, t: string) =>
      `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:${id}>\r\nContent-Length: ${t.length}\r\n\r\n${t}\r\n\r\n`
    const seen: Message[] = []
    const docs = await read(`${r('1', 'one')}GARBAGE!!${r('2', 'two')}`, {
      onWarning: (w: Message) => seen.push(w),
    })
    expect(docs.map((d) => d.text)).toEqual(['one', 'two'])
    expect(seen[0]).toMatchObject({ ruleId: 'corpus/warc-junk' })
  })

  it('turns invalid UTF-8 bytes into U+FFFD with a warning, never an exception', async () => {
    const bytes = new Uint8Array([...enc('{"text":"ok ').subarray(0), 0xff, ...enc('"}\n')])
    // 0xFF alone cannot be UTF-8, but the rest is; a mostly-UTF-8 file stays UTF-8
    const docs = await read(bytes, { encoding: 'utf-8' })
    expect(docs[0]?.text).toBe('ok \uFFFD')
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/encoding-invalid-bytes',
      byteOffset: 12,
    })
  })

  it('overrides a declared charset the bytes contradict, with a warning', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<DOC id="1"><TEXT>مرحبا</TEXT></DOC>\n`
    const docs = await read(enc(xml))
    expect(docs[0]?.source.encoding).toBe('utf-8')
    expect(docs[0]?.text).toBe('مرحبا')
    expect(docs[0]?.warnings[0]).toMatchObject({ ruleId: 'corpus/encoding-declared-mismatch' })
  })

  it('overrides a WARC HTTP charset that the bytes contradict, with a warning at the record', async () => {
    const html = enc(
      '<html><head><meta charset="windows-1256"><title>ت</title></head><body><p>قال بوتين في كلمة</p></body></html>',
    )
    const http = new Uint8Array([
      ...enc('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n'),
      ...html,
    ])
    const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`
    const docs = await read(new Uint8Array([...enc(head), ...http, ...enc('\r\n\r\n')]), {
      name: 'x.warc',
    })
    expect(docs[0]).toMatchObject({
      text: 'قال بوتين في كلمة',
      title: 'ت',
      source: { encoding: 'utf-8' },
    })
    expect(docs[0]?.warnings[0]).toMatchObject({
      ruleId: 'corpus/encoding-declared-mismatch',
      byteOffset: 0,
      file: 'x.warc',
    })
    expect(docs[0]?.warnings[0]?.reason).toContain('HTTP Content-Type')
  })

  it('gives a clear error naming the formats tried for binary input', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1,
      2, 3, 4, 5, 6, 7,
    ])
    await expect(read(png, { name: 'x.png' })).rejects.toSatisfy(
      (e: unknown) =>
        UnknownFormatError.isInstance(e) &&
        e.tried.includes('jsonl') &&
        e.message.includes('x.png'),
    )
  })

  it('never throws on random bytes except UnknownFormatError, and never at all with a text format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        try {
          await read(bytes)
        } catch (e) {
          if (!UnknownFormatError.isInstance(e)) throw e
        }
        for (const format of ['jsonl', 'csv', 'sgml', 'text', 'warc', 'html'] as const)
          await read(bytes, { format })
      }),
      { numRuns: 150 },
    )
  })

  it('round-trips any texts through RFC 4180 CSV and through JSONL (property)', async () => {
    const textArb = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((t) => t.trim() === t && !t.includes('\r') && t.length > 0)
    await fc.assert(
      fc.asyncProperty(fc.array(textArb, { minLength: 1, maxLength: 6 }), async (texts) => {
        const csv = `id,text\r\n${texts.map((t, i) => `${i},"${t.replaceAll('"', '""')}"`).join('\r\n')}\r\n`
        const fromCsv = await read(csv, { format: 'csv' })
        expect(fromCsv.map((d) => d.text)).toEqual(texts)
        const jsonl = texts.map((t) => JSON.stringify({ text: t })).join('\n')
        const fromJsonl = await read(jsonl, { format: 'jsonl' })
        expect(fromJsonl.map((d) => d.text)).toEqual(texts)
      }),
      { numRuns: 100 },
    )
  })

  it('reads a gzip of a gzip, and reports corrupt gzip as a parse error', async () => {
    const inner = gzipSync(gzipSync(Buffer.from('{"text":"deep"}\n')))
    expect((await read(new Uint8Array(inner))).map((d) => d.text)).toEqual(['deep'])
    const bad = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3])
    await expect(read(bad)).rejects.toSatisfy((e: unknown) => CorpusParseError.isInstance(e))
  })

  it('reads a line longer than many chunks with exact line and byte offsets', async () => {
    const big = 'x'.repeat(5_000_000)
    const bytes = enc(`{"text":"a"}\n{"text":"${big}"}\n{"text":"b"}`)
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536)
    }
    const docs = await read(chunks())
    expect(docs.map((d) => [d.text.length, d.source.line, d.source.byteOffset])).toEqual([
      [1, 1, 0],
      [5_000_000, 2, 13],
      [1, 3, 13 + 5_000_012],
    ])
  })

  it('an explicit format wins over detection', async () => {
    const docs = await read('{"text":"not parsed as JSON"}', { format: 'text' })
    expect(docs[0]?.text).toBe('{"text":"not parsed as JSON"}')
    expect(docs[0]?.source.format).toBe('text')
  })
})

describe('gunzip', () => {
  it('decodes concatenated members one by one', async () => {
    const parts = ['first record\n', 'second record\n', 'third\n'].map((s) =>
      gzipSync(Buffer.from(s)),
    )
    const warnings: Message[] = []
    const out = await collect(
      gunzip(toChunks(new Uint8Array(Buffer.concat(parts))), {
        maxBytes: 1 << 20,
        report: (w) => w,
        warnings,
      }),
    )
    expect(warnings).toEqual([])
    expect(new TextDecoder().decode(out)).toBe('first record\nsecond record\nthird\n')
  })
})
