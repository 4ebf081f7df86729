/**
 * WARC and WET (Common Crawl): records parsed from bytes; `response` and `resource` HTML turned into
 * main text, WET `conversion` records read as text. A small own parser: warcio on npm pulls in
 * Node-only dependencies (yargs, tempy…), and the format is simple.
 * @module
 */

import type { Message } from '@nuqta/core'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { decodeBytes, detectEncoding, normalizeEncodingLabel } from '../encoding'
import { collect, concat, toChunks } from '../input'
import { declaredCharset, valueAfter } from '../markup'
import { ANGLE_BRACKETS } from '../patterns'
import { extractMainText } from './html'

const SOURCE = '@nuqta/corpus' as const
const DEFAULT_TYPES = ['response', 'resource', 'conversion']
const MAX_HEADER = 1 << 20

/** Index of the byte sequence `seq` in `buf[from, end)`, or -1. */
function indexOfSeq(
  buf: Uint8Array,
  seq: readonly number[],
  from: number,
  end = buf.length,
): number {
  const first = seq[0] as number
  let i = buf.indexOf(first, from)
  while (i >= 0 && i + seq.length <= end) {
    let ok = true
    for (let k = 1; k < seq.length; k++)
      if (buf[i + k] !== seq[k]) {
        ok = false
        break
      }
    if (ok) return i
    i = buf.indexOf(first, i + 1)
  }
  return -1
}

const CRLFCRLF = [13, 10, 13, 10]
const LFLF = [10, 10]
const WARC_MAGIC = [0x57, 0x41, 0x52, 0x43, 0x2f] // "WARC/"

/** Header block end: `\r\n\r\n` (or a bare `\n\n`), as [index of the blank line, index after it]. */
function headerEnd(buf: Uint8Array, from: number): [number, number] | undefined {
  const a = indexOfSeq(buf, CRLFCRLF, from)
  const b = indexOfSeq(buf, LFLF, from, a >= 0 ? a + 2 : buf.length)
  if (a >= 0 && (b < 0 || a <= b)) return [a, a + 4]
  if (b >= 0) return [b, b + 2]
  return undefined
}

const latin1 = (b: Uint8Array): string => {
  let s = ''
  for (let i = 0; i < b.length; i += 8192)
    s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[])
  return s
}

/** Header lines to a map with lower-cased names (continuation lines joined). */
function parseHeaders(text: string): { first: string; headers: Map<string, string> } {
  const lines = text.split('\n')
  const first = (lines[0] ?? '').trim()
  const headers = new Map<string, string>()
  let last: string | undefined
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).replace('\r', '')
    if (!line.trim()) continue
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).trim().toLowerCase()
    headers.set(last, line.slice(colon + 1).trim())
  }
  return { first, headers }
}

/** Undo HTTP chunked transfer encoding (tolerant: stops at the first malformed chunk). */
function dechunk(body: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = []
  let pos = 0
  while (pos < body.length) {
    const eol = body.indexOf(10, pos)
    if (eol < 0) break
    const size = Number.parseInt(latin1(body.subarray(pos, eol)).trim().split(';')[0] ?? '', 16)
    if (!Number.isFinite(size)) return parts.length ? concat(parts) : body
    if (size === 0) break
    parts.push(body.subarray(eol + 1, eol + 1 + size))
    pos = eol + 1 + size
    if (body[pos] === 13) pos++
    if (body[pos] === 10) pos++
  }
  return concat(parts)
}

async function decompress(body: Uint8Array, kind: 'gzip' | 'deflate'): Promise<Uint8Array> {
  const ds = new DecompressionStream(kind)
  const out = new Blob([body as Uint8Array<ArrayBuffer>]).stream().pipeThrough(ds)
  return collect(toChunks(out as ReadableStream<Uint8Array>))
}

interface Payload {
  bytes: Uint8Array
  contentType: string
}

/**
 * Records of a WARC or WET stream (uncompressed; gzip is undone before). Truncated records, missing
 * lengths and junk between records become warnings; reading resumes at the next `WARC/` line.
 * @internal
 */
export async function* parseWarc(
  src: AsyncIterable<Uint8Array>,
  ctx: BuildContext,
): AsyncGenerator<RawRecord> {
  const { options } = ctx
  const file = ctx.path
  const types = new Set((options.warcRecords ?? DEFAULT_TYPES).map((t) => t.toLowerCase()))
  const it = src[Symbol.asyncIterator]()
  let buf: Uint8Array = new Uint8Array(0)
  let pos = 0
  let base = 0
  let done = false
  let index = 0
  /** Make sure `need` bytes are available from `pos` (fewer at the end of input). */
  const fill = async (need: number): Promise<void> => {
    if (buf.length - pos >= need || done) return
    const parts: Uint8Array[] = [buf.subarray(pos)]
    let have = buf.length - pos
    while (have < need) {
      const r = await it.next()
      if (r.done) {
        done = true
        break
      }
      parts.push(r.value)
      have += r.value.length
    }
    base += pos
    buf = concat(parts, have)
    pos = 0
  }
  const warn = (
    ruleId: string,
    reason: string,
    byteOffset: number,
    severity: 'warning' | 'error' = 'error',
  ): Message =>
    report(
      {
        ruleId,
        reason,
        source: SOURCE,
        byteOffset,
        severity,
        ...(file === undefined ? {} : { file }),
      },
      options,
    )

  for (;;) {
    await fill(6)
    while (pos < buf.length && (buf[pos] === 13 || buf[pos] === 10 || buf[pos] === 0x20)) {
      pos++
      if (pos >= buf.length) await fill(6)
    }
    if (pos >= buf.length) break
    if (indexOfSeq(buf.subarray(pos, pos + 5), WARC_MAGIC, 0) !== 0) {
      // junk: find the next record
      const junkAt = base + pos
      let found = -1
      for (;;) {
        found = indexOfSeq(buf, WARC_MAGIC, pos + 1)
        if (found >= 0 || done) break
        const keep = Math.max(pos, buf.length - 5)
        pos = keep
        await fill(buf.length - pos + 65536)
      }
      warn(
        'corpus/warc-junk',
        `Bytes that are not a WARC record skipped${found < 0 ? ' to the end of the input' : ''}`,
        junkAt,
      )
      if (found < 0) break
      pos = found
      continue
    }
    const recordStart = base + pos
    let he = headerEnd(buf, pos)
    while (!he && !done && buf.length - pos < MAX_HEADER) {
      await fill(buf.length - pos + 65536)
      he = headerEnd(buf, pos)
    }
    if (!he) {
      warn('corpus/warc-truncated-record', 'WARC record header is cut off', recordStart)
      break
    }
    const { headers } = parseHeaders(latin1(buf.subarray(pos, he[0])))
    const type = (headers.get('warc-type') ?? '').toLowerCase()
    const length = Number.parseInt(headers.get('content-length') ?? '', 10)
    const recordWarnings: Message[] = []
    let blockLen: number
    const blockStartRel = he[1] - pos
    if (!Number.isFinite(length) || length < 0) {
      recordWarnings.push(
        warn(
          'corpus/warc-no-content-length',
          'WARC record has no valid Content-Length; it ends at the next record',
          recordStart,
        ),
      )
      let next = indexOfSeq(buf, [13, 10, 13, 10, ...WARC_MAGIC], he[1])
      while (next < 0 && !done) {
        await fill(buf.length - pos + 65536)
        next = indexOfSeq(buf, [13, 10, 13, 10, ...WARC_MAGIC], pos + blockStartRel)
      }
      blockLen = (next < 0 ? buf.length : next) - (pos + blockStartRel)
    } else {
      await fill(blockStartRel + length)
      blockLen = Math.min(length, buf.length - pos - blockStartRel)
      if (blockLen < length)
        recordWarnings.push(
          warn(
            'corpus/warc-truncated-record',
            `WARC record is truncated: ${blockLen} of ${length} bytes`,
            recordStart,
          ),
        )
    }
    const block = buf.subarray(pos + blockStartRel, pos + blockStartRel + blockLen)
    pos = pos + blockStartRel + blockLen
    const record = index++
    if (!types.has(type)) continue
    const id = (headers.get('warc-record-id') ?? '').replace(ANGLE_BRACKETS, '') || undefined
    const url = headers.get('warc-target-uri')?.replace(ANGLE_BRACKETS, '')
    const meta: Record<string, string> = { 'warc-type': type }
    const warcDate = headers.get('warc-date')
    if (warcDate) meta['warc-date'] = warcDate
    let payload: Payload | undefined
    if (
      type === 'response' &&
      (headers.get('content-type') ?? '').toLowerCase().includes('application/http')
    ) {
      payload = await httpPayload(block, recordWarnings, (r, m) =>
        warn(r, m, recordStart, 'warning'),
      )
      if (!payload) continue
    } else {
      payload = {
        bytes: block,
        contentType: headers.get('content-type') ?? (type === 'conversion' ? 'text/plain' : ''),
      }
    }
    const ct = payload.contentType.toLowerCase()
    const isHtml = ct.includes('html') || (ct === '' && looksLikeHtml(payload.bytes))
    const isText = isHtml || ct.startsWith('text/') || ct === '' || !DEFAULT_TYPES.includes(type)
    if (!isText) {
      warn(
        'corpus/warc-non-text-payload',
        `Record ${record} (${ct}) is not text; skipped`,
        recordStart,
        'warning',
      )
      continue
    }
    let declared = valueAfter(payload.contentType.toLowerCase(), 'charset')
    let declaredFrom = 'HTTP Content-Type'
    if (!declared && isHtml) {
      const m = declaredCharset(latin1(payload.bytes.subarray(0, 4096)))
      if (m) {
        declared = m.label
        declaredFrom = m.from
      }
    }
    // the common case (WET, UTF-8 pages): one strict decode both validates and decodes
    const asUtf8 =
      !declared || normalizeEncodingLabel(declared) === 'utf-8'
        ? strictUtf8(payload.bytes)
        : undefined
    const guess =
      asUtf8 !== undefined
        ? { encoding: 'utf-8', confidence: 1, bomLength: 0, method: 'utf-8' as const, warnings: [] }
        : await detectEncoding(payload.bytes, {
            ...(declared
              ? { declared, declaredFrom }
              : type === 'conversion'
                ? { declared: 'utf-8' }
                : {}),
            byteOffset: recordStart,
            ...(file === undefined ? {} : { file }),
          })
    for (const w of guess.warnings) recordWarnings.push(report(w, options))
    const decoded =
      asUtf8 !== undefined
        ? { text: asUtf8, warnings: [] }
        : decodeBytes(payload.bytes.subarray(guess.bomLength), guess.encoding)
    for (const w of decoded.warnings) {
      w.byteOffset = recordStart
      if (file !== undefined) w.file = file
      recordWarnings.push(report(w, options))
    }
    const common = {
      id,
      url,
      meta,
      record,
      byteOffset: recordStart,
      encoding: guess.encoding,
      confidence: guess.confidence,
      warnings: recordWarnings,
    }
    if (isHtml && DEFAULT_TYPES.includes(type)) {
      const page = extractMainText(decoded.text)
      if (page.lang) meta.lang = page.lang
      yield { ...common, text: '', paragraphs: page.paragraphs, title: page.title, date: page.date }
    } else {
      yield { ...common, text: decoded.text }
    }
  }
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true })

/** The bytes as UTF-8 text when they are valid UTF-8 without a BOM, else undefined. */
function strictUtf8(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return undefined
  if (b[0] === 0xff || b[0] === 0xfe) return undefined
  try {
    return strictDecoder.decode(b)
  } catch {
    return undefined
  }
}

function looksLikeHtml(b: Uint8Array): boolean {
  const head = latin1(b.subarray(0, 512)).toLowerCase()
  return head.includes('<html') || head.includes('<!doctype html')
}

/** The HTTP body of a `response` record (dechunked, decompressed), or undefined to skip it. */
async function httpPayload(
  block: Uint8Array,
  warnings: Message[],
  warn: (ruleId: string, reason: string) => Message,
): Promise<Payload | undefined> {
  const he = headerEnd(block, 0)
  if (!he) {
    warnings.push(warn('corpus/warc-bad-http', 'HTTP response has no header end'))
    return { bytes: new Uint8Array(0), contentType: '' }
  }
  const { first, headers } = parseHeaders(latin1(block.subarray(0, he[0])))
  const status = Number.parseInt(first.split(' ')[1] ?? '', 10)
  if (Number.isFinite(status) && (status < 200 || status >= 300)) return undefined
  let body = block.subarray(he[1])
  if ((headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked'))
    body = dechunk(body)
  const enc = (headers.get('content-encoding') ?? '').toLowerCase().trim()
  if (enc === 'gzip' || enc === 'x-gzip' || enc === 'deflate') {
    try {
      body = await decompress(body, enc === 'deflate' ? 'deflate' : 'gzip')
    } catch {
      warnings.push(warn('corpus/warc-bad-content-encoding', `HTTP body is not valid ${enc}`))
      return undefined
    }
  } else if (enc && enc !== 'identity') {
    warnings.push(
      warn(
        'corpus/warc-unsupported-content-encoding',
        `HTTP Content-Encoding ${enc} is not supported`,
      ),
    )
    return undefined
  }
  return { bytes: body, contentType: headers.get('content-type') ?? '' }
}
