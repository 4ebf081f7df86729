// Runs every README example that is followed by "Yields:" and checks its printed output, so the
// README cannot rot. Files the examples name are made from the corpus articles in a temp folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatWithOptions } from 'node:util'
import { describe, expect, it } from 'vitest'
import { encodeSingleByte } from '../src/codepages'
import * as api from '../src/index'
import * as node from '../src/node'
import {
  arrowOf,
  articles,
  CORPUS_DIR,
  concatBytes,
  gzipMembers,
  parquetOf,
  warcFor,
  wetFor,
  wrapText,
} from './make-fixtures'

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8')
const examples: Array<{ code: string; expected: string }> = []
for (const m of readme.matchAll(
  /```js\n([\s\S]*?)```\s*\n\s*Yields:\s*\n\s*```text\n([\s\S]*?)```/g,
))
  examples.push({ code: m[1] as string, expected: m[2] as string })

/** A folder with the files the examples read. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nuqta-readme-'))
  mkdirSync(join(dir, 'corpus'))
  for (const a of articles()) cpSync(join(CORPUS_DIR, a.file), join(dir, 'corpus', a.file))
  const [a0, , , a3] = articles() as [never, never, never, ReturnType<typeof articles>[number]]
  const html = encodeSingleByte(
    wrapText(a3, 'html').replace('ENCODING', 'windows-1252'),
    'windows-1252',
  ) as Uint8Array
  writeFileSync(join(dir, 'crawl.warc.gz'), gzipMembers(warcFor(a3, html, 'windows-1252')))
  writeFileSync(join(dir, 'crawl.wet.gz'), gzipMembers([wetFor(a0), wetFor(a3)]))
  writeFileSync(join(dir, 'news.parquet'), parquetOf([a0, a3]))
  writeFileSync(join(dir, 'news.arrow'), arrowOf([a0, a3]))
  void concatBytes
  return dir
}

describe('README examples', () => {
  it('has examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(8))
  const dir = workspace()
  examples.forEach(({ code, expected }, i) => {
    it(`example ${i + 1} prints what the README says`, async () => {
      const out: string[] = []
      const console = {
        log: (...args: unknown[]) =>
          out.push(formatWithOptions({ colors: false, breakLength: 200 }, ...args)),
      }
      const inDir = (p: string | string[]) =>
        Array.isArray(p) ? p.map((x) => join(dir, x)) : join(dir, p)
      const env = {
        ...api,
        readCorpus: (p: string | string[], o?: object) => node.readCorpus(inDir(p), o),
        listFiles: (p: string | string[]) => node.listFiles(inDir(p)),
        console,
      }
      const body = code.replace(/^import .*$/gm, '')
      const fn = new Function(...Object.keys(env), `return (async () => {\n${body}\n})()`)
      await fn(...Object.values(env))
      const text = out.join('\n').replaceAll(`${dir}/`, '')
      expect(text, `README example ${i + 1}:\n${text}`).toBe(expected.replace(/\n$/, ''))
    })
  })
})
