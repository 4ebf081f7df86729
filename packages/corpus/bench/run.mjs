// Benchmarks of @nuqta/corpus on deterministic inputs generated from corpus/ (never the network).
// Run after `pnpm build`: `pnpm bench` → bench/results.json. Speeds are quoted with the machine.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = join(here, '..', '..', '..', 'corpus')
const { readDocuments, detectEncoding } = await import(join(here, '..', 'dist', 'index.js'))
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ stem: f.slice(0, -4), text: readFileSync(join(corpusDir, f), 'utf8') }))

const enc = new TextEncoder()
const TARGET = 24 * 1024 * 1024

/** Repeat generated records until the input reaches TARGET bytes. */
function build(record) {
  const parts = []
  let n = 0
  for (let i = 0; n < TARGET; i++) {
    const a = articles[i % articles.length]
    const s = record(a, i)
    parts.push(s)
    n += Buffer.byteLength(s)
  }
  return enc.encode(parts.join(''))
}

const inputs = {
  jsonl: () =>
    build(
      (a, i) =>
        `${JSON.stringify({ id: `${a.stem}-${i}`, title: `Title ${i}`, date: '2022-03-30', text: a.text })}\n`,
    ),
  sgml: () =>
    build(
      (a, i) =>
        `<DOC id="XIN_ARB_20220330.${String(i).padStart(4, '0')}" type="story">\n<HEADLINE>\nTitle ${i}\n</HEADLINE>\n<TEXT>\n${a.text
          .split('\n')
          .map((l) => `<P>\n${l.replaceAll('&', '&AMP;')}\n</P>`)
          .join('\n')}\n</TEXT>\n</DOC>\n`,
    ),
  wet: () =>
    build((a, i) => {
      const body = Buffer.from(a.text)
      return `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://news.example/${i}\r\nWARC-Date: 2022-03-30T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${i}>\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${a.text}\r\n\r\n`
    }),
  csv: () =>
    build(
      (a, i) =>
        `${i === 0 ? 'id,title,date,text\r\n' : ''}${a.stem}-${i},"Title ${i}",2022-03-30,"${a.text.replaceAll('"', '""')}"\r\n`,
    ),
}

async function throughput(bytes, options) {
  let docs = 0
  let chars = 0
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  for await (const d of readDocuments(bytes, options)) {
    docs++
    chars += d.text.length
  }
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(c0)
  const cpuSec = (cpu.user + cpu.system) / 1e6
  return {
    docs,
    chars,
    ms: Math.round(ms),
    mbPerSec: +(bytes.length / 1048576 / (ms / 1000)).toFixed(1),
    // MB per CPU-second of this process: less distorted by other jobs on a shared machine
    mbPerCpuSec: +(bytes.length / 1048576 / cpuSec).toFixed(1),
  }
}

const results = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((l) => +l.toFixed(2)),
    note: 'shared machine: other jobs ran at the same time; mbPerCpuSec is less distorted by them',
  },
  parse: {},
  detection: {},
}

for (const [name, make] of Object.entries(inputs)) {
  const bytes = make()
  await throughput(bytes.subarray(0, 1 << 20), { clean: false }) // warm-up
  const runs = []
  for (let r = 0; r < 3; r++) runs.push(await throughput(bytes, { clean: false }))
  const best = runs.sort((a, b) => b.mbPerSec - a.mbPerSec)[0]
  const withClean = await throughput(bytes, { clean: true })
  results.parse[name] = {
    inputMiB: +(bytes.length / 1048576).toFixed(1),
    ...best,
    withCleaningMBps: withClean.mbPerSec,
  }
  console.log(
    `${name.padEnd(6)} ${best.mbPerSec} MB/s wall, ${best.mbPerCpuSec} MB/CPU-s (${best.docs} docs, ${results.parse[name].inputMiB} MiB); with cleaning ${withClean.mbPerSec} MB/s`,
  )
}

/** Reads `bytes` in 64 KiB chunks as one `format` and records MB/s under `results.parse[key]`. */
async function hugeRecord(key, label, bytes, format) {
  const chunks = function* () {
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536)
  }
  const t0 = performance.now()
  let chars = 0
  for await (const d of readDocuments(chunks(), { clean: false, format })) chars += d.text.length
  const ms = performance.now() - t0
  results.parse[key] = {
    inputMiB: +(bytes.length / 1048576).toFixed(1),
    chunkKiB: 64,
    chars,
    ms: Math.round(ms),
    mbPerSec: +(bytes.length / 1048576 / (ms / 1000)).toFixed(1),
  }
  console.log(`${label} in 64 KiB chunks: ${results.parse[key].mbPerSec} MB/s`)
}

// One CSV record whose quoted text field is 50 MB (newlines and doubled quotes inside): the parser
// keeps its state across chunks, so this stays linear.
{
  const unit = 'قال "المتحدث" إن المحادثات ستستأنف.\nTalks "resume" today; "quote"\r\n'
  const value = unit.repeat(Math.ceil(50e6 / enc.encode(unit).length))
  const bytes = enc.encode(`id,text\r\n1,"${value.replaceAll('"', '""')}"\r\n`)
  await hugeRecord('csvOneField50MB', 'csv, one 50 MB field', bytes, 'csv')
}

// One SGML <DOC> whose <TEXT> is 50 MB (Arabic and English lines, entities): the reader keeps the
// open document as a list of pieces, so this stays linear.
{
  const line = 'قال المتحدث إن المحادثات &amp; الاجتماعات ستستأنف. Talks resume &lt;today&gt;.\n'
  const body = line.repeat(Math.ceil(50e6 / enc.encode(line).length))
  const bytes = enc.encode(
    `<DOC id="big" type="story">\n<TEXT>\n${body}</TEXT>\n</DOC>\n<DOC id="next">\n<TEXT>\nAfter.\n</TEXT>\n</DOC>\n`,
  )
  await hugeRecord('sgmlOneDoc50MB', 'sgml, one 50 MB document', bytes, 'sgml')
}

// Encoding detection on 1 MiB inputs, against jschardet alone on the same bytes.
const { encodeSingleByte } = await import(join(here, 'codepages.mjs'))
const arabic = articles
  .filter((a) => !a.stem.startsWith('004') && !a.stem.startsWith('003'))
  .map((a) => a.text)
  .join('\n')
const english = articles.find((a) => a.stem.startsWith('003')).text
const MiB = 1 << 20
const fill = (s) => s.repeat(Math.ceil(MiB / s.length)).slice(0, MiB)
const utf16le = (s) => {
  const b = new Uint8Array(s.length * 2)
  for (let i = 0; i < s.length; i++) {
    b[2 * i] = s.charCodeAt(i) & 0xff
    b[2 * i + 1] = s.charCodeAt(i) >> 8
  }
  return b
}
const detectionInputs = {
  'utf-8 (Arabic)': enc.encode(fill(arabic)).subarray(0, MiB),
  'windows-1256 (Arabic)': encodeSingleByte(fill(arabic), 'windows-1256'),
  'iso-8859-6 (Arabic)': encodeSingleByte(fill(arabic), 'iso-8859-6'),
  'windows-1252 (English)': encodeSingleByte(fill(english), 'windows-1252'),
  'utf-16le, no BOM (Arabic)': utf16le(fill(arabic).slice(0, MiB / 2)),
}
for (const [name, bytes] of Object.entries(detectionInputs)) {
  await detectEncoding(bytes)
  const times = []
  let guess
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now()
    guess = await detectEncoding(bytes)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  results.detection[name] = {
    bytes: bytes.length,
    ms: +times[2].toFixed(2),
    encoding: guess.encoding,
    confidence: +guess.confidence.toFixed(2),
  }
  console.log(`detect ${name}: ${times[2].toFixed(2)} ms → ${guess.encoding}`)
}
{
  const jschardet = (await import('jschardet')).default
  const bytes = detectionInputs['windows-1256 (Arabic)']
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192)
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192))
  const t0 = performance.now()
  const r = jschardet.detect(s)
  const ms = performance.now() - t0
  results.detection['baseline: jschardet alone, windows-1256 1 MiB'] = {
    bytes: bytes.length,
    ms: Math.round(ms),
    encoding: r.encoding,
  }
  console.log(`baseline jschardet alone on 1 MiB: ${Math.round(ms)} ms → ${r.encoding}`)
}

// Peak RSS while streaming 1 GiB of JSONL generated on the fly (in a child process, so the numbers
// above do not count).
const child = spawnSync(process.execPath, [join(here, 'stream-1g.mjs')], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
})
if (child.status !== 0) {
  console.error(child.stderr)
  process.exitCode = 1
} else {
  results.stream1GiB = JSON.parse(child.stdout.trim().split('\n').pop())
  console.log(
    `1 GiB JSONL stream: peak RSS ${results.stream1GiB.peakRssMiB} MiB, ${results.stream1GiB.mbPerSec} MB/s, ${results.stream1GiB.docs} docs`,
  )
}

writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('wrote bench/results.json')

// The cleaning benchmark (engineer C2's), when present.
const clean = join(here, 'clean.mjs')
if (existsSync(clean)) execFileSync(process.execPath, [clean], { stdio: 'inherit' })
