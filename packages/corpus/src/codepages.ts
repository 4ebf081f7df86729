/**
 * Single-byte code pages that matter for Arabic and Western news text: decode and encode tables.
 *
 * Windows-1256 and ISO-8859-6 come from the platform's TextDecoder (correct on every engine we
 * target). Windows-1252 is carried as a table for 0x80–0x9F because Node 20.18.3 and later decode
 * that range as C1 controls; 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252 and decode to the
 * matching C1 control, as WHATWG's encoding standard says.
 * @module
 */

/** A single-byte code page nuqta can decode and encode without the platform. */
export type SingleByteCharset = 'windows-1252' | 'windows-1256' | 'iso-8859-6' | 'iso-8859-1'

/** cp1252 0x80–0x9F as code points (undefined slots map to the C1 control of the same value). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

const decodeTables = new Map<SingleByteCharset, Uint16Array>()
const encodeTables = new Map<SingleByteCharset, Map<number, number>>()

/**
 * The 256-entry decode table of a single-byte charset: byte → UTF-16 code unit, 0xFFFD where the
 * byte is unassigned (ISO-8859-6 has holes).
 * @internal
 */
export function decodeTable(charset: SingleByteCharset): Uint16Array {
  let table = decodeTables.get(charset)
  if (table) return table
  table = new Uint16Array(256)
  if (charset === 'windows-1252' || charset === 'iso-8859-1') {
    for (let b = 0; b < 256; b++) table[b] = b
    if (charset === 'windows-1252')
      for (let i = 0; i < 32; i++) table[0x80 + i] = CP1252_HIGH[i] ?? 0
  } else {
    const decoder = new TextDecoder(charset)
    for (let b = 0; b < 256; b++) {
      const s = decoder.decode(Uint8Array.of(b))
      table[b] = s.length === 1 ? s.charCodeAt(0) : 0xfffd
    }
  }
  decodeTables.set(charset, table)
  return table
}

/**
 * Decode bytes in a single-byte charset. Never throws; unassigned bytes become U+FFFD.
 * @internal
 */
export function decodeSingleByte(bytes: Uint8Array, charset: SingleByteCharset): string {
  const table = decodeTable(charset)
  let out = ''
  const CHUNK = 8192
  const buf = new Uint16Array(Math.min(CHUNK, bytes.length))
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - i)
    for (let j = 0; j < n; j++) buf[j] = table[bytes[i + j] as number] as number
    out += String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[])
  }
  return out
}

/**
 * The reverse table of a single-byte charset: code point → byte.
 * @internal
 */
export function encodeTable(charset: SingleByteCharset): Map<number, number> {
  let map = encodeTables.get(charset)
  if (map) return map
  map = new Map()
  const table = decodeTable(charset)
  for (let b = 255; b >= 0; b--) {
    const cp = table[b] as number
    if (cp !== 0xfffd) map.set(cp, b)
  }
  encodeTables.set(charset, map)
  return map
}

/**
 * Encode a string in a single-byte charset. Returns `undefined` when a character cannot be held
 * (the caller decides whether that is an error), so nothing is ever silently replaced.
 * @internal
 */
export function encodeSingleByte(text: string, charset: SingleByteCharset): Uint8Array | undefined {
  const map = encodeTable(charset)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const b = map.get(text.charCodeAt(i))
    if (b === undefined) return undefined
    out[i] = b
  }
  return out
}
