// The development set: the five corpus articles annotated by hand (README.md here). These are the
// articles this package was developed on, so the scores are optimistic; they guard against
// regressions, not measure generalisation (the ANERcorp and NewsFANE figures in EVAL.md do that).
import { describe, expect, it } from 'vitest'
import { worldCities } from '../../src/cities-data'
import { createExtractor } from '../../src/index'
import { loadArabicModel } from '../../src/model-data'
import { score } from './score'

describe('extract on the development set', () => {
  const withTagger = createExtractor({ cities: worldCities, model: loadArabicModel() })
  const s = score((text) => withTagger.extract(text))

  it('reaches F1 0.85 for Arabic and for English', () => {
    expect(s.table['ar ALL']?.f).toBeGreaterThanOrEqual(0.85)
    expect(s.table['en ALL']?.f).toBeGreaterThanOrEqual(0.85)
  })

  it('takes no nationality adjective and no accusative look-alike for an entity', () => {
    expect(s.trapFalsePositives).toEqual([])
  })

  it('links the mentions it finds with pairwise F1 0.95 across documents and languages', () => {
    expect(s.linking.f).toBeGreaterThanOrEqual(0.95)
  })
})
