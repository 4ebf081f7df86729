/**
 * The snippet harness: finds the code blocks of a Markdown or MDX page, pairs each with the
 * output the page shows for it, and runs it as a complete program in a fresh Node process, the way
 * a reader who copies it into a file would. A block that is a fragment (a name it never defines, a
 * file it never makes) fails.
 *
 * - A code block is a fence of language `ts`, `typescript`, `js`, `javascript` or `mjs`.
 * - Its output is the next fence when that one is a ```text (or bare) fence titled "Output"
 *   (`text title="Output"`, the site's style), or one announced by a "Yields:" line in between
 *   (the package READMEs' style). A block with no output shown must still run without an error.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transform } from 'esbuild'

/** A fenced block of a page. */
export interface Fence {
  /** The language after the backticks, lower-cased (`ts`, `text`, `sh`, or ''). */
  lang: string
  /** The rest of the opening line, e.g. `title="Output"`. */
  meta: string
  /** The block's content. */
  body: string
  /** 1-based line of the opening fence. */
  line: number
  /** The prose lines between the previous fence and this one. */
  before: string
}

/** A runnable example of a page and the output the page claims for it. */
export interface Snippet {
  /** 1-based line of the code block in its page. */
  line: number
  /** `ts` or `js`: whether it is compiled from TypeScript first. */
  lang: 'ts' | 'js'
  /** The code. */
  code: string
  /** The output shown under it, or undefined when the page shows none. */
  expected: string | undefined
}

const CODE_LANGS: Record<string, 'ts' | 'js'> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'js',
  javascript: 'js',
  mjs: 'js',
}

/** Every fenced block of a Markdown or MDX text, in order. */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n')
  const out: Fence[] = []
  let prose: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})([\w-]*)(.*)$/u.exec(lines[i] ?? '')
    if (!open) {
      prose.push(lines[i] ?? '')
      continue
    }
    const [, ticks = '```', lang = '', meta = ''] = open
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(ticks))
      body.push(lines[j++] ?? '')
    out.push({
      lang: lang.toLowerCase(),
      meta: meta.trim(),
      body: body.join('\n'),
      line: i + 1,
      before: prose.join('\n'),
    })
    prose = []
    i = j
  }
  return out
}

/** Whether `fence` is the output block of the code block right before it. */
function isOutput(fence: Fence | undefined): fence is Fence {
  if (fence === undefined || !['text', ''].includes(fence.lang)) return false
  if (/title="Output"/u.test(fence.meta)) return true
  return /(^|\n)\s*Yields:\s*$/u.test(fence.before)
}

/** The runnable snippets of a page, each with the output shown for it. */
export function snippetsOf(markdown: string): Snippet[] {
  const all = fences(markdown)
  const out: Snippet[] = []
  all.forEach((fence, i) => {
    const lang = CODE_LANGS[fence.lang]
    if (lang === undefined) return
    const next = all[i + 1]
    out.push({
      line: fence.line,
      lang,
      code: fence.body,
      expected: isOutput(next) ? next.body : undefined,
    })
  })
  return out
}

/** Package names a page tells readers to install (`npm install @nuqta/x @nuqta/y`). */
export function installedPackages(markdown: string): string[] {
  const names = new Set<string>()
  for (const fence of fences(markdown)) {
    if (!['sh', 'bash', 'shell', 'console'].includes(fence.lang)) continue
    for (const line of fence.body.split('\n')) {
      const install = /^\s*(?:npm (?:install|i)|pnpm add|yarn add)\s+(.*)$/u.exec(line)
      for (const word of (install?.[1] ?? '').split(/\s+/u)) {
        const name = /^(@nuqta\/[\w-]+)/u.exec(word)?.[1]
        if (name !== undefined) names.add(name)
      }
    }
  }
  return [...names]
}

/** What one run printed and how it ended. */
export interface SnippetRun {
  /** Standard output, as printed. */
  stdout: string
  /** Standard error, as printed. */
  stderr: string
  /** The exit code (0 when the program ran to its end). */
  code: number
}

/**
 * Runs a snippet as an ES module file in a fresh `node` process, with `cwd` as its working
 * directory. The file is written into `moduleDir`, so bare imports (`@nuqta/corpus`) resolve from
 * there exactly as they would in a project that installed the packages.
 */
export async function runSnippet(
  snippet: Pick<Snippet, 'code' | 'lang'>,
  options: { moduleDir: string; cwd: string; name: string; timeoutMs?: number },
): Promise<SnippetRun> {
  const code =
    snippet.lang === 'ts'
      ? (await transform(snippet.code, { loader: 'ts', format: 'esm', target: 'node20' })).code
      : snippet.code
  mkdirSync(options.moduleDir, { recursive: true })
  const file = join(options.moduleDir, `${options.name}.mjs`)
  writeFileSync(file, code)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 60_000,
        env: { ...process.env, NODE_NO_WARNINGS: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const exit = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ stdout, stderr, code: exit })
      },
    )
  })
}

/** Output lines compared without trailing spaces and without trailing blank lines. */
export function normalizeOutput(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd()
}
