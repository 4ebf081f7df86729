// The same reader in a real browser (Debian's Chromium through playwright-core): TextDecoder,
// DecompressionStream (which there stops after the first gzip member), Intl.Segmenter, Blob streams.

import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser, launchChromium } from '../../../scripts/chromium'
import { articles, concatBytes, encode, warcFor, wrapText } from './make-fixtures'

let browser: Browser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(join(__dirname, '..', 'src', 'index.ts'), 'corpus')
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('readDocuments in Chromium', () => {
  it('reads per-record gzip WARC, UTF-16 JSONL, Windows-1256 text and segments sentences', async () => {
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle })
    const [a0, , , a3] = articles() as [
      ReturnType<typeof articles>[number],
      unknown,
      unknown,
      ReturnType<typeof articles>[number],
    ]
    const html = encode(
      wrapText(a3, 'html').replace('ENCODING', 'windows-1252'),
      'windows-1252',
    ) as Uint8Array
    const warcGz = concatBytes(
      warcFor(a3, html, 'windows-1252').map((r) => new Uint8Array(gzipSync(r))),
    )
    const jsonl16 = encode(wrapText(a0, 'jsonl') + wrapText(a3, 'jsonl'), 'utf-16le') as Uint8Array
    const cp1256 = encode(a0.text, 'windows-1256') as Uint8Array
    const result = await page.evaluate(
      async ({ warcGz, jsonl16, cp1256 }) => {
        const c = (globalThis as unknown as { corpus: typeof import('../src/index') }).corpus
        const all = async (input: Uint8Array | Blob) => {
          const out = []
          for await (const d of c.readDocuments(input, { clean: false })) out.push(d)
          return out
        }
        const warc = await all(new Uint8Array(warcGz))
        const jsonl = await all(new Blob([new Uint8Array(jsonl16)]))
        const text = await all(new Uint8Array(cp1256))
        return {
          warc: warc.map((d) => [d.id, d.source.encoding, d.text]),
          jsonl: jsonl.map((d) => [d.id, d.source.encoding, d.text]),
          text: text.map((d) => [d.source.encoding, d.text]),
          sentences: c
            .segmentSentences('هل انتهت الحرب؟ لا. Talks resume today.')
            .map((s) => s.text),
        }
      },
      { warcGz: [...warcGz], jsonl16: [...jsonl16], cp1256: [...cp1256] },
    )
    expect(result.warc).toEqual([[`urn:uuid:${a3.stem}`, 'windows-1252', a3.text]])
    expect(result.jsonl).toEqual([
      [a0.stem, 'utf-16le', a0.text],
      [a3.stem, 'utf-16le', a3.text],
    ])
    expect(result.text).toEqual([['windows-1256', a0.text]])
    expect(result.sentences).toEqual(['هل انتهت الحرب؟', 'لا.', 'Talks resume today.'])
  }, 120_000)
})
