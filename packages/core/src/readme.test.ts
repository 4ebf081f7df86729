import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { Alignment, applyChanges, revertChanges, type TextChange } from './index'

describe('README', () => {
  it('shows the real output of its example under "Yields:"', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const code = readme.match(/## Use\n\n```ts\n([\s\S]*?)```/)?.[1] ?? ''
    const shown = readme.match(/Yields:\n\n```text\n([\s\S]*?)```/)?.[1] ?? ''
    const lines: string[] = []
    const console = {
      log: (...xs: unknown[]) =>
        lines.push(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' ')),
    }
    const body = code.replace(/^import .*\n/m, '').replace(/: TextChange\[\]/, '')
    new Function('Alignment', 'applyChanges', 'revertChanges', 'console', body)(
      Alignment,
      applyChanges,
      revertChanges,
      console,
    )
    const typed: TextChange[] = []
    expect(typed).toEqual([])
    expect(`${lines.join('\n')}\n`).toBe(shown)
  })
})
