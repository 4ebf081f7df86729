import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

const readme = readFileSync(join(__dirname, '../README.md'), 'utf8')

describe('README', () => {
  it('prints exactly what the Use section says it yields', () => {
    const use = readme.slice(readme.indexOf('## Use'))
    const code = /```js\n([\s\S]*?)```/u.exec(use)?.[1] as string
    const yields = /Yields:\n\n```\n([\s\S]*?)```/u.exec(use)?.[1] as string
    expect(code).toContain("from '@nuqta/dedup'")
    const body = code.replace(/^import .*$/gmu, '')
    const lines: string[] = []
    const names = Object.keys(api)
    const run = new Function(...names, 'console', body)
    run(...names.map((n) => (api as Record<string, unknown>)[n]), {
      log: (s: string) => lines.push(s),
    })
    expect(`${lines.join('\n')}\n`).toBe(yields)
  })
})
