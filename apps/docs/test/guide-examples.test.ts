import { describe, expect, it } from 'vitest'
import { guideExamples, runExample } from './guide-examples'

const page = [
  'Some prose.',
  '```ts',
  "import { double, half as h } from 'lib'",
  'console.log(double(2), h(8))',
  "console.log({ a: 'x' })",
  '```',
  '```text title="Output"',
  "4 4\n{ a: 'x' }",
  '```',
  '```ts',
  "import { nothing } from '@nuqta/none'",
  '```',
].join('\n')

describe('guideExamples', () => {
  it('pairs each @nuqta example with the Output block after it', () => {
    const withNuqta = page.replace("from 'lib'", "from '@nuqta/lib'")
    expect(guideExamples(withNuqta)).toEqual([
      {
        line: 2,
        code: "import { double, half as h } from '@nuqta/lib'\nconsole.log(double(2), h(8))\nconsole.log({ a: 'x' })",
        output: "4 4\n{ a: 'x' }",
      },
      { line: 11, code: "import { nothing } from '@nuqta/none'", output: undefined },
    ])
  })
})

describe('runExample', () => {
  it('runs the code with the given modules and returns what it logged, Node-formatted', async () => {
    const lib = { double: (n: number) => n * 2, half: (n: number) => n / 2 }
    const code = guideExamples(page.replace("from 'lib'", "from '@nuqta/lib'"))[0]?.code ?? ''
    expect(await runExample(code, async () => lib)).toBe("4 4\n{ a: 'x' }")
  })

  it('fails when the example throws', async () => {
    await expect(runExample("throw new Error('boom')", async () => ({}))).rejects.toThrow('boom')
  })
})
