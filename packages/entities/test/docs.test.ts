// Every example of README.md and GUIDE.md runs here, and what it prints must be what the page
// shows under "Yields:", so the docs cannot rot.
import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as cities from '../src/cities-data'
import * as api from '../src/index'
import * as model from '../src/model-data'

const modules: Record<string, Record<string, unknown>> = {
  '@nuqta/entities': api,
  '@nuqta/entities/cities': cities,
  '@nuqta/entities/model': model,
}

interface Example {
  code: string
  shown: string
}

function examples(file: string): Example[] {
  const md = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
  const out: Example[] = []
  const re = /```ts\n([\s\S]*?)```\n\nYields:\n\n```text\n([\s\S]*?)```/gu
  for (const m of md.matchAll(re)) out.push({ code: m[1] as string, shown: m[2] as string })
  return out
}

function run(code: string): string {
  const names: string[] = []
  const values: unknown[] = []
  const body = code.replace(
    /^import \{([^}]*)\} from '([^']+)'\n/gmu,
    (_, list: string, from: string) => {
      const mod = modules[from]
      if (!mod) throw new Error(`unknown module ${from}`)
      for (const n of list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        names.push(n)
        values.push(mod[n])
      }
      return ''
    },
  )
  const lines: string[] = []
  const console = {
    log: (...xs: unknown[]) =>
      lines.push(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' ')),
  }
  new Function(...names, 'console', body)(...values, console)
  return `${lines.join('\n')}\n`
}

for (const file of ['README.md', 'GUIDE.md']) {
  describe(file, () => {
    const list = examples(file)
    it('has examples with their output', () => {
      expect(list.length).toBeGreaterThan(1)
    })
    list.forEach((ex, i) => {
      it(`example ${i + 1} prints what the page shows`, () => {
        expect(run(ex.code)).toBe(ex.shown)
      })
    })
  })
}
