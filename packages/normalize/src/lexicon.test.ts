import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LexiconDataError } from './errors'
import { createLexicon, type LexiconData } from './lexicon'
import { arabicLexicon } from './lexicon-data'

const tiny: LexiconData = {
  format: 'nuqta-lexicon',
  version: 1,
  finalYa: {
    threshold: 0.9,
    maqsura: 'على\nحتى\nمستشفى',
    ya: '0روس\n0ف', // front-coded روسي, في
    model: 'سك\t40\t0\nوس\t5\t5',
  },
  runOn: { tokens: 1000, words: 'الولايات\t81\nالمتحدة\t284\nفي\t300' },
}

describe('createLexicon', () => {
  it('builds a working lexicon from small hand-made data', () => {
    const lex = createLexicon(tiny)
    expect(lex.fixFinalYa('فى')).toBe('في')
    expect(lex.fixFinalYa('الروسى')).toBe('الروسي')
    expect(lex.fixFinalYa('على')).toBeUndefined()
    expect(lex.fixFinalYa('زيلينسكى')).toBe('زيلينسكي') // suffix model: سك → ي
    expect(lex.fixFinalYa('فاموسى')).toBeUndefined() // وس is 50/50: below the threshold
    expect(lex.splitRunOn('الولاياتالمتحدة')).toEqual([8])
  })

  it('reads the suffix-model threshold from the data', () => {
    const strict = createLexicon({ ...tiny, finalYa: { ...tiny.finalYa, threshold: 1 } })
    const loose = createLexicon({ ...tiny, finalYa: { ...tiny.finalYa, threshold: 0.5 } })
    expect(strict.fixFinalYa('فاموسى')).toBeUndefined()
    expect(loose.fixFinalYa('فاموسى')).toBe('فاموسي')
  })

  it('rejects data that is not an object, with a typed error', () => {
    expect(() => createLexicon(null as unknown as LexiconData)).toThrow(LexiconDataError)
  })

  it('names the field of a wrong format or version', () => {
    const e1 = catchError(() =>
      createLexicon({ ...tiny, format: 'other' } as unknown as LexiconData),
    )
    expect(LexiconDataError.isInstance(e1) && e1.field).toBe('format')
    const e2 = catchError(() => createLexicon({ ...tiny, version: 2 } as unknown as LexiconData))
    expect(LexiconDataError.isInstance(e2) && e2.field).toBe('version')
  })

  it('points at the bad line of a list', () => {
    const bad = { ...tiny, finalYa: { ...tiny.finalYa, maqsura: 'على\nحتي' } }
    const e = catchError(() => createLexicon(bad))
    expect(LexiconDataError.isInstance(e)).toBe(true)
    expect((e as LexiconDataError).field).toBe('finalYa.maqsura')
    expect((e as LexiconDataError).line).toBe(2)
    const counts = { ...tiny, runOn: { ...tiny.runOn, words: 'في\t3\nالمتحدة\tmany' } }
    expect((catchError(() => createLexicon(counts)) as LexiconDataError).line).toBe(2)
    const model = { ...tiny, finalYa: { ...tiny.finalYa, model: 'سك\t40' } }
    expect((catchError(() => createLexicon(model)) as LexiconDataError).field).toBe('finalYa.model')
  })

  it('rejects a front-coded line that shares more letters than the previous word has', () => {
    const bad = { ...tiny, finalYa: { ...tiny.finalYa, ya: '0روس\n9ف' } }
    const e = catchError(() => createLexicon(bad)) as LexiconDataError
    expect([e.field, e.line]).toEqual(['finalYa.ya', 2])
  })

  it('rejects a threshold outside [0, 1] and a missing section', () => {
    const t = { ...tiny, finalYa: { ...tiny.finalYa, threshold: 1.5 } }
    expect((catchError(() => createLexicon(t)) as LexiconDataError).field).toBe('finalYa.threshold')
    const { runOn: _, ...noRunOn } = tiny
    expect(
      (catchError(() => createLexicon(noRunOn as LexiconData)) as LexiconDataError).field,
    ).toBe('runOn')
  })

  it('rejects keys with hamza on alef (keys are folded to bare alef)', () => {
    const bad = { ...tiny, finalYa: { ...tiny.finalYa, maqsura: 'إلى' } }
    expect(() => createLexicon(bad)).toThrow(/finalYa\.maqsura line 1/u)
  })
})

describe('arabicLexicon', () => {
  const fix = (w: string) => arabicLexicon.fixFinalYa(w)

  it('fixes the Egyptian final ى of the spec examples', () => {
    expect(fix('الروسى')).toBe('الروسي')
    expect(fix('زيلينسكى')).toBe('زيلينسكي')
    expect(fix('فى')).toBe('في')
  })

  it('fixes nisba adjectives, names and pronoun forms, known or not', () => {
    expect(fix('البيلاروسى')).toBe('البيلاروسي')
    expect(fix('ميدينسكى')).toBe('ميدينسكي')
    expect(fix('ممثلى')).toBe('ممثلي')
    expect(fix('المصرى')).toBe('المصري')
    expect(fix('حمدى')).toBe('حمدي')
  })

  it('fixes words with proclitics attached', () => {
    expect(fix('والروسى')).toBe('والروسي')
    expect(fix('بالروسى')).toBe('بالروسي')
    expect(fix('للرئيس')).toBeUndefined() // not ending in ى
    expect(fix('والذى')).toBe('والذي')
    expect(fix('التى')).toBe('التي')
  })

  it('keeps true alef maksura words', () => {
    for (const w of [
      'على',
      'إلى',
      'حتى',
      'أخرى',
      'مستشفى',
      'مصطفى',
      'الأولى',
      'كبرى',
      'موسيقى',
      'مبنى',
      'معنى',
      'ذكرى',
      'سلمى',
      'ليلى',
      'موسى',
      'يحيى',
      'لدى',
      'مستوى',
      'عيسى',
      'مرتضى',
      'مجتبى',
    ]) {
      expect(fix(w), w).toBeUndefined()
    }
  })

  it('keeps ى words with proclitics and hamza-less spellings', () => {
    for (const w of ['وعلى', 'بمعنى', 'والمستشفى', 'للمستشفى', 'الى', 'اخرى', 'سيسعى', 'ويبقى']) {
      expect(fix(w), w).toBeUndefined()
    }
  })

  it('keeps words that are right with both endings (على/علي, إلى/إلي, سعى/سعي)', () => {
    for (const w of ['على', 'إلى', 'سعى', 'نادى', 'رأى']) expect(fix(w), w).toBeUndefined()
  })

  it('keeps diacritics and hamza of the input, changing only the final letter', () => {
    expect(fix('فِى')).toBe('فِي')
    expect(fix('الأوكرانى')).toBe('الأوكراني')
    expect(fix('الروسىّ')).toBe('الروسيّ')
  })

  it('ignores words that do not end in ى or are not Arabic', () => {
    expect(fix('في')).toBeUndefined()
    expect(fix('ى')).toBeUndefined()
    expect(fix('')).toBeUndefined()
    expect(fix('abcى')).toBeUndefined()
  })

  it('splits the run-on of the spec at the missing space', () => {
    expect(arabicLexicon.splitRunOn('الولاياتالمتحدة')).toEqual([8])
  })

  it('splits other run-ons of two frequent words', () => {
    expect(arabicLexicon.splitRunOn('المنطقةالتي')).toEqual([7])
    expect(arabicLexicon.splitRunOn('رئيسالوزراء')).toEqual([4])
    expect(arabicLexicon.splitRunOn('مجلسالأمن')).toEqual([4])
    expect(arabicLexicon.splitRunOn('علىالأرض')).toEqual([3])
    expect(arabicLexicon.splitRunOn('إلىالقاهرة')).toEqual([3])
  })

  it('keeps compounds conventionally written joined', () => {
    for (const w of ['عبدالله', 'عبدالرحمن', 'ثلاثمائة', 'خمسمائة']) {
      expect(arabicLexicon.splitRunOn(w), w).toBeUndefined()
    }
  })

  it('gives the same answer on repeated calls (answers are cached)', () => {
    const first = arabicLexicon.splitRunOn('الولاياتالمتحدة')
    first?.push(99) // a caller mutating the result must not change the next answer
    expect(arabicLexicon.splitRunOn('الولاياتالمتحدة')).toEqual([8])
    expect(fix('الروسى')).toBe(fix('الروسى'))
  })

  it('returns indices into the input when it carries diacritics', () => {
    // 'الولاياتُ' + 'المتحدة': the damma after ت belongs to the first word.
    expect(arabicLexicon.splitRunOn('الولاياتُالمتحدة')).toEqual([9])
  })

  it('does not split ordinary long words', () => {
    for (const w of [
      'الاستثمارات',
      'المتحدة',
      'والمستشفيات',
      'الإسرائيلية',
      'باستخدامها',
      'عبدالرحمن',
      'الاستراتيجية',
      'فسيكفيكهم',
    ]) {
      expect(arabicLexicon.splitRunOn(w), w).toBeUndefined()
    }
  })

  it('does not split short or non-Arabic runs', () => {
    expect(arabicLexicon.splitRunOn('فيمصر')).toBeUndefined()
    expect(arabicLexicon.splitRunOn('UnitedStates')).toBeUndefined()
    expect(arabicLexicon.splitRunOn('الولايات-المتحدة')).toBeUndefined()
  })
})

describe('arabicLexicon on arbitrary words', () => {
  // Arabic letters (with ى ي ة and hamza forms) and a few marks, in any order.
  const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ', '\u064E', '\u0651', '\u0640']
  const word = fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 24 })
    .map((a) => a.join(''))

  it('fixFinalYa changes only a final ى, into ي', () => {
    fc.assert(
      fc.property(word, (w) => {
        const out = arabicLexicon.fixFinalYa(w)
        if (out === undefined) return
        const i = w.lastIndexOf('ى')
        expect(out).toBe(`${w.slice(0, i)}ي${w.slice(i + 1)}`)
        expect(w.slice(i + 1).replace(/[\u064E\u0651\u0640]/gu, '')).toBe('')
      }),
      { numRuns: 3000 },
    )
  })

  it('splitRunOn cuts once, inside the word, before a letter', () => {
    fc.assert(
      fc.property(word, (w) => {
        const cut = arabicLexicon.splitRunOn(w)
        if (cut === undefined) return
        expect(cut.length).toBe(1)
        const at = cut[0] as number
        expect(at > 0 && at < w.length).toBe(true)
        expect('\u064E\u0651\u0640'.includes(w.charAt(at))).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })

  it('splits joined pairs of frequent words where a cue marks the gap', () => {
    const pairs = fc.constantFrom(
      ['المنطقة', 'العربية'],
      ['الحكومة', 'العراقية'],
      ['وزير', 'الخارجية'],
      ['رئيس', 'الوزراء'],
      ['الولايات', 'المتحدة'],
    )
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(arabicLexicon.splitRunOn(a + b)).toEqual([a.length])
      }),
    )
  })
})

function catchError(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  return undefined
}
