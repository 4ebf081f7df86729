// The same fixtures through extract() in Node and in a real browser (Debian's Chromium through
// playwright-core): the corpus articles and a few trap sentences must give identical mentions.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser, launchChromium } from '../../../scripts/chromium'
import { worldCities } from '../src/cities-data'
import { createExtractor } from '../src/index'
import { loadArabicModel } from '../src/model-data'

const corpusDir = join(__dirname, '..', '..', '..', 'corpus')
const fixtures = [
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  'وتحييد أكثر من 150 جنديا أوكرانيا، وفقا لقناة روسيا اليوم الإخبارية',
  'Mr. Zelensky’s office said the Kremlin had not replied.',
]

let browser: Browser
let bundle: string

beforeAll(async () => {
  bundle = await bundleForBrowser(join(__dirname, 'browser-entry.ts'), 'entities')
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('extract in Chromium', () => {
  it('gives the same mentions as in Node, with the tagger and the cities', async () => {
    const ex = createExtractor({ model: loadArabicModel(), cities: worldCities })
    const inNode = fixtures.map((t) => ex.extract(t))
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate((texts) => {
      const e = (globalThis as unknown as { entities: typeof import('./browser-entry') }).entities
      const x = e.createExtractor({ model: e.loadArabicModel(), cities: e.worldCities })
      return texts.map((t) => x.extract(t))
    }, fixtures)
    expect(inNode.flat().length).toBeGreaterThan(300)
    expect(inBrowser).toEqual(inNode)
  }, 120_000)
})
