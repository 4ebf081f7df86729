import { normalize } from '@nuqta/normalize'
import { describe, expect, it } from 'vitest'
import { Deduplicator } from '../src/index'

// The optional peer: Arabic spelling variants become exact duplicates under its 'search' profile.
const story =
  'أعلنت وزارة الدفاع أن القوات صدت هجوما على مستشفى في المدينة إلى الشرق من العاصمة بعد معارك استمرت حتى الصباح'
const variant =
  'اعلنت وزاره الدفـاع ان القوات صدّت هجوماً على مستشفي في المدينه الي الشرق من العاصمه بعد معارك استمرت حتي الصباح'

describe('Deduplicator with @nuqta/normalize', () => {
  it('misses hamza, ة/ه, ى/ي, tatweel and diacritic variants with the default normalizer', () => {
    const d = new Deduplicator({ threshold: 0.8 })
    d.add({ id: 'story', text: story })
    expect(d.add({ id: 'variant', text: variant })).toEqual([])
  })
  it("finds them as exact duplicates with normalize(text, 'search')", () => {
    const d = new Deduplicator({
      threshold: 0.8,
      normalize: (t) => normalize(t, 'search'),
      normalizeName: 'search',
    })
    d.add({ id: 'story', text: story })
    expect(d.add({ id: 'variant', text: variant })).toEqual([
      { id: 'story', similarity: 1, exact: true },
    ])
  })
})
