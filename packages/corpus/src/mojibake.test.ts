import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repairMojibake } from './mojibake'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const corpus = (name: string) => read(`../../corpus/${name}`)

interface FtfyCase {
  label: string
  original: string
  fixed: string
  'fixed-encoding'?: string
}
const ftfy = (file: string): FtfyCase[] =>
  JSON.parse(read(`test/cleaning/fixtures/ftfy/${file}`)) as FtfyCase[]
const target = (c: FtfyCase) => c['fixed-encoding'] ?? c.fixed

/** Encode a string in a single-byte charset by searching the platform decoder (test helper). */
function encodeWith(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset)
  const map = new Map<string, number>()
  for (let b = 255; b >= 0; b--) map.set(decoder.decode(Uint8Array.of(b)), b)
  return Uint8Array.from([...text].map((ch) => map.get(ch) ?? 0x3f))
}
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
/** Read bytes as Windows-1252 (with the correct 0x80–0x9F table). */
const asCp1252 = (bytes: Uint8Array) =>
  Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b),
  ).join('')
const utf8 = (s: string) => new TextEncoder().encode(s)

const arabic = 'قال الرئيس الروسي فلاديمير بوتين، إن موسكو «مستعدة» للحوار؟ نعم.'

describe('repairMojibake', () => {
  for (const file of ['in-the-wild.json', 'synthetic.json', 'language-names.json']) {
    it(`fixes every case ftfy fixes in ${file}`, () => {
      const failures = ftfy(file).filter((c) => repairMojibake(c.original).text !== target(c))
      expect(failures.map((c) => c.label)).toEqual([])
    })
  }

  it("leaves ftfy's negative cases as ftfy's encoding fixer does", () => {
    const failures = ftfy('negative.json').filter(
      (c) => repairMojibake(c.original).text !== target(c),
    )
    expect(failures.map((c) => c.label)).toEqual([])
  })

  it('fixes some of the cases ftfy itself fails', () => {
    const fixed = ftfy('known-failures.json').filter(
      (c) => repairMojibake(c.original).text === target(c),
    )
    expect(fixed.length).toBeGreaterThanOrEqual(5)
  })

  it('undoes UTF-8 read as Windows-1252 in Arabic', () => {
    const broken = asCp1252(utf8(arabic))
    expect(broken).toContain('Ø§Ù„')
    expect(repairMojibake(broken).text).toBe(arabic)
  })

  it('undoes UTF-8 read as Windows-1256', () => {
    const broken = new TextDecoder('windows-1256').decode(utf8(arabic))
    expect(broken).toContain('ط§ظ„')
    expect(repairMojibake(broken).text).toBe(arabic)
  })

  it('undoes Windows-1256 read as Windows-1252', () => {
    const broken = asCp1252(encodeWith(arabic, 'windows-1256'))
    expect(broken).toContain('ÇáÑæÓí')
    const { text, changes: repairs } = repairMojibake(broken)
    expect(text).toBe(arabic)
    expect(repairs[0]?.ruleId).toBe('corpus/mojibake-windows-1256-as-windows-1252')
  })

  it('undoes ISO-8859-6 read as Latin-1', () => {
    const plain = 'قال الرئيس الروسي فلاديمير بوتين، إن موسكو مستعدة للحوار؟ نعم.'
    const broken = asCp1252(encodeWith(plain, 'iso-8859-6'))
    const { text, changes: repairs } = repairMojibake(broken)
    expect(text).toBe(plain)
    expect(repairs[0]?.ruleId).toBe('corpus/mojibake-iso-8859-6-as-windows-1252')
  })

  it('undoes double encoding', () => {
    const twice = asCp1252(utf8(asCp1252(utf8('العربية and café'))))
    const { text, changes: repairs } = repairMojibake(twice)
    expect(text).toBe('العربية and café')
    expect(repairs[0]?.ruleId).toMatch(/^corpus\/mojibake-double-/u)
  })

  it('repairs partial mojibake inside clean text and reports the exact span', () => {
    const input = 'قال بوتين: Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© “quoted” José'
    const { text, changes: repairs } = repairMojibake(input)
    expect(text).toBe('قال بوتين: العربية “quoted” José')
    expect(repairs).toHaveLength(1)
    const r = repairs[0]
    expect(r && input.slice(r.start, r.end)).toBe(r?.before)
    expect(r?.after).toBe('العربية')
    expect(r?.confidence).toBeGreaterThan(0.9)
    expect(r?.reason).toBe('UTF-8 read as Windows-1252')
    expect(r?.source).toBe('@nuqta/corpus')
  })

  it("repairs article 004's spaced, lossy run and nothing else", () => {
    const text = corpus('004_695144b365cffb87.txt')
    const out = repairMojibake(text)
    const firstLine = out.text.slice(0, out.text.indexOf('\n'))
    expect(firstLine.startsWith('سي إن إن — زار الرئيس الروسي')).toBe(true)
    expect(out.text).not.toContain('†')
    expect(out.text.slice(out.text.indexOf('\n'))).toBe(text.slice(text.indexOf('\n')))
    expect(out.changes).toHaveLength(1)
    expect(out.changes[0]).toMatchObject({
      ruleId: 'corpus/mojibake-lossy-spaced-run',
      before: 'â € Â Â',
      after: '—',
      start: 9,
      end: 16,
      kind: 'repair',
    })
    expect(out.warnings).toMatchObject([
      { ruleId: 'corpus/clean-uncertain-repair', severity: 'error', start: 9, end: 10 },
    ])
  })

  it('removes a spaced lossy run it cannot place and reports it as unrecoverable', () => {
    const { text, changes: repairs } = repairMojibake('Score: 3 â € Â Â 4')
    expect(text).toBe('Score: 3  4')
    expect(repairs[0]?.ruleId).toBe('corpus/mojibake-unrecoverable')
  })

  it('never touches clean text', () => {
    const clean = [
      corpus('000_2ebe46256eaab40f.txt'),
      corpus('001_e75b328f788e6d68.txt'),
      corpus('002_eeba4e392e01ed39.txt'),
      corpus('003_7c0fd61f95ef5008.txt'),
      'The price is €5.99 — “cheap”, isn’t it?',
      'José Saramago, Zoë Kravitz, François Hollande, Ångström, Müller, Łódź, İstanbul',
      'Emoji stay: 😀 👍🏽 ❤️ and ™ ® ©',
      'قال «الرئيس»: هل هذا صحيح؟ نعم؛ ضغط، ظلم، ٣١٢ و١٠٠٪',
      'Ôôô VIDA MINHA, C O N C L U S Ã O, SÃO PAULO, à la carte, déjà vu',
      'Привет, мир. Γειά σου κόσμε. שלום עולם.',
      'Brontë…” and Brontë…” and Brontë…” again',
    ]
    for (const text of clean)
      expect(repairMojibake(text)).toEqual({ text, changes: [], warnings: [] })
  })

  it('reads lone C1 controls as Windows-1252 unless told not to', () => {
    expect(repairMojibake('\u0093quoted\u0094').text).toBe('“quoted”')
    expect(repairMojibake('\u0093quoted\u0094', { fixC1Controls: false }).text).toBe(
      '\u0093quoted\u0094',
    )
  })

  it('uncurls quotes only when asked, as a separate cosmetic repair', () => {
    const input = '“Hello,” he said. It’s Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©.'
    expect(repairMojibake(input).text).toBe('“Hello,” he said. It’s العربية.')
    const { text, changes: repairs } = repairMojibake(input, { uncurlQuotes: true })
    expect(text).toBe('"Hello," he said. It\'s العربية.')
    expect(repairs.filter((r) => r.ruleId === 'corpus/cosmetic-uncurl-quotes')).toHaveLength(3)
    expect(repairMojibake('“clean”', { uncurlQuotes: true }).text).toBe('"clean"')
  })

  it('drops repairs under minConfidence', () => {
    const text = corpus('004_695144b365cffb87.txt')
    expect(repairMojibake(text, { minConfidence: 0.9 }).text).toBe(text)
  })

  it('shows the example from its documentation', () => {
    const { text, changes: repairs } = repairMojibake('Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© and cafÃ©')
    expect(text).toBe('العربية and café')
    expect(repairs[0]?.ruleId).toBe('corpus/mojibake-utf8-as-windows-1252')
  })

  it('is deterministic', () => {
    const input = asCp1252(utf8(arabic))
    expect(repairMojibake(input)).toEqual(repairMojibake(input))
  })

  it('completes on 1 MB lines of repeated near-matches', () => {
    const lines = [
      'Ã'.repeat(1 << 20),
      'Ã '.repeat(1 << 19),
      'â € Â'.repeat(1 << 18),
      'Ø§'.repeat(1 << 19),
      'ÇáÚ '.repeat(1 << 18),
      'é?'.repeat(1 << 19),
    ]
    for (const line of lines) expect(typeof repairMojibake(line).text).toBe('string')
  }, 120_000)
})
