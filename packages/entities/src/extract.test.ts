import { NuqtaArgumentError } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { createExtractor, extract, extractDocument } from './extract'
import { loadArabicModel } from './model-data'

const spans = (text: string) => extract(text).map((m) => [m.text, m.type])
const ids = (text: string) => extract(text).map((m) => [m.text, m.id])

describe('extract', () => {
  it('leaves proclitics outside a span and keeps the article of a name', () => {
    expect(spans('وبأوكرانيا')).toEqual([['أوكرانيا', 'LOCATION']])
    expect(spans('وقال الكرملين إن')).toEqual([['الكرملين', 'ORGANIZATION']])
  })

  it('finds Egyptian spellings, a missing hamza and names run together', () => {
    expect(ids('وقال الرئيس الأوكرانى زيلينسكى أن')).toEqual([['زيلينسكى', 'Q3874799']])
    expect(spans('زار اسرائيل')).toEqual([['اسرائيل', 'LOCATION']])
    expect(spans('حاثة الولاياتالمتحدة للتحدث')).toEqual([['الولاياتالمتحدة', 'LOCATION']])
  })

  it('finds multi-word organisations and keeps their adjective', () => {
    expect(spans('خلال قمة منظمة معاهدة الأمن الجماعي أمس')).toEqual([
      ['منظمة معاهدة الأمن الجماعي', 'ORGANIZATION'],
    ])
    expect(spans('وأعلنت وزارة الدفاع الروسية القضاء')).toEqual([
      ['وزارة الدفاع الروسية', 'ORGANIZATION'],
    ])
  })

  it('keeps titles and cue words outside a person span', () => {
    expect(spans('وقال وزير الخارجية الأمريكي أنتوني بلينكن، إن')).toEqual([
      ['أنتوني بلينكن', 'PERSON'],
    ])
  })

  it('does not take nationality adjectives for entities', () => {
    expect(extract('الجيش الروسي والقوات الأوكرانية')).toEqual([])
    expect(extract('وتحييد أكثر من 150 جنديا أوكرانيا ودبابة')).toEqual([])
    expect(extract('Russian forces and Ukrainian troops')).toEqual([])
  })

  it('reads روسيا اليوم as the broadcaster after a media cue, as Russia otherwise', () => {
    expect(ids('وفقا لقناة روسيا اليوم الإخبارية')).toEqual([['روسيا اليوم', 'Q22868']])
    expect(ids('عبرت روسيا اليوم عن استعدادها')).toEqual([['روسيا', 'iso:RU']])
  })

  it('trims English titles and possessives; Kremlin, White House and Pentagon are organisations', () => {
    expect(
      spans('Kremlin spokesman Dmitry Peskov said. Mr. Zelensky’s address, the White House said.'),
    ).toEqual([
      ['Kremlin', 'ORGANIZATION'],
      ['Dmitry Peskov', 'PERSON'],
      ['Zelensky', 'PERSON'],
      ['White House', 'ORGANIZATION'],
    ])
    expect(spans('said Pentagon spokesman John Kirby.')).toEqual([
      ['Pentagon', 'ORGANIZATION'],
      ['John Kirby', 'PERSON'],
    ])
  })

  it('links every spelling of one person across scripts, and keeps namesakes apart', () => {
    const forms = ['فولوديمير زيلينسكي', 'زلينسكي', 'زيلينسكى', 'زيلنسكي', 'Volodymyr Zelensky']
    for (const f of forms)
      expect(extract(`قال الرئيس ${f}، أمس`).concat(extract(`said ${f}.`))[0]?.id).toBe('Q3874799')
    const text = 'قال فلاديمير بوتين إن فلاديمير ميدينسكي سيرأس الوفد'
    const [a, b] = extract(text)
    expect(a?.id).toBe('Q7747')
    expect(b?.text).toBe('فلاديمير ميدينسكي')
    expect(b?.id).not.toBe(a?.id)
  })

  it('links a bare surname to the full name seen before it, in Arabic and English alike', () => {
    const ar = extract('وأعلن فلاديمير ميدينسكى رئيس الوفد أن كييف وافقت. وأكد ميدينسكى أن')
    const en = extract(
      'Moscow’s chief negotiator, Vladimir Medinsky, said. Mr. Medinsky said Tuesday.',
    )
    const all = [...ar, ...en].filter((m) => m.type === 'PERSON')
    expect(all.map((m) => m.text)).toEqual([
      'فلاديمير ميدينسكى',
      'ميدينسكى',
      'Vladimir Medinsky',
      'Medinsky',
    ])
    expect(new Set(all.map((m) => m.id)).size).toBe(1)
  })

  it('gives the same ids for the same input', () => {
    const t = 'قال الرئيس الروسي فلاديمير بوتين في موسكو'
    expect(extract(t)).toEqual(extract(t))
  })

  it('rejects a non-string naming the argument; empty text has no mentions', () => {
    expect(() => extract(42 as unknown as string)).toThrow(NuqtaArgumentError)
    expect(() => extract(42 as unknown as string)).toThrow(/text/)
    expect(extract('')).toEqual([])
  })

  it('keeps offsets exact on arbitrary mixed text (seeded random inputs)', () => {
    const pieces = [
      'روسيا',
      'وبأوكرانيا',
      'الرئيس',
      ' ',
      '\n',
      '\r\n',
      '،',
      '.',
      '"',
      'Kyiv',
      'Mr.',
      'Putin’s',
      'ـ',
      'َ',
      '😀',
      'ى',
      'أ',
      '\u200f',
      'الولاياتالمتحدة',
      '150',
      'جنديا',
    ]
    let seed = 7
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const tagged = createExtractor({ model: loadArabicModel() })
    for (let n = 0; n < 200; n++) {
      let text = ''
      const len = Math.floor(rand() * 30)
      for (let k = 0; k < len; k++) text += pieces[Math.floor(rand() * pieces.length)]
      for (const m of [...extract(text), ...tagged.extract(text)]) {
        expect(text.slice(m.start, m.end)).toBe(m.text)
        expect(m.end).toBeGreaterThan(m.start)
      }
    }
  })

  it('reads a 10 MB text without throwing', () => {
    const unit = 'وقال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة. '
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length))
    const out = createExtractor().extract(big)
    expect(out.length).toBeGreaterThan(100_000)
    expect(big.slice(out[0]?.start, out[0]?.end)).toBe('فلاديمير بوتين')
  })
})

describe('createExtractor', () => {
  it('reuses one index for many texts and knows the canonical names of known ids', () => {
    const ex = createExtractor()
    expect(ex.extract('قال بوتين').map((m) => m.id)).toEqual(['Q7747'])
    expect(ex.canonical('Q7747')).toEqual({ ar: 'فلاديمير بوتين', en: 'Vladimir Putin' })
    expect(ex.canonical('per:mdnsk')).toBeUndefined()
  })

  it('drops mentions below minConfidence and rejects a malformed option', () => {
    const ex = createExtractor({ minConfidence: 0.9 })
    expect(ex.extract('قال الرئيس الروسي فلاديمير بوتين إن بوتين').map((m) => m.text)).toEqual([
      'فلاديمير بوتين',
    ])
    expect(() => createExtractor({ minConfidence: 2 })).toThrow(/minConfidence/)
    expect(() => createExtractor('x' as never)).toThrow(NuqtaArgumentError)
  })
})

describe('extractDocument', () => {
  it('returns offsets into the source text through the document changes', () => {
    const source = 'خبر\nقال  بوتين'
    // cleaning removed the first line and a doubled space
    const text = 'قال بوتين'
    const changes = [
      {
        start: 0,
        end: 4,
        outputStart: 0,
        outputEnd: 0,
        before: 'خبر\n',
        after: '',
        ruleId: 'corpus/boilerplate',
        source: '@nuqta/corpus',
        reason: 'line',
        kind: 'removal' as const,
      },
      {
        start: 7,
        end: 8,
        outputStart: 3,
        outputEnd: 3,
        before: ' ',
        after: '',
        ruleId: 'corpus/space',
        source: '@nuqta/corpus',
        reason: 'space',
        kind: 'removal' as const,
      },
    ]
    const [m] = extractDocument({ text, changes })
    expect(m && source.slice(m.start, m.end)).toBe('بوتين')
    expect(m?.text).toBe('بوتين')
  })

  it('rejects a document that is not an object or whose text is not a string', () => {
    expect(() => extractDocument(null as never)).toThrow(/doc/)
    expect(() => extractDocument({ text: 5 } as never)).toThrow(/doc.text/)
  })
})
