// Bundled by test/browser.test.ts for Chromium: normalizes inputs in the browser with every profile.
import { type NormalizeOptions, normalizeDetailed } from '../src/index'
import { arabicLexicon } from '../src/lexicon-data'

const configs: Record<string, NormalizeOptions> = {
  display: { profile: 'display' },
  'display-lexicon': { profile: 'display', lexicon: arabicLexicon },
  search: { profile: 'search' },
  camel: { profile: 'camel' },
  lucene: { profile: 'lucene' },
}

;(globalThis as unknown as { runAll: unknown }).runAll = (inputs: Record<string, string>) => {
  const out: Record<string, unknown> = {}
  for (const [name, text] of Object.entries(inputs)) {
    for (const [cfg, opts] of Object.entries(configs)) {
      const r = normalizeDetailed(text, opts)
      out[`${name}.${cfg}`] = {
        text: r.text,
        changes: r.changes,
        starts: [...r.alignment.groupStarts()],
      }
    }
  }
  return out
}
