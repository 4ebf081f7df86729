import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizeDetailed } from '../src/index'
import { camelReference } from './references'

// NFKC in the camel profile runs segment by segment (to keep an alignment); these pieces exercise
// compositions across scripts, Hangul jamo, halfwidth sound marks, astral letters and marks.
const pieces = [
  '𝐀',
  '𝟏',
  'ﬀ',
  '가',
  '\u1100',
  '\u1161',
  '\u11a8',
  'ｶ',
  'ﾞ',
  '\ud834\udd65',
  '\ud834\udd6d',
  'e',
  '\u0301',
  '\u0323',
  'ا',
  '\u0653',
  '\u0654',
  'َ',
  'ﷲ',
  '﷽',
  '\ud800',
  'Å',
  'Ω',
  '\u0344',
  '\u0f73',
  'ก',
  '\u0e38',
  '\u0e49',
  '\u3099',
  'か',
]
describe('normalize camel (NFKC segmentation)', () => {
  it('equals the CAMeL chain on whole-string NFKC, with changes that rebuild the output', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          expect(normalize(s, 'camel')).toBe(camelReference(s))
          const r = normalizeDetailed(s, 'camel')
          let rebuilt = ''
          let pos = 0
          for (const e of r.changes) {
            rebuilt += s.slice(pos, e.start) + e.after
            pos = e.end
          }
          expect(rebuilt + s.slice(pos)).toBe(r.text)
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    )
  })
})
