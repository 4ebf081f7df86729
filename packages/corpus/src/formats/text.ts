/**
 * Plain text: one document per input.
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import type { TextSource } from '../textsource'

/**
 * The whole text stream as one record.
 * @internal
 */
export async function* parseText(src: TextSource, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const parts: string[] = []
  for await (const chunk of src) parts.push(chunk)
  const warnings = src.takeWarnings().map((w) => report(w, ctx.options))
  yield { text: parts.join(''), record: 0, byteOffset: src.startByte, line: 1, warnings }
}
