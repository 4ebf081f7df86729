// End-to-end: the built binary on the repository's corpus/ and on generated inputs in every format.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Document, sourceText } from '@nuqta/corpus'
import { parquetWriteFile } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { CORPUS_TXT, lines, nuqta, readLines, start, tmp } from './helpers'

type Rec = Document & {
  v: number
  seq: number
  steps: string[]
  normalized?: { text: string; profile: string }
  entities?: { start: number; end: number; text: string; type: string }[]
  dedup?: { cluster: string | null; duplicate: boolean; clusterSize: number }
}

describe('nuqta run on corpus/', () => {
  const dir = tmp()
  const out = join(dir, 'out.jsonl')
  const report = join(dir, 'report.json')
  const r = nuqta(['run', CORPUS_TXT, '-o', out, '--report', report, '-q'])
  const recs = r.code === 0 ? readLines<Rec>(out) : []
  const byId = new Map(recs.map((x) => [x.id, x]))

  it('exits 0 with one versioned record per article, every step done', () => {
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(recs.map((x) => x.id)).toEqual([
      '2ebe46256eaab40f',
      'e75b328f788e6d68',
      'eeba4e392e01ed39',
      '7c0fd61f95ef5008',
      '695144b365cffb87',
    ])
    for (const x of recs) {
      expect(x.v).toBe(1)
      expect(x.steps).toEqual(['parse', 'clean', 'normalize', 'entities', 'dedup'])
      expect(x.normalized?.profile).toBe('search')
      expect(x.dedup?.clusterSize).toBe(1)
    }
  })

  it('repairs the mojibake of 004', () => {
    const d = byId.get('695144b365cffb87') as Rec
    const repairs = d.changes.filter((c) => c.kind === 'repair')
    expect(repairs.length).toBeGreaterThan(0)
    expect(repairs[0]?.after).toBe('—')
    expect(d.text).not.toContain('â')
  })

  it("removes 003's comment footer", () => {
    const d = byId.get('7c0fd61f95ef5008') as Rec
    const removed = d.changes.filter((c) => c.ruleId.startsWith('corpus/boilerplate-'))
    expect(removed.length).toBeGreaterThanOrEqual(4)
    expect(d.text).not.toContain('Great article with insight')
    expect(sourceText(d)).toContain('Great article with insight')
  })

  it('finds entities whose offsets slice the source text', () => {
    let n = 0
    for (const x of recs) {
      const src = sourceText(x)
      for (const m of x.entities ?? []) {
        expect(src.slice(m.start, m.end)).toBe(m.text)
        n++
      }
    }
    expect(n).toBeGreaterThan(50)
  })

  it('writes a JSON report with warnings by rule id and top entities', () => {
    const rep = JSON.parse(readFileSync(report, 'utf8'))
    expect(rep.documents).toMatchObject({ read: 5, written: 5 })
    expect(rep.steps).toEqual({
      parse: 'done',
      clean: 'done',
      normalize: 'done',
      entities: 'done',
      dedup: 'done',
    })
    expect(rep.warnings['corpus/clean-uncertain-repair']).toBeGreaterThan(0)
    expect(rep.topEntities.length).toBeGreaterThan(0)
    expect(rep.dedup.clusters).toBe(0)
  })

  it('gives the same ids and records on a second run', () => {
    const again = nuqta(['run', CORPUS_TXT, '-q'])
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(readFileSync(out, 'utf8'))
  })
})

/** Five documents in many formats, with one exact duplicate. */
function inputs(dir: string) {
  const a =
    'قالت وزارة الخارجية إن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في إسطنبول بعد توقف دام عدة أشهر'
  const b =
    'Talks between the two delegations will resume next week in Istanbul after a pause of several months.'
  const jsonl = `${JSON.stringify({ id: 'j1', text: a })}\n${JSON.stringify({ id: 'j2', text: b })}\n${JSON.stringify({ id: 'j3', text: a })}\n`
  const files = {
    jsonl: join(dir, 'news.jsonl'),
    gz: join(dir, 'news.jsonl.gz'),
    csv: join(dir, 'news.csv'),
    sgml: join(dir, 'news.sgml'),
    warc: join(dir, 'news.warc'),
    parquet: join(dir, 'news.parquet'),
  }
  writeFileSync(files.jsonl, jsonl)
  writeFileSync(files.gz, gzipSync(jsonl.replaceAll('"j', '"g')))
  writeFileSync(files.csv, `id,body\nc1,"${b}"\nc2,"${a}"\n`)
  writeFileSync(
    files.sgml,
    `<DOC id="AFP_ARB_20220329.0042" type="story">\n<HEADLINE>\nTalks\n</HEADLINE>\n<TEXT>\n<P>\n${a}\n</P>\n</TEXT>\n</DOC>\n`,
  )
  const body = Buffer.from(b, 'utf8')
  writeFileSync(
    files.warc,
    `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://news.example/1\r\nWARC-Record-ID: <urn:uuid:w1>\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${b}\r\n\r\n`,
  )
  parquetWriteFile({
    filename: files.parquet,
    columnData: [
      { name: 'id', data: ['p1', 'p2'], type: 'STRING' },
      { name: 'text', data: [a, b], type: 'STRING' },
    ],
  })
  return files
}

describe('nuqta on every input format', () => {
  const dir = tmp()
  const f = inputs(dir)

  it('reads JSONL, gzip, CSV, SGML, WARC and Parquet in one run and flags the duplicates', () => {
    const out = join(dir, 'all.jsonl')
    const r = nuqta([
      'run',
      f.jsonl,
      f.gz,
      f.csv,
      f.sgml,
      f.warc,
      f.parquet,
      '-o',
      out,
      '-q',
      '--no-entities',
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const recs = readLines<Rec>(out)
    expect(recs.map((x) => [x.source.format, x.id])).toEqual([
      ['jsonl', 'j1'],
      ['jsonl', 'j2'],
      ['jsonl', 'j3'],
      ['jsonl', 'g1'],
      ['jsonl', 'g2'],
      ['jsonl', 'g3'],
      ['csv', 'c1'],
      ['csv', 'c2'],
      ['sgml', 'AFP_ARB_20220329.0042'],
      ['warc', 'urn:uuid:w1'],
      ['parquet', 'p1'],
      ['parquet', 'p2'],
    ])
    expect(recs.map((x) => x.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    // the Arabic sentence appears 6 times, the English one 5: two clusters, the earliest kept (equal lengths)
    const clusters = new Map<string, string[]>()
    for (const x of recs) {
      const c = x.dedup?.cluster as string
      clusters.set(c, [...(clusters.get(c) ?? []), x.id])
    }
    expect([...clusters.values()].map((m) => m.length).sort()).toEqual([5, 7])
    expect(recs.filter((x) => !x.dedup?.duplicate).map((x) => x.id)).toEqual(['j1', 'j2'])
  })

  it('reads stdin and pipes one step into the next', () => {
    const parsed = nuqta(['parse', '-q'], { input: readFileSync(f.jsonl) })
    expect(parsed.code).toBe(0)
    const normalized = nuqta(['normalize', '--profile', 'search', '-q'], { input: parsed.stdout })
    expect(normalized.code).toBe(0)
    const recs = lines<Rec>(normalized.stdout)
    expect(recs.map((x) => [x.id, x.steps.join('+')])).toEqual([
      ['j1', 'parse+normalize'],
      ['j2', 'parse+normalize'],
      ['j3', 'parse+normalize'],
    ])
    expect(recs[0]?.normalized?.text).toContain('اسطنبول')
  })

  it('writes Parquet', () => {
    const out = join(dir, 'out.parquet')
    const r = nuqta(['run', f.jsonl, '--format', 'parquet', '-o', out, '-q', '--no-entities'])
    expect(r.code).toBe(0)
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1')
  })

  it('keeps ids stable across shard counts: the shards partition the whole run', () => {
    const all = lines<Rec>(nuqta(['parse', f.jsonl, f.gz, f.csv, f.parquet, '-q']).stdout)
    for (const n of [2, 3]) {
      const got: Rec[] = []
      for (let i = 0; i < n; i++)
        got.push(
          ...lines<Rec>(
            nuqta(['parse', f.jsonl, f.gz, f.csv, f.parquet, '-q', '--shard', `${i}/${n}`]).stdout,
          ),
        )
      got.sort((x, y) => x.seq - y.seq)
      expect(got.map((x) => [x.seq, x.id])).toEqual(all.map((x) => [x.seq, x.id]))
    }
  })

  it('turns bad records into warnings, or fails fast with --strict (exit 5)', () => {
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, `${JSON.stringify({ id: 'ok', text: 'fine' })}\n{"id": broken\n`)
    const rep = join(dir, 'bad-report.json')
    const r = nuqta(['parse', bad, '-q', '--report', rep])
    expect(r.code).toBe(0)
    expect(lines(r.stdout)).toHaveLength(2)
    expect(JSON.parse(readFileSync(rep, 'utf8')).warnings['corpus/jsonl-malformed-line']).toBe(1)
    const s = nuqta(['parse', bad, '--strict'])
    expect(s.code).toBe(5)
    expect(s.stderr.trim().split('\n')).toHaveLength(1)
    expect(s.stderr).toContain('bad.jsonl')
  })
})

describe('nuqta errors', () => {
  const dir = tmp()
  it.each([
    [['run', '/no/such/file.jsonl'], 3, '/no/such/file.jsonl'],
    [['run', 'x', '--threshold', '2'], 2, '--threshold'],
    [['run', 'x', '--bogus'], 2, '--bogus'],
    [['frobnicate'], 2, 'frobnicate'],
    [['run', '--resume', '-o', '/tmp/nuqta-never-ran.jsonl', 'x'], 3, 'x'],
  ])('%j exits %i naming %s in one line', (args, code, subject) => {
    const r = nuqta(args as string[])
    expect(r.code).toBe(code)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(subject)
  })

  it('exits 4 for a named file in no known format', () => {
    const bin = join(dir, 'photo.bin')
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    const r = nuqta(['parse', bin])
    expect(r.code).toBe(4)
    expect(r.stderr).toContain('photo.bin')
  })

  it('exits 7 when the output cannot be written', () => {
    // the parent is a file, so no folder can be made there, even as root
    const file = join(dir, 'a-file')
    writeFileSync(file, 'x')
    const r = nuqta(['parse', CORPUS_TXT, '-o', join(file, 'out.jsonl'), '-q'])
    expect(r.code).toBe(7)
    expect(r.stderr).toContain(join(file, 'out.jsonl'))
  })

  it('exits 8 for --resume without an interrupted run', () => {
    const r = nuqta(['parse', CORPUS_TXT, '--resume', '-o', join(dir, 'none.jsonl'), '-q'])
    expect(r.code).toBe(8)
  })

  it('prints help with examples for every command', () => {
    for (const c of ['run', 'parse', 'clean', 'normalize', 'entities', 'dedup']) {
      const r = nuqta([c, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('Examples:')
      expect(r.stdout).toContain(`nuqta ${c}`)
    }
  })
})

describe('nuqta stops on SIGINT and resumes', () => {
  it('leaves a valid truncated output, and --resume gives the uninterrupted output', async () => {
    const dir = tmp()
    const input = join(dir, 'big.jsonl')
    const base = readFileSync(CORPUS_TXT.replace('*.txt', '000_2ebe46256eaab40f.txt'), 'utf8')
    const words = base.split(/\s+/u)
    let s = ''
    for (let i = 0; i < 6000; i++) {
      const t = Array.from({ length: 60 }, (_, k) => words[(i * 31 + k * 7) % words.length]).join(
        ' ',
      )
      s += `${JSON.stringify({ id: `d${i}`, text: `${t}\n${i % 5 === 0 ? 'تابعونا على وسائل التواصل' : t.slice(0, 50)}` })}\n`
    }
    writeFileSync(input, s)
    const clean = join(dir, 'clean.jsonl')
    expect(nuqta(['run', input, '-o', clean, '-q', '--no-entities']).code).toBe(0)
    const out = join(dir, 'out.jsonl')
    const child = start(['run', input, '-o', out, '--no-entities', '--progress-interval', '1'])
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    // wait for the first progress line, then interrupt
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (stderr.includes('docs')) {
          clearInterval(t)
          resolve()
        }
      }, 50)
    })
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(130)
    expect(stderr).toContain('--resume')
    const partial = readLines<Rec>(out)
    expect(partial.length).toBeGreaterThan(0)
    expect(partial.length).toBeLessThan(6000)
    expect(partial.map((x) => x.seq)).toEqual(partial.map((_, i) => i))
    expect(existsSync(`${out}.nuqta-work/state.json`)).toBe(true)
    const resumed = nuqta(['run', input, '-o', out, '-q', '--no-entities', '--resume'])
    expect(resumed.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(clean, 'utf8'))
    expect(existsSync(`${out}.nuqta-work`)).toBe(false)
  })
})
