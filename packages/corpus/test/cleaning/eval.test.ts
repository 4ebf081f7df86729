// Precision and recall of mojibake repair and boilerplate labelling on the evaluation sets in
// test/cleaning/eval/ (the same figures bench/clean.mjs writes to bench/clean-results.json).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyLines } from '../../src/boilerplate'
import { repairMojibake } from '../../src/mojibake'
// @ts-expect-error plain ESM helper without types
import { makeMojibakeCases } from './eval/mojibake-cases.mjs'

const corpus = (name: string) =>
  readFileSync(new URL(`../../../../corpus/${name}`, import.meta.url), 'utf8')

interface MojibakeCase {
  family: string
  input: string
  expected: string
}
interface EndingCase {
  id: string
  lines: string[]
  boilerplate: number[]
}

describe('mojibake evaluation set', () => {
  const cases: MojibakeCase[] = makeMojibakeCases({
    arabic: [
      '000_2ebe46256eaab40f.txt',
      '001_e75b328f788e6d68.txt',
      '002_eeba4e392e01ed39.txt',
    ].map(corpus),
    english: [corpus('003_7c0fd61f95ef5008.txt')],
  })

  it('covers every family, with clean negatives', () => {
    const families = new Set(cases.map((c) => c.family))
    expect([...families].sort()).toEqual([
      'clean',
      'double-utf8-as-windows-1252',
      'iso-8859-6-as-latin-1',
      'lossy-spaced-run',
      'partial-utf8-as-windows-1252',
      'utf8-as-latin-1',
      'utf8-as-windows-1252',
      'utf8-as-windows-1256',
      'windows-1256-as-windows-1252',
    ])
  })

  it('repairs every broken case exactly and never changes a clean one', () => {
    const wrong = cases
      .filter((c) => repairMojibake(c.input).text !== c.expected)
      .map((c) => `${c.family}: ${c.input.slice(0, 40)}`)
    expect(wrong).toEqual([])
  })
})

describe('boilerplate evaluation set', () => {
  const endings: EndingCase[] = JSON.parse(
    readFileSync(new URL('./eval/endings.json', import.meta.url), 'utf8'),
  )

  it('finds the footers with precision and recall of at least 0.9', () => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const c of endings) {
      const text = c.lines.join('\n')
      const spans = classifyLines(text)
      const flagged = new Set<number>()
      let offset = 0
      c.lines.forEach((line, i) => {
        const end = offset + line.length
        if (spans.some((s) => s.label === 'boilerplate' && s.start >= offset && s.end <= end))
          flagged.add(i)
        offset = end + 1
      })
      for (const i of flagged)
        if (c.boilerplate.includes(i)) tp++
        else fp++
      for (const i of c.boilerplate) if (!flagged.has(i)) fn++
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('never removes a clean ending line', () => {
    const removed = endings
      .filter((c) => c.boilerplate.length === 0)
      .flatMap((c) => classifyLines(c.lines.join('\n')).filter((s) => s.label === 'boilerplate'))
      .map((s) => s.text)
    expect(removed).toEqual([])
  })
})
