import fc from 'fast-check'

/** Characters that exercise every rule, mixed with ordinary text. */
const pieces: string[] = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية ىءأإآٱٲٳؤئ',
  ...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u0610\u06d6\u08f0',
  'ـ',
  'ـــ',
  ' ـ ',
  'ًا',
  'اً',
  ...'کیہەھۃ',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲0123456789',
  ...'،؛؟,;?.:!-()"\'',
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\n',
  '\r\n',
  '\t',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u061c',
  '\ufeff',
  '\u00ad',
  '\u202b',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u0090',
  ...'ﻷﻹﻵﻻﷲﷺ﷼﷽ﺍﺏﻰﯼﯽﯾﯿﹰﹱﱞﻼ',
  ...'abcXYZé',
  'e\u0301',
  'ﬁ',
  '①',
  '😀',
  '👩\u200d💻',
  '\ud800',
  '\udc00',
  '가',
  '\u1100\u1161',
  'الولايات',
  'المتحدة',
  'الأوكرانى',
  'على',
  'مستشفى',
  'فى',
  'ـ\u0654',
  '، ـ',
  'ی،',
  '\u200dـ',
  'ﺉ',
  'ﺅ',
  '\u0649\u0654',
  'ئ\u0654',
  '1.5',
  ' .5',
  '١٫٥',
  ' : ',
  '( ',
  ' )',
  '«',
  ' »',
  '\u2028',
]

/** Arbitrary text made of the pieces above. */
export const arabicText = fc
  .array(fc.constantFrom(...pieces), { maxLength: 60 })
  .map((a) => a.join(''))

/** Arbitrary text plus a random chunking of it. */
export const chunkedText = arabicText.chain((s) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: Math.max(0, s.length) }), { maxLength: 8 })
    .map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b)
      const out: string[] = []
      let p = 0
      for (const c of sorted) {
        out.push(s.slice(p, c))
        p = c
      }
      out.push(s.slice(p))
      return { s, chunks: out }
    }),
)
