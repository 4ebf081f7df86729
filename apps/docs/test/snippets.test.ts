// Every code block of every site page and every package README runs here as a complete program,
// in its own Node process, against the built packages, and prints exactly the output its page
// shows. A fragment (an undefined name, a file that is never made) fails like a wrong output.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { installedPackages, normalizeOutput, runSnippet, snippetsOf } from './snippets'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const docsDir = fileURLToPath(new URL('../src/content/docs/', import.meta.url))
/** Where the snippet files are written: inside the docs app's node_modules (ignored by git). */
const moduleDir = fileURLToPath(new URL('../node_modules/.snippets/', import.meta.url))

/** The site's hand-written pages (the generated API reference is left out). */
function sitePages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return relative(docsDir, path) === 'api' ? [] : sitePages(path)
    return /\.mdx?$/u.test(entry.name) ? [path] : []
  })
}

const packageNames = readdirSync(join(repo, 'packages'))
const readmes = packageNames.map((name) => join(repo, 'packages', name, 'README.md'))
const pages = [...sitePages(docsDir), join(repo, 'README.md'), ...readmes]
const workspacePackages = new Set(
  packageNames.map(
    (name) =>
      (
        JSON.parse(readFileSync(join(repo, 'packages', name, 'package.json'), 'utf8')) as {
          name: string
        }
      ).name,
  ),
)

/**
 * Package README snippets known not to run as complete programs, each with why. The package
 * owners fix them in the READMEs; this list only keeps CI honest meanwhile: a listed snippet must
 * still fail (so a fixed one is taken off the list), and an unlisted one must pass.
 * Keyed by the README's path and a piece of the snippet's code that identifies it.
 */
const KNOWN_BROKEN: readonly { file: string; code: string; why: string }[] = [
  {
    file: 'packages/corpus/README.md',
    code: 'const csv =',
    why: 'uses readDocuments without importing it',
  },
  {
    file: 'packages/corpus/README.md',
    code: 'const sgml =',
    why: 'uses readDocuments without importing it',
  },
  {
    file: 'packages/corpus/README.md',
    code: 'const xml =',
    why: 'uses readDocuments without importing it',
  },
  {
    file: 'packages/corpus/README.md',
    code: 'crawl.warc.gz',
    why: 'reads crawl.warc.gz, a file neither the repository nor the snippet has',
  },
  {
    file: 'packages/corpus/README.md',
    code: "readCorpus(['news.parquet'",
    why: 'uses readCorpus without importing it; reads news.parquet and news.arrow, files nobody makes',
  },
]

const isKnownBroken = (file: string, code: string) =>
  KNOWN_BROKEN.find((k) => k.file === file && code.includes(k.code))

describe('snippets of the site pages and the READMEs', () => {
  it('finds code to run on the site and in every package README', () => {
    const counts = pages.map((page) => snippetsOf(readFileSync(page, 'utf8')).length)
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(20)
    for (const readme of readmes) {
      // a command-line package (a `bin`, no library entry) shows shell commands instead; its own
      // end-to-end tests run those against the built binary
      const manifest = JSON.parse(readFileSync(join(readme, '../package.json'), 'utf8'))
      if (manifest.bin && !manifest.exports?.['.']) continue
      expect(snippetsOf(readFileSync(readme, 'utf8')).length, readme).toBeGreaterThan(0)
    }
  })

  it('lists as known-broken only snippets that still exist', () => {
    for (const known of KNOWN_BROKEN) {
      const snippets = snippetsOf(readFileSync(join(repo, known.file), 'utf8'))
      expect(
        snippets.some((s) => s.code.includes(known.code)),
        `${known.file}: no snippet contains ${known.code}`,
      ).toBe(true)
    }
  })

  it('tells readers to install only packages that exist', () => {
    for (const page of pages) {
      for (const name of installedPackages(readFileSync(page, 'utf8'))) {
        expect(workspacePackages, `${relative(repo, page)} installs ${name}`).toContain(name)
      }
    }
  })

  for (const page of pages) {
    const file = relative(repo, page)
    const snippets = snippetsOf(readFileSync(page, 'utf8'))
    if (snippets.length === 0) continue
    describe(file, () => {
      it.each(snippets.map((s) => [s.line, s] as const))(
        'the block at line %i runs and prints what the page shows',
        async (line, snippet) => {
          const name = `${file.replaceAll(/[^\w]+/gu, '-')}-${line}`
          const run = await runSnippet(snippet, { moduleDir, cwd: repo, name })
          const ok =
            run.code === 0 &&
            (snippet.expected === undefined ||
              normalizeOutput(run.stdout) === normalizeOutput(snippet.expected))
          const known = isKnownBroken(file, snippet.code)
          if (known !== undefined) {
            expect(ok, `listed as broken (${known.why}) but it now passes: unlist it`).toBe(false)
            return
          }
          expect(run.stderr.trim() === '' || run.code === 0 ? '' : run.stderr, 'stderr').toBe('')
          expect(run.code, 'exit code').toBe(0)
          if (snippet.expected !== undefined) {
            expect(normalizeOutput(run.stdout)).toBe(normalizeOutput(snippet.expected))
          }
        },
      )
    })
  }
})
