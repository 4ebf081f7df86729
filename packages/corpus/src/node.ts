/**
 * `@nuqta/corpus/node`: read files, folders and globs from disk (Node 20+).
 * @module
 */
import { createReadStream } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { type BuildContext, buildDocument } from './document'
import { CorpusInputError, UnknownFormatError } from './errors'
import { parseParquet, type RandomAccessBytes } from './formats/parquet'
import type { ReadOptions } from './options'
import { readDocuments } from './read'
import type { Document } from './types'

export type { ReadOptions } from './options'
export type { Document } from './types'

const GLOB_CHARS = ['*', '?', '[', '{']
const hasGlob = (s: string): boolean => GLOB_CHARS.some((c) => s.includes(c))

/** Expand `{a,b}` alternatives (no nesting across segments needed for paths). */
function expandBraces(p: string): string[] {
  const open = p.indexOf('{')
  if (open < 0) return [p]
  let depth = 0
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++
    else if (p[i] === '}' && --depth === 0) {
      const inner = p.slice(open + 1, i)
      const parts: string[] = []
      let d = 0
      let from = 0
      for (let k = 0; k < inner.length; k++) {
        if (inner[k] === '{') d++
        else if (inner[k] === '}') d--
        else if (inner[k] === ',' && d === 0) {
          parts.push(inner.slice(from, k))
          from = k + 1
        }
      }
      parts.push(inner.slice(from))
      return parts.flatMap((alt) => expandBraces(p.slice(0, open) + alt + p.slice(i + 1)))
    }
  }
  return [p]
}

/** Match one path segment against a pattern segment with `*`, `?` and `[abc]` (no regex). */
function matchSegment(pat: string, s: string): boolean {
  let p = 0
  let i = 0
  let starP = -1
  let starI = 0
  while (i < s.length) {
    const pc = pat[p]
    if (pc === '[') {
      const close = pat.indexOf(']', p + 1)
      if (close > p) {
        const set = pat.slice(p + 1, close)
        const neg = set[0] === '!' || set[0] === '^'
        const chars = neg ? set.slice(1) : set
        let hit = false
        for (let k = 0; k < chars.length; k++) {
          if (chars[k + 1] === '-' && k + 2 < chars.length) {
            if (
              (s[i] as string) >= (chars[k] as string) &&
              (s[i] as string) <= (chars[k + 2] as string)
            )
              hit = true
            k += 2
          } else if (chars[k] === s[i]) hit = true
        }
        if (hit !== neg) {
          p = close + 1
          i++
          continue
        }
      }
    } else if (pc === '?' || (pc !== undefined && pc !== '*' && pc === s[i])) {
      p++
      i++
      continue
    } else if (pc === '*') {
      starP = p++
      starI = i
      continue
    }
    if (starP < 0) return false
    p = starP + 1
    i = ++starI
  }
  while (pat[p] === '*') p++
  return p === pat.length
}

/** Match path segments against pattern segments, `**` spanning any number of segments. */
function matchSegments(pat: string[], path: string[], pi = 0, si = 0): boolean {
  if (pi === pat.length) return si === path.length
  if (pat[pi] === '**') {
    for (let k = si; k <= path.length; k++) if (matchSegments(pat, path, pi + 1, k)) return true
    return false
  }
  if (si >= path.length) return false
  return (
    matchSegment(pat[pi] as string, path[si] as string) && matchSegments(pat, path, pi + 1, si + 1)
  )
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const full = join(dir, e.name)
    if (e.isDirectory()) yield* walk(full)
    else if (e.isFile()) yield full
  }
}

/**
 * The files a path, folder or glob names, sorted, hidden files left out. A folder is walked
 * recursively; a glob supports `*`, `?`, `[…]`, `{a,b}` and `**`.
 * @param patterns - file paths, folder paths or globs
 * @returns absolute-or-as-given file paths, sorted within each pattern, without duplicates
 * @throws {CorpusInputError} when a plain path does not exist
 * @example
 * ```ts
 * await listFiles('corpus') // ['corpus/017_9f86d081884c7d65.txt', …]
 * await listFiles('data/**\/*.jsonl.gz')
 * ```
 */
export async function listFiles(patterns: string | string[]): Promise<string[]> {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f)
      out.push(f)
    }
  }
  for (const raw of Array.isArray(patterns) ? patterns : [patterns]) {
    for (const pattern of expandBraces(raw)) {
      if (!hasGlob(pattern)) {
        let st: Awaited<ReturnType<typeof stat>>
        try {
          st = await stat(pattern)
        } catch (e) {
          throw new CorpusInputError({
            message: `No such file or folder: ${pattern}`,
            file: pattern,
            cause: e,
          })
        }
        if (st.isDirectory()) for await (const f of walk(pattern)) add(f)
        else add(pattern)
        continue
      }
      const norm = pattern.split(sep).join('/')
      const segs = norm.split('/')
      const firstGlob = segs.findIndex(hasGlob)
      const baseSegs = segs.slice(0, firstGlob)
      const base = baseSegs.length ? baseSegs.join('/') || '/' : '.'
      const patSegs = segs.slice(firstGlob)
      for await (const f of walk(base)) {
        const rel = relative(resolve(base), resolve(f)).split(sep)
        if (matchSegments(patSegs, rel)) add(f)
      }
    }
  }
  return out
}

/** A file opened for random access (Parquet reads its footer first). */
async function fileBytes(
  path: string,
): Promise<{ bytes: RandomAccessBytes; close: () => Promise<void> }> {
  const fh = await open(path, 'r')
  const { size } = await fh.stat()
  return {
    bytes: {
      byteLength: size,
      async slice(start: number, end = size) {
        const len = Math.max(0, Math.min(end, size) - start)
        const buf = new Uint8Array(len)
        await fh.read(buf, 0, len, start)
        return buf.buffer
      },
    },
    close: () => fh.close(),
  }
}

async function magic(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r')
  try {
    const b = new Uint8Array(8)
    const { bytesRead } = await fh.read(b, 0, 8, 0)
    return b.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

/**
 * Read every document from files, folders or globs, streaming file by file (each file through
 * `readDocuments`, with its path as `name`). Parquet files are read with random access, so a large
 * Parquet file is not loaded whole. In a folder or glob, a file in no known format is reported as an
 * `corpus/unknown-format` warning (to `onWarning`) and skipped, unless `strict` is set; a single named
 * file in no known format throws.
 * @param patterns - file paths, folder paths or globs
 * @param options - the options of `readDocuments` (its `name` is set per file)
 * @returns an async generator of documents
 * @throws {CorpusInputError} when a path does not exist
 * @throws {UnknownFormatError} for a named file in no known format (or any, in strict mode)
 * @example
 * ```ts
 * import { readCorpus } from '@nuqta/corpus/node'
 * for await (const doc of readCorpus('corpus')) console.log(doc.id, doc.lang)
 * // 2ebe46256eaab40f ar
 * // …
 * ```
 */
export async function* readCorpus(
  patterns: string | string[],
  options: ReadOptions = {},
): AsyncGenerator<Document> {
  const list = Array.isArray(patterns) ? patterns : [patterns]
  const single = list.length === 1 && !hasGlob(list[0] as string)
  const files = await listFiles(list)
  const singleFile = single && files.length === 1 && files[0] === list[0]
  for (const file of files) {
    const opts: ReadOptions = { ...options, name: file }
    const head = await magic(file)
    if (
      (opts.format === undefined || opts.format === 'parquet') &&
      head[0] === 0x50 &&
      head[1] === 0x41 &&
      head[2] === 0x52 &&
      head[3] === 0x31
    ) {
      const fb = await fileBytes(file)
      try {
        const ctx: BuildContext = {
          format: 'parquet',
          path: file,
          gzip: false,
          encoding: 'utf-8',
          confidence: 1,
          options: opts,
        }
        for await (const raw of parseParquet(fb.bytes, ctx)) yield buildDocument(raw, ctx)
      } finally {
        await fb.close()
      }
      continue
    }
    try {
      yield* readDocuments(
        createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>,
        opts,
      )
    } catch (e) {
      if (!UnknownFormatError.isInstance(e) || singleFile || options.strict) throw e
      options.onWarning?.({
        ruleId: 'corpus/unknown-format',
        reason: e.message,
        source: '@nuqta/corpus',
        file,
        byteOffset: 0,
        severity: 'error',
      })
    }
  }
}
