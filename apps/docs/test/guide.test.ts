import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guideExamples, runExample } from './guide-examples'

const guide = readFileSync(
  new URL('../src/content/docs/guides/normalize.mdx', import.meta.url),
  'utf8',
)
const examples = guideExamples(guide)

/** The packages a guide example may import: the built ones this app depends on. */
const load = (specifier: string): Promise<unknown> => {
  if (specifier === '@nuqta/normalize') return import('@nuqta/normalize')
  if (specifier === '@nuqta/normalize/lexicon') return import('@nuqta/normalize/lexicon')
  return Promise.reject(new Error(`guide example imports ${specifier}, which the test cannot load`))
}

describe('guide: @nuqta/normalize', () => {
  it('has runnable examples, each followed by its Output block', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
    for (const example of examples) {
      expect(example.output, `example at line ${example.line} has no Output block`).toBeDefined()
    }
  })

  it.each(examples.map((e) => [e.line, e] as const))(
    'example at line %i prints what the guide shows',
    async (_line, example) => {
      expect(await runExample(example.code, load)).toBe(example.output)
    },
  )
})
