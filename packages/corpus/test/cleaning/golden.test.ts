// Golden outputs of cleanText on the five corpus articles, reviewed by hand (see CLEANING.md).
// Regenerate with UPDATE_GOLDEN=1 npx vitest run test/cleaning/golden.test.ts, then review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { validateChanges } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/clean'

const corpusDir = new URL('../../../../corpus/', import.meta.url)
const goldenDir = new URL('./golden/', import.meta.url)
const update = process.env.UPDATE_GOLDEN === '1'

describe('cleanText on the corpus (golden)', () => {
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
    it(`matches the reviewed golden output for ${file}`, () => {
      const input = readFileSync(new URL(file, corpusDir), 'utf8')
      const result = cleanText(input)
      const summary = {
        paragraphs: result.paragraphs.map((p) => ({ kind: p.kind, start: p.start, end: p.end })),
        changes: result.changes,
      }
      const textFile = new URL(file, goldenDir)
      const jsonFile = new URL(file.replace(/\.txt$/u, '.json'), goldenDir)
      if (update || !existsSync(textFile)) {
        writeFileSync(textFile, result.text)
        writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`)
      }
      expect(result.text).toBe(readFileSync(textFile, 'utf8'))
      expect(summary).toEqual(JSON.parse(readFileSync(jsonFile, 'utf8')))
      expect(validateChanges(input, result.text, result.changes)).toEqual([])
    })
  }
})
