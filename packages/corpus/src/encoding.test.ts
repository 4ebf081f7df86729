import { describe, expect, it } from 'vitest'
import { encodeSingleByte } from './codepages'
import { decodeBytes, detectEncoding, normalizeEncodingLabel } from './encoding'

const ARABIC_SHORT = ['السلام', 'في', 'قال الرئيس', 'وزارة الخارجية', 'كييف', 'على طاولة المفاوضات']

describe('detectEncoding', () => {
  it('reads the README example', async () => {
    const bytes = new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3])
    expect((await detectEncoding(bytes)).encoding).toBe('windows-1256')
  })

  it('trusts a byte-order mark first', async () => {
    expect(await detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({
      encoding: 'utf-8',
      bomLength: 3,
      method: 'bom',
      confidence: 1,
    })
    expect(await detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 2,
    })
    expect(await detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    })
  })

  it('finds UTF-16 without a BOM in Arabic and in English', async () => {
    const le = (s: string) =>
      new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)
    expect((await detectEncoding(le('مرحبا بالعالم، هذا نص عربي'))).encoding).toBe('utf-16le')
    expect((await detectEncoding(le('Hello world, this is English'))).encoding).toBe('utf-16le')
    const be = le('Hello world').slice()
    for (let i = 0; i < be.length; i += 2)
      [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number]
    expect((await detectEncoding(be)).encoding).toBe('utf-16be')
  })

  it('takes the fast path for valid UTF-8', async () => {
    expect(await detectEncoding(new TextEncoder().encode('قال بوتين'))).toMatchObject({
      encoding: 'utf-8',
      method: 'utf-8',
      confidence: 1,
    })
  })

  it('tells Windows-1256 from ISO-8859-6 on short Arabic texts', async () => {
    for (const text of ARABIC_SHORT) {
      for (const cp of ['windows-1256', 'iso-8859-6'] as const) {
        const bytes = encodeSingleByte(text, cp) as Uint8Array
        const guess = await detectEncoding(bytes)
        expect(decodeBytes(bytes, guess.encoding).text, `${text} in ${cp}`).toBe(text)
      }
    }
  })

  it('reads Western text as Windows-1252, curly quotes included', async () => {
    const bytes = encodeSingleByte('“Café” — naïve résumé', 'windows-1252') as Uint8Array
    const guess = await detectEncoding(bytes)
    expect(guess.encoding).toBe('windows-1252')
    expect(decodeBytes(bytes, guess.encoding).text).toBe('“Café” — naïve résumé')
  })

  it('overrides a declared charset that the bytes contradict, with a warning', async () => {
    const bytes = encodeSingleByte('قال الرئيس الروسي في كلمة', 'windows-1256') as Uint8Array
    const guess = await detectEncoding(bytes, {
      declared: 'iso-8859-6',
      declaredFrom: 'HTTP Content-Type',
    })
    expect(guess.encoding).toBe('windows-1256')
    expect(guess.warnings[0]).toMatchObject({ ruleId: 'corpus/encoding-declared-mismatch' })
    const agreed = await detectEncoding(bytes, { declared: 'cp1256' })
    expect(agreed).toMatchObject({ encoding: 'windows-1256', method: 'declared', warnings: [] })
  })

  it('falls back to jschardet for other code pages', async () => {
    const text =
      'Москва отклонила дипломатическую инициативу Украины на мирных переговорах, заявил Песков.'
    const bytes = new Uint8Array(
      [...text].map((c) =>
        c.charCodeAt(0) >= 0x410 ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0),
      ),
    )
    const guess = await detectEncoding(bytes)
    expect(guess.encoding).toBe('windows-1251')
    expect(decodeBytes(bytes, guess.encoding).text).toBe(text)
  })

  it('detects 1 MiB of Windows-1256 Arabic from a sample', async () => {
    const text = 'وقال الكرملين إن بوتين التقى مع قادة البلدية في مدينة كورشاتوف. '.repeat(20000)
    const bytes = encodeSingleByte(text, 'windows-1256') as Uint8Array
    expect(bytes.length).toBeGreaterThan(1 << 20)
    expect((await detectEncoding(bytes)).encoding).toBe('windows-1256')
  })
})

describe('normalizeEncodingLabel', () => {
  it('maps labels to WHATWG names', () => {
    expect(normalizeEncodingLabel('cp1256')).toBe('windows-1256')
    expect(normalizeEncodingLabel('latin1')).toBe('windows-1252')
    expect(normalizeEncodingLabel('ISO_8859-6')).toBe('iso-8859-6')
    expect(normalizeEncodingLabel('no-such-charset')).toBeUndefined()
  })
})

describe('decodeBytes', () => {
  it('decodes Windows-1252 0x80–0x9F correctly (not as C1 controls)', () => {
    expect(decodeBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x80]), 'windows-1252').text).toBe(
      '“hi”€',
    )
  })
  it('replaces invalid bytes with U+FFFD and warns with the byte offset', () => {
    const r = decodeBytes(new Uint8Array([0x61, 0x62, 0xc3, 0x28]), 'utf-8')
    expect(r.text).toBe('ab\uFFFD(')
    expect(r.warnings[0]).toMatchObject({ ruleId: 'corpus/encoding-invalid-bytes', byteOffset: 2 })
  })
})
