// Benchmark of the whole pipeline (`pnpm bench`): MB/s on an input generated from corpus/ (default
// 500 MB, `--mb N` to change), without and with entities, with 1 and 2 workers, peak RSS of each
// run; and DuckDB grouping of 1 M signatures' band keys. Writes bench/results.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = join(here, '..', 'dist', 'bin.js')
const data = join(here, 'data')
mkdirSync(data, { recursive: true })
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const mb = Number(arg('mb', 500))
const sigCount = Number(arg('signatures', 1_000_000))
const input = join(data, `bench-${mb}mb.jsonl`)
if (!existsSync(input)) console.log(await generate(input, mb))
const bytes = statSync(input).size

function run(args) {
  const report = join(data, 'report.json')
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [bin, ...args, '--report', report, '-q'], {
    encoding: 'utf8',
  })
  const seconds = Number(process.hrtime.bigint() - t) / 1e9
  if (r.status !== 0) throw new Error(`nuqta ${args.join(' ')} failed: ${r.stderr}`)
  const rep = JSON.parse(readFileSync(report, 'utf8'))
  return {
    seconds: Number(seconds.toFixed(2)),
    mbPerSecond: Number((bytes / 1e6 / seconds).toFixed(2)),
    peakRssMiB: rep.peakRssMiB,
    documents: rep.documents.written,
    clusters: rep.dedup?.clusters ?? null,
    entities: rep.steps.entities,
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  }
}

const out = join(data, 'out.jsonl')
const pipeline = {}
for (const entities of [false, true])
  for (const workers of [1, 2]) {
    const name = `${entities ? 'with' : 'without'} entities, ${workers} worker${workers > 1 ? 's' : ''}`
    pipeline[name] = run([
      'run',
      input,
      '-o',
      out,
      '--workers',
      String(workers),
      ...(entities ? [] : ['--no-entities']),
    ])
    console.log(name, pipeline[name])
  }
rmSync(out, { force: true })
const speedUp = (e) =>
  Number(
    (
      pipeline[`${e} entities, 2 workers`].mbPerSecond /
      pipeline[`${e} entities, 1 worker`].mbPerSecond
    ).toFixed(2),
  )

// DuckDB grouping of 1 M documents' signatures and band keys (random signatures, 10 % near copies)
const { SignatureWriter } = await import(join(here, '..', 'dist', 'signatures.js'))
let grouping
{
  const dir = join(data, 'sigs')
  rmSync(dir, { recursive: true, force: true })
  const settings = {
    threshold: 0.8,
    numPerm: 128,
    seed: 1,
    shingleSize: 5,
    representative: 'longest',
    minLineDocs: 3,
  }
  const w = new SignatureWriter(dir, settings)
  let x = 12345
  const next = () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return x >>> 0
  }
  let prev = new Uint32Array(128)
  for (let i = 0; i < sigCount; i++) {
    const sig = new Uint32Array(128)
    if (i > 0 && i % 10 === 0) {
      sig.set(prev)
      for (let k = 0; k < 6; k++) sig[next() % 128] = next()
    } else for (let k = 0; k < 128; k++) sig[k] = next()
    prev = sig
    w.add({
      seq: i,
      id: `s${i}`,
      hash: next().toString(16).padStart(16, '0'),
      length: 1000,
      shingles: 100,
      signature: sig,
    })
  }
  w.close()
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [
    bin,
    'dedup',
    '--group',
    dir,
    '-o',
    join(data, 'clusters.jsonl'),
    '-q',
  ])
  if (r.status !== 0) throw new Error(String(r.stderr))
  grouping = {
    signatures: sigCount,
    seconds: Number((Number(process.hrtime.bigint() - t) / 1e9).toFixed(2)),
    clusteredDocuments: readFileSync(join(data, 'clusters.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean).length,
  }
  console.log('grouping', grouping)
}

const results = {
  machine: {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    note: 'shared 2-core machine; the load average of each run is recorded with it',
  },
  input: {
    megabytes: Number((bytes / 1e6).toFixed(1)),
    generatedFrom: 'corpus/ (bench/generate.mjs, seed 42)',
  },
  pipeline,
  speedUp: { withoutEntities: speedUp('without'), withEntities: speedUp('with') },
  grouping,
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(JSON.stringify(results.speedUp))
