/**
 * Text → bytes in the encodings the corpus explorer offers, so the page can hand
 * `readDocuments` real bytes and show its encoding detection at work. `TextEncoder` only writes
 * UTF-8; UTF-16LE is written by hand and Windows-1256 by inverting the browser's own
 * `TextDecoder('windows-1256')` table (which decodes correctly, unlike Node 20's Windows-1252).
 */

/** The encodings the explorer can feed an article in as. */
export type ExplorerEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1256'

/** Labels for the encoding picker, in the order shown. */
export const encodingLabels: Readonly<Record<ExplorerEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16LE (with BOM)',
  'windows-1256': 'Windows-1256',
}

/** The encoding detection should report for bytes written as each `ExplorerEncoding`. */
export const expectedEncoding: Readonly<Record<ExplorerEncoding, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'windows-1256': 'windows-1256',
}

let cp1256: Map<number, number> | undefined

/** Code point → byte for Windows-1256, built once from the platform's decoder. */
function cp1256Table(): Map<number, number> {
  if (cp1256 !== undefined) return cp1256
  const decoder = new TextDecoder('windows-1256')
  const table = new Map<number, number>()
  for (let byte = 0; byte < 256; byte++) {
    const ch = decoder.decode(Uint8Array.of(byte))
    const cp = ch.codePointAt(0)
    if (ch.length === 1 && cp !== undefined && cp !== 0xfffd && !table.has(cp)) table.set(cp, byte)
  }
  cp1256 = table
  return table
}

/** The first character of `text` that Windows-1256 cannot hold, or `undefined` when it holds all. */
export function unencodable1256(text: string): string | undefined {
  const table = cp1256Table()
  for (const ch of text) {
    if (!table.has(ch.codePointAt(0) ?? -1)) return ch
  }
  return undefined
}

/** Writes `text` in Windows-1256; `undefined` when a character has no byte there. */
export function encode1256(text: string): Uint8Array | undefined {
  const table = cp1256Table()
  const out = new Uint8Array(text.length)
  let i = 0
  for (const ch of text) {
    const byte = table.get(ch.codePointAt(0) ?? -1)
    if (byte === undefined) return undefined
    out[i++] = byte
  }
  return out.subarray(0, i)
}

/** Writes `text` as UTF-16 little-endian code units (no BOM). */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out[2 * i] = unit & 0xff
    out[2 * i + 1] = unit >> 8
  }
  return out
}

function concat(head: readonly number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + body.length)
  out.set(head, 0)
  out.set(body, head.length)
  return out
}

/**
 * Encodes `text` as `encoding`: UTF-8, UTF-8 after the BOM `EF BB BF`, UTF-16LE after the BOM
 * `FF FE`, or Windows-1256 (`undefined` when the text holds a character it cannot encode).
 */
export function encodeText(text: string, encoding: ExplorerEncoding): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text)
    case 'utf-8-bom':
      return concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(text))
    case 'utf-16le':
      return concat([0xff, 0xfe], encodeUtf16le(text))
    case 'windows-1256':
      return encode1256(text)
  }
}
