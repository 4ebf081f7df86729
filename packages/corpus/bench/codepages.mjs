// A tiny single-byte encoder for the benchmark inputs (the package's own is internal).
export function encodeSingleByte(text, charset) {
  const dec = new TextDecoder(charset === 'windows-1252' ? 'windows-1256' : charset)
  const map = new Map()
  if (charset === 'windows-1252') {
    // cp1252 from the package table: reuse windows-1256's punctuation range and Latin-1 for the rest
    for (let b = 0; b < 256; b++) map.set(b, b)
    const high = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
      0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
      0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ]
    for (let i = 0; i < 32; i++) map.set(high[i], 0x80 + i)
  } else {
    for (let b = 255; b >= 0; b--) {
      const s = dec.decode(Uint8Array.of(b))
      if (s.length === 1 && s !== '\uFFFD') map.set(s.charCodeAt(0), b)
    }
  }
  const out = new Uint8Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const b = map.get(text.charCodeAt(i))
    if (b !== undefined) out[n++] = b
  }
  return out.subarray(0, n)
}
