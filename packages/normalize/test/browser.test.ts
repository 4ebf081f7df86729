import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleForBrowser, launchChromium } from '../../../scripts/chromium'
import { type NormalizeOptions, normalizeDetailed } from '../src/index'
import { arabicLexicon } from '../src/lexicon-data'

const corpus = join(__dirname, '../../../corpus')
const inputs: Record<string, string> = {}
for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
  inputs[f] = readFileSync(join(corpus, f), 'utf8')
}
// edge cases that touch lone surrogates, TextDecoder and presentation forms
inputs.edge = `\ud800ب\udfff ﷲ ﻷ 👩\u200d💻 ${'كلمة '.repeat(300)}`

const configs: Record<string, NormalizeOptions> = {
  display: { profile: 'display' },
  'display-lexicon': { profile: 'display', lexicon: arabicLexicon },
  search: { profile: 'search' },
  camel: { profile: 'camel' },
  lucene: { profile: 'lucene' },
}

describe('normalizeDetailed in a browser', () => {
  it('gives Chromium the same text, changes and alignment as Node for every profile', async () => {
    const code = await bundleForBrowser(join(__dirname, 'browser-runner.ts'))
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.setContent('<!doctype html><meta charset="utf-8"><title>normalize</title>')
      await page.addScriptTag({ content: code })
      const got = (await page.evaluate(
        (x) => (globalThis as unknown as { runAll: (i: unknown) => unknown }).runAll(x),
        inputs,
      )) as Record<string, unknown>
      for (const [name, text] of Object.entries(inputs)) {
        for (const [cfg, opts] of Object.entries(configs)) {
          const r = normalizeDetailed(text, opts)
          expect(got[`${name}.${cfg}`], `${name} ${cfg}`).toEqual({
            text: r.text,
            changes: r.changes,
            starts: [...r.alignment.groupStarts()],
          })
        }
      }
    } finally {
      await browser.close()
    }
  }, 120_000)
})
