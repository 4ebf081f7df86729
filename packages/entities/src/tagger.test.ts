import { readFileSync } from 'node:fs'
import { normalize } from '@nuqta/normalize'
import { arabicLexicon } from '@nuqta/normalize/lexicon'
import { describe, expect, it } from 'vitest'
import { loadArabicModel } from './model-data'
import { tagArabic, tagWords } from './tagger'
import { readConll, spanScores } from './tagger-conll'

const model = loadArabicModel()
const spans = (text: string) =>
  tagArabic(text, model, { lexicon: arabicLexicon }).map((s) => [
    text.slice(s.start, s.end),
    s.type,
  ])

describe('tagArabic', () => {
  // sentences written for this test (not from corpus/ or ANERcorp)
  it('finds people, places and organisations in raw news text', () => {
    expect(spans('وقال الرئيس الروسي فلاديمير بوتين في موسكو')).toEqual([
      ['فلاديمير بوتين', 'PERSON'],
      ['موسكو', 'LOCATION'],
    ])
    expect(spans('التقى وزير الخارجية نظيره في الرياض لبحث الأزمة مع الأمم المتحدة')).toEqual([
      ['الرياض', 'LOCATION'],
      ['الأمم المتحدة', 'ORGANIZATION'],
    ])
  })

  it('leaves proclitics outside the span and keeps names that begin with a clitic letter', () => {
    expect(spans('وصلت المساعدات إلى بيروت وبأوكرانيا')).toEqual([
      ['بيروت', 'LOCATION'],
      ['أوكرانيا', 'LOCATION'],
    ])
  })

  it('maps offsets back through diacritics and presentation forms', () => {
    const text = 'زار الرئيسُ مَدِينَةَ بَيْرُوتَ أمس'
    const found = tagArabic(text, model)
    expect(found.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([['بَيْرُوتَ', 'LOCATION']])
  })

  it('gives confidences in (0, 1] and filters by minConfidence', () => {
    const text = 'وقال الرئيس الروسي فلاديمير بوتين في موسكو'
    const all = tagArabic(text, model)
    for (const s of all) expect(s.confidence > 0 && s.confidence <= 1).toBe(true)
    expect(tagArabic(text, model, { minConfidence: 1.01 })).toEqual([])
  })

  it('returns nothing for empty text and rejects a non-string', () => {
    expect(tagArabic('', model)).toEqual([])
    expect(() => tagArabic(42 as unknown as string, model)).toThrow(/text/)
  })
})

describe('tagWords', () => {
  // a fixed slice of the dev portion (last 10 % of the train split): the shipped model was
  // trained on it, so this floor only catches a broken model, it is not an evaluation
  it('keeps span F1 on a fixed train-split slice above a floor', () => {
    const text = readFileSync(
      new URL('../data/anercorp/ANERcorp-CamelLabSplit-reconstructed.train.txt', import.meta.url),
      'utf8',
    )
    const all = readConll(text)
    const slice = all.slice(Math.floor(all.length * 0.9)).slice(0, 150)
    const words = slice.map((s) => s.words.map((w) => normalize(w, 'search') || w))
    const pred = words.map((w) => tagWords(w, model).labels)
    const f1 = spanScores(
      slice.map((s) => s.tags),
      pred,
    ).ALL?.f1
    expect(f1).toBeGreaterThan(80)
  })
})
