import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fences, installedPackages, normalizeOutput, runSnippet, snippetsOf } from './snippets'

const page = [
  'Prose.',
  '```ts title="a.ts"',
  'const n: number = 2',
  'console.log(n * 2)',
  '```',
  '```text title="Output"',
  '4',
  '```',
  'Yields:',
  '',
  '```text',
  'not an output: no code block before it',
  '```',
  '```js',
  "console.log('x')",
  '```',
  'Yields:',
  '```',
  'x',
  '```',
  '```sh',
  'npm install @nuqta/corpus @nuqta/dedup # and more',
  '```',
  '```js',
  'undefinedName()',
  '```',
].join('\n')

const moduleDir = fileURLToPath(new URL('../node_modules/.snippets/', import.meta.url))
const cwd = fileURLToPath(new URL('..', import.meta.url))

describe('fences', () => {
  it('lists every fenced block with its language, meta, line and the prose before it', () => {
    const all = fences(page)
    expect(all.map((f) => [f.lang, f.meta, f.line])).toEqual([
      ['ts', 'title="a.ts"', 2],
      ['text', 'title="Output"', 6],
      ['text', '', 11],
      ['js', '', 14],
      ['', '', 18],
      ['sh', '', 21],
      ['js', '', 24],
    ])
    expect(all[2]?.before).toBe('Yields:\n')
  })
})

describe('snippetsOf', () => {
  it('pairs each code block with the Output or Yields block right after it', () => {
    expect(snippetsOf(page)).toEqual([
      { line: 2, lang: 'ts', code: 'const n: number = 2\nconsole.log(n * 2)', expected: '4' },
      { line: 14, lang: 'js', code: "console.log('x')", expected: 'x' },
      { line: 24, lang: 'js', code: 'undefinedName()', expected: undefined },
    ])
  })
})

describe('installedPackages', () => {
  it('names the @nuqta packages of install commands', () => {
    expect(installedPackages(page)).toEqual(['@nuqta/corpus', '@nuqta/dedup'])
  })
})

describe('runSnippet', () => {
  it('runs TypeScript as a program and returns what it printed', async () => {
    const run = await runSnippet(
      { lang: 'ts', code: 'const n: number = 2\nconsole.log(n * 2)' },
      { moduleDir, cwd, name: 'harness-ok' },
    )
    expect(run).toEqual({ stdout: '4\n', stderr: '', code: 0 })
  })

  it('fails a fragment that uses a name it never defines', async () => {
    const run = await runSnippet(
      { lang: 'js', code: 'undefinedName()' },
      { moduleDir, cwd, name: 'harness-fragment' },
    )
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('ReferenceError: undefinedName is not defined')
  })
})

describe('normalizeOutput', () => {
  it('ignores trailing spaces and trailing blank lines only', () => {
    expect(normalizeOutput('a  \n b\n\n')).toBe('a\n b')
  })
})
