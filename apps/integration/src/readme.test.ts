import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { workedExample } from './worked-example'

describe('README', () => {
  it('shows the real output of the worked example', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const shown = readme.match(/Yields:\n\n```text\n([\s\S]*?)```/)?.[1] ?? ''
    expect(`${(await workedExample()).join('\n')}\n`).toBe(shown)
  })
})
