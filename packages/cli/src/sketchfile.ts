/**
 * `sketches.bin` in a work folder: one fixed-size entry per document (input position, content hash,
 * length, shingle count, signature), little-endian, so a resumed run rebuilds its index quickly.
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs'
import type { PlainSketch } from './steps/dedup'

/** Bytes of one signature entry in `sketches.bin`. */
export const sketchBytes = (k: number) => 24 + 4 * k

export function packSketch(seq: number, s: PlainSketch): Buffer {
  const b = Buffer.alloc(sketchBytes(s.signature.length))
  b.writeDoubleLE(seq, 0)
  b.writeUInt32LE(Number.parseInt(s.contentHash.slice(0, 8), 16), 8)
  b.writeUInt32LE(Number.parseInt(s.contentHash.slice(8, 16), 16), 12)
  b.writeUInt32LE(s.length, 16)
  b.writeUInt32LE(s.shingles, 20)
  Buffer.from(s.signature.buffer, s.signature.byteOffset, s.signature.byteLength).copy(b, 24)
  return b
}

/** Read `sketches.bin` entry by entry. */
export function* readSketches(
  path: string,
  k: number,
): Generator<{ seq: number; sketch: PlainSketch }> {
  const size = sketchBytes(k)
  const fd = openSync(path, 'r')
  const chunk = Buffer.alloc(size * 1024)
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n <= 0) return
      for (let off = 0; off + size <= n; off += size) {
        const hi = chunk
          .readUInt32LE(off + 8)
          .toString(16)
          .padStart(8, '0')
        const lo = chunk
          .readUInt32LE(off + 12)
          .toString(16)
          .padStart(8, '0')
        const signature = new Uint32Array(k)
        for (let i = 0; i < k; i++) signature[i] = chunk.readUInt32LE(off + 24 + 4 * i)
        yield {
          seq: chunk.readDoubleLE(off),
          sketch: {
            contentHash: hi + lo,
            length: chunk.readUInt32LE(off + 16),
            shingles: chunk.readUInt32LE(off + 20),
            signature,
          },
        }
      }
    }
  } finally {
    closeSync(fd)
  }
}
