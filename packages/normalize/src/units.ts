/**
 * Turning the run loop's output buffer of UTF-16 code units into a string, fast and keeping lone
 * surrogates.
 * @module
 */

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
let utf16: TextDecoder | undefined

/** Whether the units hold a surrogate that is not part of a valid pair. */
function hasLoneSurrogate(out: Uint16Array, len: number): boolean {
  for (let i = 0; i < len; i++) {
    const c = out[i] as number
    if ((c & 0xf800) !== 0xd800) continue
    if (c >= 0xdc00) return true
    const d = i + 1 < len ? (out[i + 1] as number) : 0
    if (d < 0xdc00 || d > 0xdfff) return true
    i++
  }
  return false
}

/** Node's Buffer, when running in Node: its UTF-16LE decode is a plain copy that keeps lone surrogates. */
interface NodeBuffer {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(encoding: 'utf16le'): string }
}
const nodeBuffer: NodeBuffer | undefined = (() => {
  const g = globalThis as { Buffer?: unknown; process?: { versions?: { node?: unknown } } }
  return typeof g.process?.versions?.node === 'string' && typeof g.Buffer === 'function'
    ? (g.Buffer as unknown as NodeBuffer)
    : undefined
})()

/** Builds a string from code units, keeping lone surrogates as they are. */
export function unitsToString(out: Uint16Array, len: number): string {
  if (len > 512 && LITTLE_ENDIAN && nodeBuffer !== undefined) {
    return nodeBuffer.from(out.buffer, out.byteOffset, len * 2).toString('utf16le')
  }
  if (len > 512 && LITTLE_ENDIAN && !hasLoneSurrogate(out, len)) {
    // a UTF-16LE decode is several times faster than fromCharCode on long texts; it would replace
    // lone surrogates with U+FFFD, hence the check above
    utf16 ??= new TextDecoder('utf-16le')
    return utf16.decode(out.subarray(0, len))
  }
  const CH = 8192
  if (len <= CH) return String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[])
  const parts: string[] = []
  for (let a = 0; a < len; a += CH) {
    parts.push(
      String.fromCharCode.apply(
        null,
        out.subarray(a, Math.min(len, a + CH)) as unknown as number[],
      ),
    )
  }
  return parts.join('')
}
