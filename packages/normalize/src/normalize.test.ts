import { describe, expect, it } from 'vitest'
import { NormalizeTypeError } from './errors'
import { createNormalizer, normalize, normalizeDetailed } from './normalize'
import type { Lexicon } from './types'

/** A small lexicon standing in for the shipped one: knows two words of each kind. */
const fakeLexicon: Lexicon = {
  fixFinalYa: (w) => ({ الأوكرانى: 'الأوكراني', فى: 'في', الروسى: 'الروسي' })[w],
  splitRunOn: (w) => (w === 'الولاياتالمتحدة' ? [8] : w === 'فيالقاهرة' ? [2] : undefined),
}

describe('normalize', () => {
  describe('presentation forms', () => {
    it('turns lam-alef ligatures into two letters, keeping hamza and madda', () => {
      expect(normalize('ﻻ ﻷ ﻹ ﻵ')).toBe('لا لأ لإ لآ')
    })
    it('expands ﷲ to الله and ﷺ to its phrase', () => {
      expect(normalize('ﷲ')).toBe('الله')
      expect(normalize('محمد ﷺ')).toBe('محمد صلى الله عليه وسلم')
    })
    it('writes ﷼ as ريال with an Arabic yeh', () => {
      expect(normalize('١٠٠ ﷼')).toBe('١٠٠ ريال')
    })
    it('maps positional letter forms to the base letter', () => {
      expect(normalize('ﻣﺮﺣﺒﺎ')).toBe('مرحبا')
    })
    it('is off in the lucene profile (Lucene does no NFKC)', () => {
      expect(normalize('ﷲ ﻷ', 'lucene')).toBe('ﷲ ﻷ')
    })
  })

  describe('composition', () => {
    it('composes alef and a combining hamza or madda', () => {
      expect(normalize('\u0627\u0654\u062d\u0645\u062f')).toBe('أحمد')
      expect(normalize('\u0627\u0653\u0645\u0646')).toBe('آمن')
      expect(normalize('\u0645\u0633\u0648\u0654\u0648\u0644')).toBe('مسؤول')
    })
  })

  describe('invisible characters', () => {
    it('removes bidi marks, ZWNJ, BOM and soft hyphen', () => {
      expect(normalize('\ufeff\u200fمرحبا\u200e \u061cبكم\u00ad\u202b\u2066')).toBe('مرحبا بكم')
      expect(normalize('ال\u200cكتاب')).toBe('الكتاب')
    })
    it('keeps ZWJ inside an emoji sequence and removes it elsewhere', () => {
      expect(normalize('👩\u200d💻')).toBe('👩\u200d💻')
      expect(normalize('ب\u200dب')).toBe('بب')
    })
  })

  describe('spaces', () => {
    it('turns every Unicode space into one ASCII space and keeps newlines', () => {
      expect(normalize('بين\u00a0\u2009الدول\n\nوفي\u3000العالم')).toBe('بين الدول\n\nوفي العالم')
    })
  })

  describe('punctuation spacing', () => {
    it('removes the space before a comma and keeps one after', () => {
      expect(normalize('حدودها ، بينما')).toBe('حدودها، بينما')
      expect(normalize('في كورسك ، حيث')).toBe('في كورسك، حيث')
    })
    it('adds a space after Arabic punctuation followed by a letter', () => {
      expect(normalize('نعم،لا')).toBe('نعم، لا')
      expect(normalize('هل جاء؟نعم')).toBe('هل جاء؟ نعم')
    })
    it('removes spaces inside brackets', () => {
      expect(normalize('قناة ( روسيا اليوم) الإخبارية')).toBe('قناة (روسيا اليوم) الإخبارية')
      expect(normalize('« نص » و [ رقم ]')).toBe('«نص» و [رقم]')
    })
    it('leaves decimals and thousands alone', () => {
      expect(normalize('3.5 و 1,000 و .5')).toBe('3.5 و 1,000 و .5')
    })
  })

  describe('tatweel', () => {
    it('turns a tatweel standing between spaces into a dash', () => {
      expect(normalize('الحدود الأرمينية ـ الأذربيجانية')).toBe('الحدود الأرمينية - الأذربيجانية')
    })
    it('keeps kashida inside words for display and removes it for search', () => {
      expect(normalize('جـــميل')).toBe('جـــميل')
      expect(normalize('جـــميل', 'search')).toBe('جميل')
    })
    it('deletes every tatweel in the lucene profile, as Lucene does', () => {
      expect(normalize('أ ـ ب', 'lucene')).toBe('ا  ب')
    })
  })

  describe('diacritics', () => {
    it('removes harakat, tanween, shadda and sukun for search', () => {
      expect(normalize('مُحَمَّدٌ رَسُولُ اللَّهِ', 'search')).toBe('محمد رسول الله')
    })
    it('removes one class at a time', () => {
      expect(normalize('مُحَمَّدٌ', { diacritics: { shadda: true } })).toBe('مُحَمَدٌ')
      expect(normalize('كتاباً', { diacritics: { tanween: true } })).toBe('كتابا')
      expect(normalize('كِتَابٌ', { diacritics: { harakat: true } })).toBe('كتابٌ')
      expect(normalize('قُلْ', { diacritics: { sukun: true } })).toBe('قُل')
    })
    it('removes both tanween orders', () => {
      expect(normalize('شكراً شكرًا', 'search')).toBe('شكرا شكرا')
    })
    it('turns dagger alef into alef on request', () => {
      expect(normalize('هٰذا', { diacritics: { daggerAlef: 'alef' } })).toBe('هاذا')
      expect(normalize('هٰذا', { diacritics: { daggerAlef: true } })).toBe('هذا')
    })
    it('removes Quranic marks', () => {
      expect(normalize('عَلَيۡهِمۡ ۚ', { diacritics: { quranic: true } })).toBe('عَلَيهِم ')
      expect(normalize('عَلَيۡهِمۡ', { profile: 'search' })).toBe('عليهم')
    })
  })

  describe('letter folding', () => {
    it('folds alef variants for search', () => {
      expect(normalize('أحمد إبراهيم آمال ٱلكتاب ٲ ٳ', 'search')).toBe(
        'احمد ابراهيم امال الكتاب ا ا',
      )
    })
    it('folds ى, ة and hamza seats for search', () => {
      expect(normalize('على المدرسة مسؤول رئيس', 'search')).toBe('علي المدرسه مسوول رييس')
    })
    it('maps Persian look-alikes, ی by position', () => {
      expect(normalize('کتاب یک', { persian: true })).toBe('كتاب يك')
      expect(normalize('علی', { persian: true })).toBe('على')
      expect(normalize('علی', 'search')).toBe('علي')
      expect(normalize('ہ ە ھ ۃ', { persian: true })).toBe('ه ه ه ة')
    })
  })

  describe('digits and punctuation', () => {
    it('converts Arabic-Indic and Persian digits to ASCII and back', () => {
      expect(normalize('عام ٢٠٢٤ و ۱۴۰۳', { digits: 'ascii' })).toBe('عام 2024 و 1403')
      expect(normalize('عام 2024', { digits: 'arabic' })).toBe('عام ٢٠٢٤')
    })
    it('converts Arabic punctuation to ASCII except between digits', () => {
      expect(normalize('نعم، لا؛ لماذا؟ ١،٥', { punctuation: 'ascii' })).toBe('نعم, لا; لماذا? ١،٥')
      expect(normalize('نعم, لا? 1,5', { punctuation: 'arabic' })).toBe('نعم، لا؟ 1,5')
    })
  })

  describe('tanween order', () => {
    it('writes fathatan before or after the alef', () => {
      expect(normalize('كتاباً', { tanweenOrder: 'fathatan-alef' })).toBe('كتابًا')
      expect(normalize('كتابًا', { tanweenOrder: 'alef-fathatan' })).toBe('كتاباً')
    })
    it('reorders only after a letter other than alef, so a second run changes nothing', () => {
      expect(normalize('ااً', { tanweenOrder: 'fathatan-alef' })).toBe('ااً')
      expect(normalize('ًاا', { tanweenOrder: 'alef-fathatan' })).toBe('ًاا')
    })
  })

  describe('elongation', () => {
    it('caps repeated Arabic letters in search', () => {
      expect(normalize('جمييييل جداااا', 'search')).toBe('جمييل جداا')
      expect(normalize('الله', 'search')).toBe('الله')
    })
  })

  describe('lexicon repairs', () => {
    it('repairs a final ى the lexicon knows and keeps the rest', () => {
      expect(normalize('قال الرئيس الأوكرانى على الهاتف', { lexicon: fakeLexicon })).toBe(
        'قال الرئيس الأوكراني على الهاتف',
      )
    })
    it('splits run-on words', () => {
      expect(normalize('حاثة الولاياتالمتحدة للتحدث', { lexicon: fakeLexicon })).toBe(
        'حاثة الولايات المتحدة للتحدث',
      )
    })
    it('asks the lexicon with the word as written, so search splits before folding ة', () => {
      expect(normalize('حاثة الولاياتالمتحدة', { profile: 'search', lexicon: fakeLexicon })).toBe(
        'حاثه الولايات المتحده',
      )
    })
    it('does nothing without a lexicon', () => {
      expect(normalize('الولاياتالمتحدة الأوكرانى')).toBe('الولاياتالمتحدة الأوكرانى')
    })
    it('skips words carrying diacritics', () => {
      expect(normalize('الأوكرانىَ', { lexicon: fakeLexicon })).toBe('الأوكرانىَ')
    })
  })

  describe('camel profile (CAMeL Tools parity)', () => {
    it('runs NFKC over everything, not only Arabic', () => {
      expect(normalize('ﬁ ① ｱ', 'camel')).toBe('fi 1 ア')
    })
    it('applies its ﷼ and ﷽ fixes', () => {
      expect(normalize('﷼', 'camel')).toBe('ريال')
      expect(normalize('﷽', 'camel')).toBe('بسم الله الرحمن الرحيم')
    })
    it('folds ٱ but not ٲ ٳ, keeps tatweel, removes dagger alef', () => {
      expect(normalize('ٱ ٲ ٳ ـ هٰذا', 'camel')).toBe('ا ٲ ٳ ـ هذا')
    })
    it('composes alef + hamza through NFKC, then folds', () => {
      expect(normalize('\u0627\u0654', 'camel')).toBe('ا')
    })
    it('keeps CAMeL Tools’ own non-idempotence on a folded alef before a combining madda', () => {
      const once = normalize('أ\u0653', 'camel')
      expect(once).toBe('ا\u0653')
      expect(normalize(once, 'camel')).toBe('ا')
    })
  })

  describe('lucene profile (Lucene parity)', () => {
    it('folds only آ أ إ, ى, ة and deletes tatweel and U+064B–U+0652', () => {
      expect(normalize('ٱلْكِتَابُ إلى المدرسةِ ٰ', 'lucene')).toBe('ٱلكتاب الي المدرسه ٰ')
    })
    it('touches nothing else: no NFKC, no spaces, no invisible characters', () => {
      expect(normalize('ﻻ\u00a0\u200f،  ?', 'lucene')).toBe('ﻻ\u00a0\u200f،  ?')
    })
  })

  describe('display profile', () => {
    it('never deletes characters it does not know', () => {
      const s = 'Ω ✓ \u0000 \u0007 ẞ 中文 \ud800'
      expect(normalize(s)).toBe(s)
    })
    it('keeps diacritics, letters and digits as written', () => {
      const s = 'مُحَمَّد إلى المدرسة ٢٠٢٤'
      expect(normalize(s)).toBe(s)
    })
  })

  describe('bad input', () => {
    it('throws a NormalizeTypeError naming the argument', () => {
      expect(() => normalize(42 as unknown as string)).toThrow(NormalizeTypeError)
      expect(() => normalize(null as unknown as string)).toThrow(
        /^text: expected a string, got null/,
      )
      expect(() => normalize('x', { profile: 'nope' as 'search' })).toThrow(/options\.profile/)
      expect(() => normalize('x', { tatweel: 'yes' as 'keep' })).toThrow(/options\.tatweel/)
      expect(() => normalize('x', 7 as unknown as 'search')).toThrow(/^options:/)
    })
    it('handles lone surrogates and control characters without throwing', () => {
      for (const p of ['display', 'search', 'camel', 'lucene'] as const) {
        expect(normalize('\ud800\udc00\udfff\u0000ب\ud83d', p).length).toBeGreaterThan(0)
      }
      expect(normalize('\ud800ب\udfff')).toBe('\ud800ب\udfff')
      const long = `${'كلمة '.repeat(200)}\ud800 \udc00${'\ud83d\ude00'.repeat(100)}`
      for (const p of ['display', 'search', 'lucene'] as const)
        expect(normalize(long, p)).toContain('\ud800 \udc00😀')
      expect(normalize('a\u0000\u0007b\u009f', 'search')).toBe('ab')
    })
  })
})

describe('normalizeDetailed', () => {
  it('returns the same text as normalize', () => {
    const s = 'قال ﷲ ، في ٱلكتاب'
    expect(normalizeDetailed(s, 'search').text).toBe(normalize(s, 'search'))
  })
  it('maps spans back through an expansion', () => {
    const r = normalizeDetailed('ﷲ أكبر', 'search')
    expect(r.text).toBe('الله اكبر')
    expect(r.alignment.toOriginal(0, 4)).toEqual([0, 1])
    expect(r.alignment.toOriginal(1, 2)).toEqual([0, 1])
    expect(r.alignment.toOriginal(5, 9)).toEqual([2, 6])
    expect(r.alignment.toNormalized(0, 1)).toEqual([0, 4])
    expect(r.alignment.toNormalized(2, 6)).toEqual([5, 9])
  })
  it('maps spans through deletions', () => {
    const r = normalizeDetailed('مُحَمَّد', 'search')
    expect(r.text).toBe('محمد')
    expect(r.alignment.toOriginal(1, 2)).toEqual([2, 4])
    expect(r.alignment.toNormalized(3, 4)).toEqual([1, 2])
  })
  it('maps spans through an inserted space (run-on split)', () => {
    const r = normalizeDetailed('في الولاياتالمتحدة', { lexicon: fakeLexicon })
    expect(r.text).toBe('في الولايات المتحدة')
    expect(r.alignment.toOriginal(12, 19)).toEqual([11, 18])
    expect(r.alignment.toNormalized(11, 18)).toEqual([12, 19])
  })
  it('lists every change with its rule id, kind, spans and text', () => {
    const r = normalizeDetailed('أحمد ، ﷲ', 'search')
    expect(r.text).toBe('احمد, الله')
    const src = { source: '@nuqta/normalize' }
    expect(r.changes).toEqual([
      {
        start: 0,
        end: 1,
        outputStart: 0,
        outputEnd: 1,
        before: 'أ',
        after: 'ا',
        ruleId: 'normalize/alef',
        ...src,
        reason: 'alef variant folded to bare alef',
        kind: 'fold',
      },
      {
        start: 4,
        end: 5,
        outputStart: 4,
        outputEnd: 4,
        before: ' ',
        after: '',
        ruleId: 'normalize/punctuation-spacing',
        ...src,
        reason: 'space around punctuation fixed',
        kind: 'removal',
      },
      {
        start: 5,
        end: 6,
        outputStart: 4,
        outputEnd: 5,
        before: '،',
        after: ',',
        ruleId: 'normalize/punctuation',
        ...src,
        reason: 'punctuation mark converted to the chosen script',
        kind: 'fold',
      },
      {
        start: 7,
        end: 8,
        outputStart: 6,
        outputEnd: 10,
        before: 'ﷲ',
        after: 'الله',
        ruleId: 'normalize/presentation-forms',
        ...src,
        reason: 'Arabic presentation form replaced by its letters',
        kind: 'fold',
      },
    ])
    expect(JSON.parse(JSON.stringify(r))).toEqual({ text: r.text, changes: r.changes })
  })
  it('reports lexicon repairs as final-ya and run-on changes', () => {
    const r = normalizeDetailed('فى الولاياتالمتحدة', { lexicon: fakeLexicon })
    expect(r.changes.map((e) => [e.ruleId, e.kind, e.before, e.after])).toEqual([
      ['normalize/final-ya', 'repair', 'ى', 'ي'],
      ['normalize/run-on', 'insertion', '', ' '],
    ])
  })
})

describe('createNormalizer', () => {
  it('compiles options once and normalizes many texts', () => {
    const n = createNormalizer({ profile: 'search', digits: 'keep' })
    expect(n.normalize('عام ٢٠٢٤')).toBe('عام ٢٠٢٤')
    expect(n.normalize('مدرسة')).toBe('مدرسه')
    expect(n.normalizeDetailed('أ').changes[0]?.ruleId).toBe('normalize/alef')
  })
  it('rejects non-strings', () => {
    expect(() => createNormalizer('search').normalize(undefined as unknown as string)).toThrow(
      NormalizeTypeError,
    )
  })
})

describe('normalize (large and adversarial input)', () => {
  const big = 4_000_000
  const cases: Record<string, string> = {
    'one long word': 'ب'.repeat(big),
    'tatweel only': 'ـ'.repeat(big),
    'invisible run after punctuation': `،${'\u200f'.repeat(big)}ب`,
    'spaces then commas': `${' '.repeat(big)}${','.repeat(1000)}`,
    'alternating punctuation and spaces': ' ،'.repeat(big / 2),
    'combining marks': `ا${'\u0654'.repeat(big)}`,
    'lone surrogates': '\ud800'.repeat(big),
    'persian yeh run': 'ی'.repeat(big),
  }
  for (const [name, s] of Object.entries(cases)) {
    it(`handles ${name} (${(s.length / 1e6).toFixed(1)} M code units) in every profile`, () => {
      for (const p of ['display', 'search', 'camel', 'lucene'] as const) {
        const out = normalize(s, p)
        expect(typeof out).toBe('string')
      }
      expect(normalize(s, { lexicon: fakeLexicon }).length).toBeGreaterThan(0)
      expect(normalizeDetailed(s, 'search').alignment.originalLength).toBe(s.length)
    }, 120_000)
  }
})
