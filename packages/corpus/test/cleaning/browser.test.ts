// Cleaning in a real browser (Debian's Chromium through playwright-core): mojibake repair uses the
// platform's TextDecoder for Windows-1256, ISO-8859-6, MacRoman, Windows-125x and strict UTF-8, so
// the same cases must pass there as in Node.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser, launchChromium } from '../../../../scripts/chromium'

let browser: Browser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(join(__dirname, '..', '..', 'src', 'clean.ts'), 'cleaning')
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const read = (path: string) => readFileSync(join(__dirname, path), 'utf8')

describe('cleaning in Chromium', () => {
  it('fixes the ftfy cases, the Arabic families and the corpus as in Node', async () => {
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle })
    const cases = ['in-the-wild', 'synthetic', 'language-names', 'negative'].flatMap(
      (f) =>
        JSON.parse(read(`fixtures/ftfy/${f}.json`)) as {
          original: string
          fixed: string
          'fixed-encoding'?: string
        }[],
    )
    const a003 = read('../../../../corpus/003_7c0fd61f95ef5008.txt')
    const a004 = read('../../../../corpus/004_695144b365cffb87.txt')
    const result = await page.evaluate(
      ({ cases, a003, a004 }) => {
        const c = (globalThis as unknown as { cleaning: typeof import('../../src/clean') }).cleaning
        const failed = cases
          .filter((x) => c.repairMojibake(x.original).text !== (x['fixed-encoding'] ?? x.fixed))
          .map((x) => x.original)
        return {
          failed,
          cp1256: c.repairMojibake('ط§ظ„ط¹ط±ط¨ظٹط©').text,
          legacy: c.repairMojibake('ÇáÚÑÈíÉ ÇáÝÕÍì').text,
          removed003: c
            .cleanText(a003)
            .changes.filter((r) => r.ruleId.startsWith('corpus/boilerplate-'))
            .map((r) => r.ruleId),
          first004: c.cleanText(a004).text.slice(0, 14),
        }
      },
      { cases, a003, a004 },
    )
    expect(result.failed).toEqual([])
    expect(result.cp1256).toBe('العربية')
    expect(result.legacy).toBe('العربية الفصحى')
    expect(result.removed003).toEqual([
      'corpus/boilerplate-comment-widget',
      'corpus/boilerplate-comment-excerpt',
      'corpus/boilerplate-spam-url',
      'corpus/boilerplate-comment-excerpt',
    ])
    expect(result.first004).toBe('سي إن إن — زار')
  }, 60_000)
})
