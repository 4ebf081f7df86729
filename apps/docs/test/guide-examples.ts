/**
 * Extracts the runnable examples of a guide page and runs them. An example is a ```ts (or ```js)
 * block that imports a `@nuqta/*` package; the block right after it must be a ```text block whose
 * title is "Output": the exact lines the example prints with `console.log`.
 */
import { formatWithOptions } from 'node:util'

/** One example of a guide, with the output the guide claims for it. */
export interface GuideExample {
  /** 1-based line of the code block in the guide. */
  line: number
  /** The example's code. */
  code: string
  /** The output printed under it in the guide, or undefined when the guide shows none. */
  output: string | undefined
}

/** A fenced code block: its language, meta string, body and line. */
interface Fence {
  lang: string
  meta: string
  body: string
  line: number
}

function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n')
  const out: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([\w-]*)(.*)$/u.exec(lines[i] ?? '')
    if (!open) continue
    const [, ticks = '```', lang = '', meta = ''] = open
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !(lines[j] ?? '').startsWith(ticks)) body.push(lines[j++] ?? '')
    out.push({ lang, meta: meta.trim(), body: body.join('\n'), line: i + 1 })
    i = j
  }
  return out
}

/** The runnable examples of a guide, each paired with the Output block that follows it. */
export function guideExamples(markdown: string): GuideExample[] {
  const all = fences(markdown)
  const examples: GuideExample[] = []
  all.forEach((fence, i) => {
    if (!['ts', 'js'].includes(fence.lang) || !/from '@nuqta\//u.test(fence.body)) return
    const next = all[i + 1]
    const isOutput = next !== undefined && next.lang === 'text' && /title="Output"/u.test(next.meta)
    examples.push({ line: fence.line, code: fence.body, output: isOutput ? next.body : undefined })
  })
  return examples
}

/** Turns `import { a, b as c } from 'x'` lines into lookups in a module table. */
function rewriteImports(code: string): string {
  return code.replaceAll(
    /^import\s*\{([^}]*)\}\s*from\s*'([^']+)'\s*;?$/gmu,
    (_all, names: string, from: string) => {
      const bindings = names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.startsWith('type '))
        .map((n) => n.replace(/\s+as\s+/u, ': '))
      return `const { ${bindings.join(', ')} } = await __import(${JSON.stringify(from)})`
    },
  )
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>

/**
 * Runs an example's code with the real packages and returns what it printed, one `console.log`
 * call a line, formatted the way Node formats it.
 */
export async function runExample(
  code: string,
  load: (specifier: string) => Promise<unknown>,
): Promise<string> {
  const lines: string[] = []
  const console = {
    log: (...args: unknown[]) => lines.push(formatWithOptions({ colors: false }, ...args)),
  }
  const run = new AsyncFunction('__import', 'console', rewriteImports(code))
  await run(load, console)
  return lines.join('\n')
}
