// Fixtures made by the tests from the corpus articles: each article wrapped in every format and
// encoded in every encoding it can be held in. Nothing here is written to disk.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { tableFromArrays, tableToIPC } from '@uwdata/flechette'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { encodeSingleByte } from '../src/codepages'

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'corpus')

export interface Article {
  file: string
  stem: string
  text: string
}

export function articles(): Article[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      stem: file.replace('.txt', ''),
      text: readFileSync(join(CORPUS_DIR, file), 'utf8'),
    }))
}

export type TestEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le-bom'
  | 'utf-16be-bom'
  | 'utf-16le'
  | 'windows-1256'
  | 'iso-8859-6'
  | 'windows-1252'

export const ENCODINGS: TestEncoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le-bom',
  'utf-16be-bom',
  'utf-16le',
  'windows-1256',
  'iso-8859-6',
  'windows-1252',
]

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const dv = new DataView(out.buffer)
  let o = 0
  if (bom) {
    dv.setUint16(0, 0xfeff, !be)
    o = 2
  }
  for (let i = 0; i < text.length; i++, o += 2) dv.setUint16(o, text.charCodeAt(i), !be)
  return out
}

/** The text in an encoding, or undefined when the encoding cannot hold every character. */
export function encode(text: string, enc: TestEncoding): Uint8Array | undefined {
  switch (enc) {
    case 'utf-8':
      return new TextEncoder().encode(text)
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`)
    case 'utf-16le-bom':
      return utf16(text, false, true)
    case 'utf-16be-bom':
      return utf16(text, true, true)
    case 'utf-16le':
      return utf16(text, false, false)
    default:
      return encodeSingleByte(text, enc)
  }
}

/** The WHATWG name the reader should report for a test encoding. */
export const reported = (enc: TestEncoding): string =>
  enc === 'utf-8-bom' ? 'utf-8' : enc.replace('-bom', '')

const xmlEscape = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const sgmlEscape = (s: string): string =>
  s.replaceAll('&', '&AMP;').replaceAll('<', '&LT;').replaceAll('>', '&GT;')
const csvQuote = (s: string): string => `"${s.replaceAll('"', '""')}"`

/** Hard-wrap a line at spaces to ~72 columns, as Gigaword does inside <P>. */
function wrap(line: string): string {
  const words = line.split(' ')
  const out: string[] = []
  let cur = ''
  for (const w of words) {
    if (cur && cur.length + w.length + 1 > 72) {
      out.push(cur)
      cur = w
    } else cur = cur ? `${cur} ${w}` : w
  }
  if (cur) out.push(cur)
  return out.join('\n')
}

export type TextFormat = 'text' | 'jsonl' | 'csv' | 'tsv' | 'sgml' | 'abu-el-khair' | 'html'

/** An article wrapped in a text format (as a string, to be encoded). */
export function wrapText(a: Article, format: TextFormat, title = `Title of ${a.stem}`): string {
  const lines = a.text.split('\n')
  switch (format) {
    case 'text':
      return a.text
    case 'jsonl':
      return `${JSON.stringify({ id: a.stem, title, date: '2022-03-30', text: a.text })}\n`
    case 'csv':
      return `id,title,date,text\r\n${a.stem},${csvQuote(title)},2022-03-30,${csvQuote(a.text)}\r\n`
    case 'tsv':
      // TSV cannot hold newlines inside a field: the test's TSV uses quotes (RFC 4180 style)
      return `id\ttitle\tdate\ttext\n${a.stem}\t${title}\t2022-03-30\t${csvQuote(a.text)}\n`
    case 'sgml':
      return `<DOC id="${a.stem}" type="story">\n<HEADLINE>\n${sgmlEscape(title)}\n</HEADLINE>\n<DATELINE>\nMOSCOW, March 30\n</DATELINE>\n<TEXT>\n${lines.map((l) => `<P>\n${wrap(sgmlEscape(l))}\n</P>`).join('\n')}\n</TEXT>\n</DOC>\n`
    case 'abu-el-khair':
      return `<?xml version="1.0" encoding="ENCODING"?>\n<docs>\n<doc>\n<ID>${a.stem}</ID>\n<URL>http://example.com/${a.stem}</URL>\n<Headline>${xmlEscape(title)}</Headline>\n<Dateline>2022-03-30</Dateline>\n<Text>\n${lines.map(xmlEscape).join('\n')}\n</Text>\n</doc>\n</docs>\n`
    case 'html':
      return `<!DOCTYPE html>\n<html lang="x"><head><meta charset="ENCODING"><title>${xmlEscape(title)}</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article>${lines.map((l) => `<p>${xmlEscape(l)}</p>`).join('\n')}</article><footer>Copyright Example</footer></body></html>\n`
  }
}

const crlf = '\r\n'

/** One WARC record (headers + block bytes + the two CRLF after it). */
export function warcRecord(headers: Record<string, string>, block: Uint8Array): Uint8Array {
  const head = `WARC/1.0${crlf}${Object.entries({
    ...headers,
    'Content-Length': String(block.length),
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join(crlf)}${crlf}${crlf}`
  return concatBytes([new TextEncoder().encode(head), block, new TextEncoder().encode(crlf + crlf)])
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** A WARC file: warcinfo, request, response (HTML in `enc`), metadata records for one article. */
export function warcFor(a: Article, htmlBytes: Uint8Array, charset: string, i = 0): Uint8Array[] {
  const enc = new TextEncoder()
  const url = `https://news.example/${a.stem}`
  const http = concatBytes([
    enc.encode(
      `HTTP/1.1 200 OK${crlf}Content-Type: text/html; charset=${charset}${crlf}Content-Length: ${htmlBytes.length}${crlf}${crlf}`,
    ),
    htmlBytes,
  ])
  return [
    warcRecord(
      {
        'WARC-Type': 'warcinfo',
        'WARC-Record-ID': `<urn:uuid:info-${i}>`,
        'Content-Type': 'application/warc-fields',
      },
      enc.encode('software: test\r\n'),
    ),
    warcRecord(
      {
        'WARC-Type': 'request',
        'WARC-Target-URI': url,
        'WARC-Record-ID': `<urn:uuid:req-${i}>`,
        'Content-Type': 'application/http; msgtype=request',
      },
      enc.encode(`GET /${a.stem} HTTP/1.1${crlf}Host: news.example${crlf}${crlf}`),
    ),
    warcRecord(
      {
        'WARC-Type': 'response',
        'WARC-Target-URI': url,
        'WARC-Date': '2022-03-30T10:00:00Z',
        'WARC-Record-ID': `<urn:uuid:${a.stem}>`,
        'Content-Type': 'application/http; msgtype=response',
      },
      http,
    ),
    warcRecord(
      {
        'WARC-Type': 'metadata',
        'WARC-Target-URI': url,
        'WARC-Record-ID': `<urn:uuid:meta-${i}>`,
        'Content-Type': 'application/warc-fields',
      },
      enc.encode(`fetchTimeMs: 12${crlf}`),
    ),
  ]
}

/** A WET conversion record for one article. */
export function wetFor(a: Article): Uint8Array {
  return warcRecord(
    {
      'WARC-Type': 'conversion',
      'WARC-Target-URI': `https://news.example/${a.stem}`,
      'WARC-Date': '2022-03-30T10:00:00Z',
      'WARC-Record-ID': `<urn:uuid:${a.stem}>`,
      'Content-Type': 'text/plain',
    },
    new TextEncoder().encode(a.text),
  )
}

export const gzip = (b: Uint8Array): Uint8Array => new Uint8Array(gzipSync(b))

/** Per-record gzip: each part its own gzip member, concatenated (as Common Crawl does). */
export const gzipMembers = (parts: Uint8Array[]): Uint8Array => concatBytes(parts.map(gzip))

export function parquetOf(
  list: Article[],
  codec: 'SNAPPY' | 'GZIP' | 'BROTLI' = 'SNAPPY',
): Uint8Array {
  const buf = parquetWriteBuffer({
    codec,
    compressors: {
      GZIP: (b: Uint8Array) => new Uint8Array(gzipSync(b)),
      BROTLI: (b: Uint8Array) => new Uint8Array(brotliCompressSync(b)),
    },
    columnData: [
      { name: 'id', data: list.map((a) => a.stem), type: 'STRING' },
      { name: 'title', data: list.map((a) => `Title of ${a.stem}`), type: 'STRING' },
      { name: 'text', data: list.map((a) => a.text), type: 'STRING' },
    ],
    rowGroupSize: 2,
  })
  return new Uint8Array(buf)
}

export function arrowOf(list: Article[], format: 'file' | 'stream' = 'file'): Uint8Array {
  const table = tableFromArrays({
    id: list.map((a) => a.stem),
    title: list.map((a) => `Title of ${a.stem}`),
    text: list.map((a) => a.text),
  })
  return tableToIPC(table, { format }) as Uint8Array
}
