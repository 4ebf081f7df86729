import { describe, expect, it } from 'vitest'
import { Deduplicator } from './dedup'
import { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors'

const STORY =
  'أعلنت وزارة الدفاع الروسية اليوم أن قواتها صدت هجوما واسعا في منطقة كورسك الحدودية بعد معارك استمرت ساعات طويلة وأسفرت عن خسائر كبيرة في صفوف القوات المهاجمة وفق بيان رسمي نشرته الوزارة على موقعها'
const OTHER =
  'قال رئيس الوزراء إن الحكومة ستطلق برنامجا جديدا لدعم المزارعين في المناطق الريفية خلال العام المقبل مع تخصيص ميزانية إضافية لمشاريع الري وتحسين الطرق الزراعية وتدريب الشباب على التقنيات الحديثة'

function edit(text: string, every: number): string {
  return text
    .split(' ')
    .map((w, i) => (i % every === every - 1 ? `${w}x` : w))
    .join(' ')
}

describe('Deduplicator', () => {
  it('reports exact duplicates (whitespace and case differences) and near duplicates', () => {
    const d = new Deduplicator({ threshold: 0.5 })
    expect(d.add({ id: 'a', text: STORY })).toEqual([])
    expect(d.add({ id: 'b', text: OTHER })).toEqual([])
    expect(d.add({ id: 'c', text: `  ${STORY.replaceAll(' ', '\n')} ` })).toEqual([
      { id: 'a', similarity: 1, exact: true },
    ])
    const near = d.add({ id: 'd', text: edit(STORY, 30) })
    expect(near.map((m) => m.id).sort()).toEqual(['a', 'c'])
    expect(near.every((m) => !m.exact && m.similarity >= 0.5 && m.similarity < 1)).toBe(true)
  })
  it('does not match unrelated documents', () => {
    const d = new Deduplicator({ threshold: 0.5 })
    d.add({ id: 'a', text: STORY })
    expect(d.add({ id: 'b', text: OTHER })).toEqual([])
    expect(d.query('نص ثالث لا علاقة له بأي من الخبرين السابقين على الإطلاق في أي كلمة')).toEqual(
      [],
    )
  })
  it('clusters transitively with union–find and picks representatives by rule', () => {
    const docs: [string, string][] = [
      ['short', STORY],
      ['long', `${STORY} إضافة`],
      ['solo', OTHER],
    ]
    const longest = new Deduplicator({ threshold: 0.8 })
    const earliest = new Deduplicator({ threshold: 0.8, representative: 'earliest' })
    const custom = new Deduplicator({
      threshold: 0.8,
      representative: (members) => (members.at(-1) as { id: string }).id,
    })
    for (const d of [longest, earliest, custom])
      for (const [id, t] of docs) d.add({ id: id, text: t })
    expect(longest.clusters()).toEqual([{ representative: 'long', members: ['short', 'long'] }])
    expect(earliest.clusters()).toEqual([{ representative: 'short', members: ['short', 'long'] }])
    expect(custom.duplicates()).toEqual(['short'])
  })
  it('rejects a duplicate id with DuplicateIdError and accepts it again after remove', () => {
    const d = new Deduplicator()
    d.add({ id: 'a', text: STORY })
    expect(() => d.add({ id: 'a', text: OTHER })).toThrow(DuplicateIdError)
    expect(d.remove('a')).toBe(true)
    expect(d.remove('a')).toBe(false)
    expect(d.query(STORY)).toEqual([])
    expect(d.add({ id: 'a', text: OTHER })).toEqual([])
    expect(d.size).toBe(1)
  })
  it('recomputes clusters after a removal that breaks a chain', () => {
    const d = new Deduplicator({ threshold: 0.5, representative: 'earliest' })
    d.add({ id: 'a', text: STORY })
    d.add({ id: 'b', text: STORY })
    d.add({ id: 'c', text: STORY })
    d.remove('b')
    expect(d.clusters()).toEqual([{ representative: 'a', members: ['a', 'c'] }])
  })
  it('handles empty documents by exact content only', () => {
    const d = new Deduplicator({ representative: 'earliest' })
    expect(d.add({ id: 'e1', text: '' })).toEqual([])
    expect(d.add({ id: 'e2', text: '  \n' })).toEqual([{ id: 'e1', similarity: 1, exact: true }])
    expect(d.add({ id: 'p', text: '!!!' })).toEqual([])
    expect(d.add({ id: 's', text: STORY })).toEqual([])
    expect(d.clusters()).toEqual([{ representative: 'e1', members: ['e1', 'e2'] }])
  })
  it('adds batches (iterable or async iterable) and precomputed sketches with the same results as add()', async () => {
    const a = new Deduplicator()
    const b = new Deduplicator()
    const docs = [
      { id: 'x', text: STORY },
      { id: 'y', text: edit(STORY, 40) },
      { id: 'z', text: OTHER },
    ]
    const viaBatch = a.addBatch(docs)
    const c = new Deduplicator()
    async function* stream() {
      yield* docs
    }
    await expect(c.addBatch(stream())).resolves.toEqual(viaBatch)
    expect(() => c.addBatch(42 as never)).toThrow(DedupOptionsError)
    expect(() => new Deduplicator().add({ id: 'a' } as never)).toThrow(DedupOptionsError)
    const viaSketch = docs.map((doc) => b.addSketch(doc.id, b.hasher.sketch(doc.text)))
    expect(viaSketch).toEqual(viaBatch)
    expect(() =>
      b.addSketch('w', { ...b.hasher.sketch('x'), signature: new Uint32Array(3) }),
    ).toThrow(DedupOptionsError)
    expect(() => b.addSketch('v', { ...b.hasher.sketch('x'), contentHash: 'nope' })).toThrow(
      /contentHash/,
    )
    expect(b.has('v')).toBe(false)
  })
  it("verifies candidates with exact Jaccard when verify is 'exact'", () => {
    const d = new Deduplicator({ threshold: 0.5, verify: 'exact' })
    d.add({ id: 'a', text: STORY })
    const [m] = d.add({ id: 'b', text: edit(STORY, 30) })
    const words = STORY.split(' ').length
    // one edited word in 30 breaks up to five 5-grams
    expect(m?.similarity).toBeGreaterThan(0.5)
    expect(m?.similarity).toBeLessThan(1)
    expect(words).toBeGreaterThan(30)
    expect(() => d.addSketch('c', d.hasher.sketch(STORY))).toThrow(/exact/)
  })
  it('uses explicit bands and rows, and validates them', () => {
    expect(new Deduplicator({ bands: 16, rows: 8 }).params).toEqual({ bands: 16, rows: 8 })
    expect(() => new Deduplicator({ bands: 16, rows: 9 })).toThrow(DedupOptionsError)
    expect(() => new Deduplicator({ bands: 16 })).toThrow(/bands/)
    expect(() => new Deduplicator({ verify: 'maybe' as 'none' })).toThrow(/verify/)
  })
  it('exports signatures and band keys as JSON lines', () => {
    const d = new Deduplicator()
    d.add({ id: 'a', text: STORY })
    const [line] = [...d.toJsonl()]
    const row = JSON.parse(line as string)
    expect(row.id).toBe('a')
    expect(row.signature).toEqual(Array.from(d.signature('a') as Uint32Array))
    expect(row.bands).toEqual((d.bandKeys('a') as string[]).map((k, i) => `${i}:${k}`))
    expect(row.bands).toHaveLength(9)
  })

  it('saves and loads: same queries, clusters and matches after reload', () => {
    const d = new Deduplicator({ threshold: 0.5, representative: 'earliest' })
    d.add({ id: 'a', text: STORY })
    d.add({ id: 'b', text: edit(STORY, 30) })
    d.add({ id: 'gone', text: OTHER })
    d.add({ id: 'c', text: OTHER })
    d.remove('gone')
    const bytes = d.save()
    const e = Deduplicator.load(bytes)
    expect(e.clusters()).toEqual(d.clusters())
    expect(e.query(STORY)).toEqual(d.query(STORY))
    expect(e.params).toEqual(d.params)
    expect(e.size).toBe(3)
    expect(e.add({ id: 'd', text: edit(STORY, 25) })).toEqual(
      d.add({ id: 'd', text: edit(STORY, 25) }),
    )
    expect(Array.from(e.save())).toEqual(Array.from(d.save()))
  })
  it('keeps exact shingle sets through save and load', () => {
    const d = new Deduplicator({ threshold: 0.5, verify: 'exact' })
    d.add({ id: 'a', text: STORY })
    const e = Deduplicator.load(d.save())
    expect(e.query(edit(STORY, 30))).toEqual(d.query(edit(STORY, 30)))
  })
  it('saves and loads the whitespace tokenization', () => {
    const d = new Deduplicator({ shingle: { unit: 'word', size: 3, tokens: 'whitespace' } })
    d.add({ id: 'a', text: STORY })
    const e = Deduplicator.load(d.save())
    expect(e.hasher.shingle).toEqual({ unit: 'word', size: 3, tokens: 'whitespace' })
    expect(e.query(edit(STORY, 30))).toEqual(d.query(edit(STORY, 30)))
  })
  it('requires the same named normalize function on load', () => {
    const lower = (t: string) => t.toLowerCase()
    const d = new Deduplicator({ normalize: lower, normalizeName: 'lower' })
    d.add({ id: 'a', text: STORY })
    expect(() => Deduplicator.load(d.save())).toThrow(/normalize function "lower"/)
    expect(() => Deduplicator.load(d.save(), { normalize: lower, normalizeName: 'x' })).toThrow(
      DedupOptionsError,
    )
    expect(Deduplicator.load(d.save(), { normalize: lower }).has('a')).toBe(true)
  })
  it('rejects foreign, truncated, corrupted and future-version files with IndexFormatError', () => {
    const d = new Deduplicator()
    d.add({ id: 'a', text: STORY })
    const bytes = d.save()
    const foreign = new TextEncoder().encode('{"not":"an index"}')
    expect(() => Deduplicator.load(foreign)).toThrow(/magic bytes/)
    const truncated = bytes.slice(0, bytes.length - 10)
    expect(() => Deduplicator.load(truncated)).toThrow(IndexFormatError)
    const corrupted = bytes.slice()
    corrupted[40] = (corrupted[40] as number) ^ 0xff
    expect(() => Deduplicator.load(corrupted)).toThrow(/CRC-32/)
    const future = bytes.slice()
    future[4] = 9
    try {
      Deduplicator.load(future)
      expect.unreachable()
    } catch (e) {
      expect(IndexFormatError.isInstance(e)).toBe(true)
      expect((e as IndexFormatError).byteOffset).toBe(4)
      expect((e as Error).message).toMatch(/version 9/)
    }
  })
})
